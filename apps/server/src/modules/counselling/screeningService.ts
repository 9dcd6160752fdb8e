import type { StaffScreening } from '@taobo/contracts';
import type { Clock } from '../../clock.ts';
import { DomainError, notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { closeTasksFor } from '../tasks/tasks.ts';
import { ANSWERS_FIELD } from './personScreeningService.ts';
import type { CounsellingRepo } from './repo.ts';
import { toStaffScreening } from './views.ts';

/** The counsellor's view of self-screenings in their area: the list, the audited detail, the follow-up. */
export function createScreeningService(deps: {
  repo: CounsellingRepo;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
}) {
  const { repo, clock, audit, cipher } = deps;

  async function within(actor: Actor, id: string) {
    requirePermission(actor, 'counselling:manage');
    const s = await repo.screeningWithin(actor.orgPath, id);
    if (!s) throw notFound('筛查记录');
    return s;
  }

  async function detail(actor: Actor, id: string): Promise<StaffScreening> {
    const s = await within(actor, id);
    await repo.transaction((_, trx) =>
      audit.record(trx, {
        ...auditActor(actor),
        action: 'counselling.screening_view',
        targetType: 'person',
        targetId: s.person_id,
        details: { screeningId: id },
      }),
    );
    return toStaffScreening(s, JSON.parse(cipher.decrypt(ANSWERS_FIELD, s.answers_enc)) as number[]);
  }

  return {
    /** Scores only: the answers are in the audited detail. Open alerts first. */
    async list(
      actor: Actor,
      q: { openAlerts?: boolean; page: number; pageSize: number },
    ): Promise<{ items: StaffScreening[]; total: number }> {
      requirePermission(actor, 'counselling:manage');
      const { rows, total } = await repo.screeningsWithinPage(actor.orgPath, q);
      return { items: rows.map((s) => toStaffScreening(s, [])), total };
    },

    detail,

    /** The counsellor has contacted the person about an alert: closes its task. */
    async review(actor: Actor, id: string, note: string): Promise<StaffScreening> {
      const s = await within(actor, id);
      if (!s.alert) throw new DomainError('SCREENING_NO_ALERT', '该筛查结果无预警，无需跟进');
      if (s.reviewed_at) throw new DomainError('SCREENING_REVIEWED', '该预警已跟进');
      await repo.transaction(async (r, trx) => {
        await r.markReviewed(id, actor.id, clock.now());
        await closeTasksFor(
          trx,
          { kind: 'screening', id },
          { status: 'done', at: clock.now(), by: actor.id, note: '心理咨询师已跟进' },
        );
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'counselling.alert_review',
          targetType: 'person',
          targetId: s.person_id,
          reason: note,
          details: { screeningId: id },
        });
      });
      return detail(actor, id);
    },
  };
}
export type ScreeningService = ReturnType<typeof createScreeningService>;
