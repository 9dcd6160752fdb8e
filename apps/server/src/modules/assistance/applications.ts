// What both sides of 帮扶申请 share: the view of an application, a guarded state change, and
// reading an attachment.
import { assistanceTypeLabels, type AssistanceApplication, type AssistanceType } from '@taobo/contracts';
import { assistanceTransition, type AssistanceAction } from '@taobo/domain';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound } from '../../errors.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { FileStore } from '../../platform/files.ts';
import type { ApplicationRow, AssistanceQueries, AssistanceRepo } from './repo.ts';

export const DESCRIPTION_FIELD = 'assistanceDescription';
export const FILE_FIELD = 'assistanceFile';
export const ASSISTANCE_LINK = '/m/assistance';

const iso = (d: Date | string) => new Date(d).toISOString();

/** The type as the person and staff read it: 其他（…） names what the person wrote. */
export const typeName = (a: { type: AssistanceType; other_type: string | null }) =>
  a.type === 'other' && a.other_type ? `其他（${a.other_type}）` : assistanceTypeLabels[a.type].zh;

/** Why an action is refused in each state. */
const stateMessage = {
  submitted: '申请尚未受理',
  in_progress: '申请正在受理中',
  concluded: '申请已办结',
  withdrawn: '申请已撤回',
} as const;

export function assistanceApplications(deps: {
  repo: AssistanceRepo;
  clock: Clock;
  cipher: FieldCipher;
  files: FileStore;
}) {
  const { repo, clock, cipher, files } = deps;

  async function toApplications(
    rows: ApplicationRow[],
    r: AssistanceQueries = repo,
  ): Promise<AssistanceApplication[]> {
    const ids = rows.map((a) => a.id);
    const [atts, events] = await Promise.all([r.attachments(ids), r.events(ids)]);
    return rows.map((a) => ({
      id: a.id,
      person: { id: a.person_id, name: a.person_name },
      type: a.type,
      otherType: a.other_type,
      description: cipher.decrypt(DESCRIPTION_FIELD, a.description_enc),
      status: a.status,
      outcome: a.outcome,
      outcomeText: a.outcome_text,
      attachments: atts
        .filter((f) => f.application_id === a.id)
        .map((f) => ({ id: f.id, name: f.name, mime: f.mime, size: f.size })),
      events: events
        .filter((e) => e.application_id === a.id)
        .map((e) => ({
          kind: e.kind,
          at: iso(e.at),
          by: e.staff_id ? { id: e.staff_id, name: e.display_name ?? '' } : null,
          note: e.note,
        })),
      createdAt: iso(a.created_at),
      updatedAt: iso(a.updated_at),
    }));
  }

  return {
    toApplications,

    async toApplication(row: ApplicationRow, r: AssistanceQueries = repo): Promise<AssistanceApplication> {
      return (await toApplications([row], r))[0]!;
    },

    /**
     * Applies a state change under a row lock, checked by the state machine (packages/domain);
     * `after` records the rest (event, tasks, notification, audit) in the same transaction.
     */
    move(
      id: string,
      action: AssistanceAction,
      changes: { outcome?: 'helped' | 'declined'; outcome_text?: string },
      after: (r: AssistanceQueries, trx: Db, a: ApplicationRow) => Promise<void>,
    ): Promise<AssistanceApplication> {
      return repo.transaction(async (r, trx) => {
        const locked = await r.lock(id);
        if (!locked) throw notFound('帮扶申请');
        const next = assistanceTransition(locked.status, action);
        if (!next)
          throw new DomainError('ASSISTANCE_STATE', `${stateMessage[locked.status]}，不能执行此操作`);
        await r.update(id, { status: next, ...changes, updated_at: clock.now() });
        const a = await r.get(id);
        await after(r, trx, a);
        return (await toApplications([a], r))[0]!;
      });
    },

    /** An attachment of the application, decrypted. */
    async readFile(a: { id: string }, attachmentId: string) {
      const f = await repo.attachment(a.id, attachmentId);
      if (!f) throw notFound('附件');
      const enc = await files.get(f.file_key);
      if (!enc) throw notFound('附件');
      return { bytes: cipher.decryptBytes(FILE_FIELD, enc), type: f.mime, name: f.name };
    },
  };
}
