import crypto from 'node:crypto';
import {
  ASSISTANCE_FILE_MAX_BYTES,
  ASSISTANCE_FILE_TYPES,
  ASSISTANCE_MAX_FILES,
  AssistanceApplyInput,
  assistanceTypeLabels,
  type AssistanceAcceptInput,
  type AssistanceApplication,
  type AssistanceConcludeInput,
  type AssistanceListItem,
  type AssistanceQuery,
  type AssistanceType,
} from '@taobo/contracts';
import { addDays, looksLikePinyin } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { closeTasksFor, openTask } from '../tasks/tasks.ts';
import { DomainError, notFound } from '../../errors.ts';
import { personScope, requirePermission, type Actor } from '../../platform/access.ts';
import { AUDIT_PERSON, auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { sniff, type FileStore } from '../../platform/files.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { PersonActor } from '../../platform/access.ts';
import { createAssistanceRepo, type AssistanceRepo } from './repo.ts';
import { assistanceTransition, type AssistanceAction } from './states.ts';

/** Staff accept (受理) an application within this many days (our policy): the task's due date. */
export const ACCEPT_WITHIN_DAYS = 5;

const DESCRIPTION_FIELD = 'assistanceDescription';
const FILE_FIELD = 'assistanceFile';

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

type AppRow = Awaited<ReturnType<ReturnType<AssistanceRepo['applications']>['executeTakeFirstOrThrow']>>;

const iso = (d: Date | string) => new Date(d).toISOString();
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/** Keeps a file name printable and short; it is shown, never used as a path. */
const cleanName = (name: string) =>
  [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || ch === '/' || ch === '\\' ? '_' : ch))
    .join('')
    .slice(-100) || '附件';

