import crypto from 'node:crypto';
import {
  ASSISTANCE_FILE_MAX_BYTES,
  ASSISTANCE_FILE_TYPES,
  ASSISTANCE_MAX_FILES,
  AssistanceApplyInput,
  type AssistanceApplication,
} from '@taobo/contracts';
import { assistanceAcceptDue } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import { DomainError, notFound } from '../../errors.ts';
import type { PersonActor } from '../../platform/access.ts';
import { AUDIT_PERSON, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { cleanImage, sniff, type FileStore } from '../../platform/files.ts';
import type { NotificationService } from '../notifications/service.ts';
import { closeTasksFor, openTask } from '../tasks/tasks.ts';
import {
  ASSISTANCE_LINK,
  assistanceApplications,
  DESCRIPTION_FIELD,
  FILE_FIELD,
  typeName,
} from './applications.ts';
import type { AssistanceRepo } from './repo.ts';

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

/** Keeps a file name printable and short; it is shown, never used as a path. */
const cleanName = (name: string) =>
  [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || ch === '/' || ch === '\\' ? '_' : ch))
    .join('')
    .slice(-100) || '附件';

/** 帮扶申请, the person's side (洮泊家园): apply with attachments, see one's own, withdraw. */
export function createMyAssistanceService(deps: {
  repo: AssistanceRepo;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  files: FileStore;
  notifications: NotificationService;
}) {
  const { repo, clock, audit, cipher, files, notifications } = deps;
  const applications = assistanceApplications(deps);

  async function own(person: PersonActor, id: string) {
    const a = await repo.findOwn(person.personId, id);
    if (!a) throw notFound('帮扶申请');
    return a;
  }

  return {
    async apply(
      person: PersonActor,
      fields: Record<string, unknown>,
      uploads: UploadedFile[],
    ): Promise<AssistanceApplication> {
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
        // Images re-encoded without EXIF or GPS; a PDF is kept as sent.
        checked.push({ ...u, bytes: await cleanImage(u.bytes, mime), mime, id: crypto.randomUUID() });
      }
      const id = crypto.randomUUID();
      const keys = checked.map((f) => `assistance/${id}/${f.id}`);
      // Files first (encrypted); if the records then fail to commit, they are removed again.
      await Promise.all(checked.map((f, i) => files.put(keys[i]!, cipher.encrypt(FILE_FIELD, f.bytes))));
      try {
        return await repo.transaction(async (r, trx) => {
          const now = clock.now();
          const today = businessDate(now);
          const otherType = input.type === 'other' ? input.otherType! : null;
          await r.insert({
            id,
            person_id: person.personId,
            type: input.type,
            other_type: otherType,
            description_enc: cipher.encrypt(DESCRIPTION_FIELD, input.description),
            status: 'submitted',
            outcome: null,
            outcome_text: null,
            created_at: now,
            updated_at: now,
          });
          for (const [i, f] of checked.entries()) {
            await r.addAttachment({
              id: f.id,
              application_id: id,
              file_key: keys[i]!,
              mime: f.mime,
              size: f.bytes.length,
              name: cleanName(f.name),
              created_at: now,
            });
          }
          await r.addEvent({ applicationId: id, kind: 'submitted', at: now, staffId: null, note: null });
          const label = typeName({ type: input.type, other_type: otherType });
          await openTask(trx, {
            kind: 'assistance_review',
            personId: person.personId,
            measureId: null,
            title: `帮扶申请：${label}，待受理`,
            dueDate: assistanceAcceptDue(today),
            evidence: [{ label: `申请${label}`, date: today, ref: id }],
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
          return applications.toApplication(await r.get(id), r);
        });
      } catch (e) {
        await Promise.all(keys.map((k) => files.delete(k)));
        throw e;
      }
    },

    async mine(person: PersonActor): Promise<AssistanceApplication[]> {
      return applications.toApplications(await repo.ofPerson(person.personId));
    },

    async withdraw(person: PersonActor, id: string): Promise<AssistanceApplication> {
      await own(person, id);
      return applications.move(id, 'withdraw', {}, async (r, trx, a) => {
        await r.addEvent({
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
          link: ASSISTANCE_LINK,
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
      return applications.readFile(await own(person, id), attachmentId);
    },
  };
}
export type MyAssistanceService = ReturnType<typeof createMyAssistanceService>;
