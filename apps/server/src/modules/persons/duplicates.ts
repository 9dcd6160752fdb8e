import { DomainError } from '../../errors.ts';
import type { Clock } from '../../clock.ts';
import { businessDate } from '../../clock.ts';
import type { Actor } from '../../platform/access.ts';
import { AUDIT_PERSON, auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import { openTask } from '../tasks/tasks.ts';
import type { OrgService } from '../org/service.ts';
import type { PersonRepo } from './repo.ts';

/** What was checked for a duplicate, and on what occasion. */
export interface DuplicateCheck {
  field: 'idNumber' | 'phone';
  on: 'create' | 'update' | 'activation_code' | 'activation';
  /** The file being written (update, activation); null for a file not made yet. */
  subjectId: string | null;
  /** The other file holding the value, if any. */
  existingId: string | undefined;
  /** The answer when the other file is one the caller may see (it may be named). */
  named: () => DomainError;
}

/** One answer for a duplicate on a file the caller cannot see, whatever it is and wherever. */
export const duplicateReview = () =>
  new DomainError(
    'DUPLICATE_REVIEW',
    '该信息需核查后才能使用：已提交市禁毒办核查（查重待办），核查后将与您联系。如有疑问请联系上级禁毒办。',
  );

const FIELD_LABEL = { idNumber: '身份证号', phone: '手机号' } as const;

/**
 * Existence checks on ID numbers and phones (issue 10, item 3). Every check is an audit event
 * (`person.duplicate_check`: the field, the occasion and the outcome, never the value). A value on
 * a file the caller may see is named as before; on any other file the caller gets one neutral
 * answer (`duplicateReview`), which tells neither whether nor where that file is, and a review
 * task opens on that file for the offices above it (the city office sees every file).
 */
export function createDuplicateChecks(deps: {
  repo: PersonRepo;
  audit: AuditLog;
  clock: Clock;
  org: OrgService;
}) {
  const { repo, audit, clock, org } = deps;

  /**
   * Records the check and answers it: returns when nothing was found, throws otherwise.
   * `actor` is the staff member, or null for the person themself (activating the app).
   */
  async function settle(actor: Actor | null, c: DuplicateCheck, ip: string | null = null): Promise<void> {
    const outcome = !c.existingId
      ? 'none'
      : actor && (await repo.inScope(actor, c.existingId))
        ? 'in_scope'
        : 'out_of_scope';
    const now = clock.now();
    const who = actor
      ? `${(await org.find(actor.orgUnitId))?.name ?? actor.orgUnitId} ${actor.displayName}`
      : '另一名人员（激活洮泊家园时）';
    await repo.transaction(async (_r, trx) => {
      await audit.record(trx, {
        ...(actor ? auditActor(actor) : { ...AUDIT_PERSON, ip }),
        action: 'person.duplicate_check',
        targetType: 'person',
        targetId: c.existingId ?? c.subjectId,
        details: { field: c.field, outcome, on: c.on },
      });
      if (outcome !== 'out_of_scope') return;
      const day = businessDate(now);
      await openTask(trx, {
        kind: 'duplicate_review',
        personId: c.existingId!,
        measureId: null,
        title: `${FIELD_LABEL[c.field]}查重：${who}录入的${FIELD_LABEL[c.field]}与本档案相同，请核查（同一人应移交档案，否则更正号码）`,
        dueDate: null,
        evidence: [
          {
            label: `${who}，${c.on === 'update' ? '修改档案' : c.on === 'create' ? '新建档案' : '开通洮泊家园'}`,
            date: day,
            ref: null,
          },
        ],
        dedupeKey: `duplicate_review:${c.field}:${c.existingId}:${actor?.orgUnitId ?? 'app'}:${day}`,
        now,
      });
    });
    if (outcome === 'in_scope') throw c.named();
    if (outcome === 'out_of_scope') throw duplicateReview();
  }

  return { settle };
}
