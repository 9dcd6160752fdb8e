import type { PersonCounselling } from '@taobo/contracts';
import { notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { CounsellingRepo } from './repo.ts';
import { toScreening } from './views.ts';

/**
 * A person's counselling history: their last 50 scores and sessions, never answers or notes.
 * The counsellor sees their clients'; officers see it on the person file (心理康复 tab).
 */
export function createCounsellingHistoryService(deps: { repo: CounsellingRepo; audit: AuditLog }) {
  const { repo, audit } = deps;

  /** The history, its look audited as `action`. */
  async function history(actor: Actor, personId: string, action: string): Promise<PersonCounselling> {
    const [screenings, sessions] = await Promise.all([
      repo.screeningsOf(personId, 50),
      repo.bookingsOf(personId, 50),
    ]);
    await repo.transaction((_, trx) =>
      audit.record(trx, { ...auditActor(actor), action, targetType: 'person', targetId: personId }),
    );
    return {
      screenings: screenings.map(toScreening),
      sessions: sessions.map((b) => ({
        id: b.id,
        date: b.date,
        startTime: b.start_time,
        status: b.status,
        counsellor: { id: b.counsellor_id, name: b.counsellor_name },
      })),
    };
  }

  return {
    /** A client's history as the counsellor sees it (notes open per session). */
    async ofClient(
      actor: Actor,
      personId: string,
    ): Promise<PersonCounselling & { person: { id: string; name: string } }> {
      requirePermission(actor, 'counselling:manage');
      const p = await repo.clientOf(actor, personId);
      if (!p) throw notFound('来访者');
      return {
        person: { id: p.id, name: p.name },
        ...(await history(actor, personId, 'counselling.client_view')),
      };
    },

    /** The person file's 心理康复 tab, for officers. */
    async ofPerson(actor: Actor, personId: string): Promise<PersonCounselling> {
      requirePermission(actor, 'measure:read');
      if (!(await repo.personInScope(actor, personId))) throw notFound('人员档案');
      return history(actor, personId, 'counselling.summary_view');
    },
  };
}
export type CounsellingHistoryService = ReturnType<typeof createCounsellingHistoryService>;