export function createAssistanceService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  files: FileStore;
  notifications: NotificationService;
}) {
  const { db, clock, audit, cipher, files, notifications } = deps;
  const repo = createAssistanceRepo(db);
  const today = () => businessDate(clock.now());
  const typeName = (a: { type: AssistanceType; other_type: string | null }) =>
    a.type === 'other' && a.other_type ? `其他（${a.other_type}）` : assistanceTypeLabels[a.type].zh;

  async function toApplications(rows: AppRow[], r: AssistanceRepo = repo): Promise<AssistanceApplication[]> {
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

  /** The application, if the actor may handle it (case:followup within their jurisdiction). */
  async function scoped(actor: Actor, id: string) {
    requirePermission(actor, 'case:followup');
    const a = await repo
      .applications()
      .where('assistance_applications.id', '=', id)
      .where(personScope(actor))
      .executeTakeFirst();
    if (!a) throw notFound('帮扶申请');
    return a;
  }

  /** Applies a state change under a row lock; `after` records the rest in the same transaction. */
  async function move(
    id: string,
    action: AssistanceAction,
    changes: { outcome?: 'helped' | 'declined'; outcome_text?: string },
    after: (trx: Db, a: AppRow) => Promise<void>,
  ): Promise<AssistanceApplication> {
    return db.transaction().execute(async (trx) => {
      const r = createAssistanceRepo(trx);
      const locked = await r.lock(id);
      if (!locked) throw notFound('帮扶申请');
      const next = assistanceTransition(locked.status, action);
      if (!next) {
        const message = {
          submitted: '申请尚未受理',
          in_progress: '申请正在受理中',
          concluded: '申请已办结',
          withdrawn: '申请已撤回',
        }[locked.status];
        throw new DomainError('ASSISTANCE_STATE', `${message}，不能执行此操作`);
      }
      await trx
        .updateTable('assistance_applications')
        .set({ status: next, ...changes, updated_at: clock.now() })
        .where('id', '=', id)
        .execute();
      const a = await r.applications().where('assistance_applications.id', '=', id).executeTakeFirstOrThrow();
      await after(trx, a);
      return (await toApplications([a], r))[0]!;
    });
  }

  async function readFile(a: { id: string }, attachmentId: string) {
    const f = await db
      .selectFrom('assistance_attachments')
      .selectAll()
      .where('id', '=', attachmentId)
      .where('application_id', '=', a.id)
      .executeTakeFirst();
    if (!f) throw notFound('附件');
    const enc = await files.get(f.file_key);
    if (!enc) throw notFound('附件');
    return { bytes: cipher.decryptBytes(FILE_FIELD, enc), type: f.mime, name: f.name };
  }

  return {
    // ---- The person (洮泊家园) ----

    async apply(person: PersonActor, fields: Record<string, unknown>, uploads: UploadedFile[]) {
      const parsed = AssistanceApplyInput.safeParse(fields);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new DomainError('VALIDATION', issues[0]!.message, issues);
      }
      const input = parsed.data;
      if (uploads.length > ASSISTANCE_MAX_FILES)
        throw new DomainError('TOO_MANY_FILES', `附件最多 ${ASSISTANCE_MAX_FILES} 个`);
      const checked: (UploadedFile & { mime: string; id: string })[] = [];
      for (const u of uploads) {
        const mime = await sniff(u.bytes, ASSISTANCE_FILE_TYPES, ASSISTANCE_FILE_MAX_BYTES);
        checked.push({ ...u, mime, id: crypto.randomUUID() });
      }
      const id = crypto.randomUUID();
      const keys = checked.map((f) => `assistance/${id}/${f.id}`);
      // Files first (encrypted); if the records then fail to commit, they are removed again.
      await Promise.all(checked.map((f, i) => files.put(keys[i]!, cipher.encrypt(FILE_FIELD, f.bytes))));
      try {
        return await db.transaction().execute(async (trx) => {
          const now = clock.now();
          await trx
            .insertInto('assistance_applications')
            .values({
              id,
              person_id: person.personId,
              type: input.type,
              other_type: input.type === 'other' ? input.otherType! : null,
              description_enc: cipher.encrypt(DESCRIPTION_FIELD, input.description),
              status: 'submitted',
              outcome: null,
              outcome_text: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          for (const [i, f] of checked.entries()) {
            await trx
              .insertInto('assistance_attachments')
              .values({
                id: f.id,
                application_id: id,
                file_key: keys[i]!,
                mime: f.mime,
                size: f.bytes.length,
                name: cleanName(f.name),
                created_at: now,
              })
              .execute();
          }
          const r = createAssistanceRepo(trx);
          await r.addEvent({ applicationId: id, kind: 'submitted', at: now, staffId: null, note: null });
          const label =
            input.type === 'other' ? `其他（${input.otherType}）` : assistanceTypeLabels[input.type].zh;
          await openTask(trx, {
            kind: 'assistance_review',
            personId: person.personId,
            measureId: null,
            title: `帮扶申请：${label}，待受理`,
            dueDate: addDays(today(), ACCEPT_WITHIN_DAYS),
            evidence: [{ label: `申请${label}`, date: today(), ref: id }],
            dedupeKey: `assistance_review:${id}`,
            now,
            ref: { kind: 'assistance', id },
          });
          await audit.record(trx, {
            ...AUDIT_PERSON,
            action: 'assistance.apply',
            targetType: 'person',
            targetId: person.personId,
            details: { applicationId: id, type: input.type, files: checked.length },
          });
          const a = await r
            .applications()
            .where('assistance_applications.id', '=', id)
            .executeTakeFirstOrThrow();
          return (await toApplications([a], r))[0]!;
        });
      } catch (e) {
        await Promise.all(keys.map((k) => files.delete(k)));
        throw e;
      }
    },

    async mine(person: PersonActor): Promise<AssistanceApplication[]> {
      const rows = await repo
        .applications()
        .where('assistance_applications.person_id', '=', person.personId)
        .orderBy('assistance_applications.created_at', 'desc')
        .limit(100)
        .execute();
      return toApplications(rows);
    },

    async withdraw(person: PersonActor, id: string): Promise<AssistanceApplication> {
      const own = await repo
        .applications()
        .where('assistance_applications.id', '=', id)
        .where('assistance_applications.person_id', '=', person.personId)
        .executeTakeFirst();
      if (!own) throw notFound('帮扶申请');
      return move(id, 'withdraw', {}, async (trx, a) => {
        await createAssistanceRepo(trx).addEvent({
          applicationId: id,
          kind: 'withdrawn',
          at: clock.now(),
          staffId: null,
          note: null,
        });
        await closeTasksFor(
          trx,
          { kind: 'assistance', id },
          { status: 'cancelled', at: clock.now(), note: '本人已撤回申请' },
        );
        await notifications.notify(trx, {
          personId: a.person_id,
          kind: 'assistance',
          title: '帮扶申请已撤回',
          body: `您的${typeName(a)}帮扶申请已撤回。如仍有需要，可以随时重新申请。`,
          link: '/m/assistance',
        });
        await audit.record(trx, {
          ...AUDIT_PERSON,
          action: 'assistance.withdraw',
          targetType: 'person',
          targetId: person.personId,
          details: { applicationId: id },
        });
      });
    },

    async myAttachment(person: PersonActor, id: string, attachmentId: string) {
      const own = await repo
        .applications()
        .where('assistance_applications.id', '=', id)
        .where('assistance_applications.person_id', '=', person.personId)
        .executeTakeFirst();
      if (!own) throw notFound('帮扶申请');
      return readFile(own, attachmentId);
    },

    // ---- Staff (case:followup, within jurisdiction) ----

    async list(actor: Actor, q: AssistanceQuery): Promise<{ items: AssistanceListItem[]; total: number }> {
      requirePermission(actor, 'case:followup');
      let base = db
        .selectFrom('assistance_applications')
        .innerJoin('persons', 'persons.id', 'assistance_applications.person_id')
        .where(personScope(actor));
      if (q.type) base = base.where('assistance_applications.type', '=', q.type);
      if (q.status) base = base.where('assistance_applications.status', '=', q.status);
      if (q.personId) base = base.where('assistance_applications.person_id', '=', q.personId);
      const s = q.q?.trim();
      if (s) {
        base = looksLikePinyin(s)
          ? base.where((eb) =>
              eb.or([
                eb('persons.name_pinyin', 'like', `${escapeLike(s.toLowerCase().replace(/\s+/g, ''))}%`),
                eb('persons.name_initials', 'like', `${escapeLike(s.toLowerCase().replace(/\s+/g, ''))}%`),
              ]),
            )
          : base.where('persons.name', 'like', `%${escapeLike(s)}%`);
      }
      const [rows, count] = await Promise.all([
        base
          .selectAll('assistance_applications')
          .select('persons.name as person_name')
          .select((eb) =>
            eb
              .selectFrom('assistance_attachments')
              .select((e2) => e2.fn.countAll<string>().as('n'))
              .whereRef('assistance_attachments.application_id', '=', 'assistance_applications.id')
              .as('attachment_count'),
          )
          .orderBy((eb) =>
            eb
              .case()
              .when('assistance_applications.status', '=', 'submitted')
              .then(0)
              .when('assistance_applications.status', '=', 'in_progress')
              .then(1)
              .else(2)
              .end(),
          )
          .orderBy('assistance_applications.created_at', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((a) => ({
          id: a.id,
          person: { id: a.person_id, name: a.person_name },
          type: a.type,
          otherType: a.other_type,
          status: a.status,
          outcome: a.outcome,
          attachmentCount: Number(a.attachment_count ?? 0),
          createdAt: iso(a.created_at),
          updatedAt: iso(a.updated_at),
        })),
        total: Number(count.n),
      };
    },

    async get(actor: Actor, id: string): Promise<AssistanceApplication> {
      const a = await scoped(actor, id);
      await db.transaction().execute((trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'assistance.view',
          targetType: 'person',
          targetId: a.person_id,
          details: { applicationId: id },
        }),
      );
      return (await toApplications([a]))[0]!;
    },

    async attachment(actor: Actor, id: string, attachmentId: string) {
      const a = await scoped(actor, id);
      const file = await readFile(a, attachmentId);
      await db.transaction().execute((trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'assistance.attachment_view',
          targetType: 'person',
          targetId: a.person_id,
          details: { applicationId: id, attachmentId },
        }),
      );
      return file;
    },

    async accept(actor: Actor, id: string, input: AssistanceAcceptInput): Promise<AssistanceApplication> {
      await scoped(actor, id);
      return move(id, 'accept', {}, async (trx, a) => {
        await createAssistanceRepo(trx).addEvent({
          applicationId: id,
          kind: 'accepted',
          at: clock.now(),
          staffId: actor.id,
          note: input.note || null,
        });
        await notifications.notify(trx, {
          personId: a.person_id,
          kind: 'assistance',
          title: '帮扶申请已受理',
          body: `您的${typeName(a)}帮扶申请已由${actor.displayName}受理，正在办理。有结果会第一时间通知您。`,
          link: '/m/assistance',
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'assistance.accept',
          targetType: 'person',
          targetId: a.person_id,
          details: { applicationId: id },
        });
      });
    },

    async conclude(actor: Actor, id: string, input: AssistanceConcludeInput): Promise<AssistanceApplication> {
      await scoped(actor, id);
      return move(id, 'conclude', { outcome: input.outcome, outcome_text: input.text }, async (trx, a) => {
        await createAssistanceRepo(trx).addEvent({
          applicationId: id,
          kind: input.outcome,
          at: clock.now(),
          staffId: actor.id,
          note: input.text,
        });
        await closeTasksFor(
          trx,
          { kind: 'assistance', id },
          { status: 'done', at: clock.now(), by: actor.id, note: input.text },
        );
        await notifications.notify(trx, {
          personId: a.person_id,
          kind: 'assistance',
          title: input.outcome === 'helped' ? '帮扶申请已办结：已帮扶' : '帮扶申请已办结：未获批',
          body:
            input.outcome === 'helped'
              ? `您的${typeName(a)}帮扶申请已办结。帮扶内容：${input.text}`
              : `很遗憾，您的${typeName(a)}帮扶申请未获批。原因：${input.text}。如有疑问，可以联系您的社工。`,
          link: '/m/assistance',
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'assistance.conclude',
          targetType: 'person',
          targetId: a.person_id,
          details: { applicationId: id, outcome: input.outcome },
        });
      });
    },
  };
}
export type AssistanceService = ReturnType<typeof createAssistanceService>;
