import type {
  AssistanceAcceptInput,
  AssistanceApplication,
  AssistanceConcludeInput,
  AssistanceListItem,
  AssistanceQuery,
} from '@taobo/contracts';
import type { Clock } from '../../clock.ts';
import { notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { FileStore } from '../../platform/files.ts';
import type { NotificationService } from '../notifications/service.ts';
import { closeTasksFor } from '../tasks/tasks.ts';
import { ASSISTANCE_LINK, assistanceApplications, typeName } from './applications.ts';
import type { ApplicationRow, AssistanceRepo } from './repo.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * 帮扶申请, staff's side (case:followup, within jurisdiction): the list, an application and its
 * attachments (viewing is audited), 受理 and 办结. The person's side is `myAssistance.ts`.
 */
export function createAssistanceService(deps: {
  repo: AssistanceRepo;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  files: FileStore;
  notifications: NotificationService;
}) {
  const { repo, clock, audit, notifications } = deps;
  const applications = assistanceApplications(deps);

  /** The application, if the actor may handle it (case:followup within their jurisdiction). */
  async function scoped(actor: Actor, id: string): Promise<ApplicationRow> {
    requirePermission(actor, 'case:followup');
    const a = await repo.findScoped(actor, id);
    if (!a) throw notFound('帮扶申请');
    return a;
  }

  const auditView = (actor: Actor, a: ApplicationRow, action: string, details: Record<string, unknown>) =>
    repo.transaction((_, trx) =>
      audit.record(trx, {
        ...auditActor(actor),
        action,
        targetType: 'person',
        targetId: a.person_id,
        details,
      }),
    );

  return {
    async list(actor: Actor, q: AssistanceQuery): Promise<{ items: AssistanceListItem[]; total: number }> {
      requirePermission(actor, 'case:followup');
      const { rows, total } = await repo.list(actor, q);
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
        total,
      };
    },

    async get(actor: Actor, id: string): Promise<AssistanceApplication> {
      const a = await scoped(actor, id);
      await auditView(actor, a, 'assistance.view', { applicationId: id });
      return applications.toApplication(a);
    },

    async attachment(actor: Actor, id: string, attachmentId: string) {
      const a = await scoped(actor, id);
      const file = await applications.readFile(a, attachmentId);
      await auditView(actor, a, 'assistance.attachment_view', { applicationId: id, attachmentId });
      return file;
    },

    async accept(actor: Actor, id: string, input: AssistanceAcceptInput): Promise<AssistanceApplication> {
      await scoped(actor, id);
      return applications.move(id, 'accept', {}, async (r, trx, a) => {
        await r.addEvent({
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
          link: ASSISTANCE_LINK,
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
      const changes = { outcome: input.outcome, outcome_text: input.text };
      return applications.move(id, 'conclude', changes, async (r, trx, a) => {
        await r.addEvent({
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
          link: ASSISTANCE_LINK,
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
