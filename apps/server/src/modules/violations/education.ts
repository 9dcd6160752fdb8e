/**
 * 批评、教育 (禁毒法 第三十五条 第二款): an ordinary violation, once confirmed, opens an `educate` task
 * for the working group; recording the education (who, when, why, what was said) closes it and puts
 * it on the person's timeline. Escalation to the police stays for what the law escalates (a serious
 * violation, a relapse, a refusal: `violationResponse` in the domain).
 */
import type { Education, EducationInput } from '@taobo/contracts';
import { educationDueBy, violationKindLabels, violationResponse } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import { recordMeasureEvent } from '../measures/measureWrites.ts';
import type { MeasureService } from '../measures/service.ts';
import { closeMeasureTasks, closeTasksFor, openTask } from '../tasks/tasks.ts';
import type { ViolationRepo } from './repo.ts';
import type { ViolationRow } from './tables.ts';

/**
 * 禁毒法 第三十五条 第二款: opens the 批评教育 task for a confirmed ordinary violation, while the
 * measure is not seriously violated, once per violation. For any module that confirms one, in its
 * transaction. Returns whether a task was opened.
 */
export async function educateIfOrdinary(
  db: Db,
  v: Pick<ViolationRow, 'id' | 'kind' | 'status' | 'date' | 'measure_id' | 'person_id'>,
  measureSeriouslyViolated: boolean,
  now: Date,
): Promise<boolean> {
  if (violationResponse(v, measureSeriouslyViolated) !== 'educate') return false;
  const kind = violationKindLabels[v.kind].zh;
  return openTask(db, {
    kind: 'educate',
    personId: v.person_id,
    measureId: v.measure_id,
    title: `${kind}（${v.date}）`,
    dueDate: educationDueBy(businessDate(now)),
    evidence: [
      { label: kind, date: v.date, ref: v.id },
      { label: '依据《禁毒法》第三十五条第二款：对违反协议的人员进行批评、教育', date: null, ref: null },
    ],
    dedupeKey: `educate:${v.id}`,
    ref: { kind: 'violation', id: v.id },
    now,
  });
}

type EducationRow = Awaited<ReturnType<ViolationRepo['educationsOf']>>[number];

const toEducation = (e: EducationRow): Education => ({
  id: e.id,
  measureId: e.measure_id,
  date: e.date,
  reason: e.reason,
  note: e.note,
  violation:
    e.violation_id && e.violation_kind && e.violation_date
      ? { id: e.violation_id, kind: e.violation_kind, date: e.violation_date }
      : null,
  givenBy: { id: e.given_by, name: e.given_by_name },
  createdAt: new Date(e.created_at).toISOString(),
});

export function createEducationService(deps: {
  repo: ViolationRepo;
  clock: Clock;
  audit: AuditLog;
  measures: MeasureService;
}) {
  const { repo, clock, audit, measures } = deps;
  const today = () => businessDate(clock.now());

  return {
    /**
     * Records a 批评教育 given on `date` by the caller. With a violation, it answers that one and
     * closes its task; without, it answers what is outstanding and closes the measure's open
     * 批评教育 tasks.
     */
    async record(actor: Actor, measureId: string, input: EducationInput): Promise<Education> {
      requirePermission(actor, 'supervision:record');
      const m = await measures.findScoped(actor, measureId);
      if (!m) throw notFound('措施');
      if (!m.term_start) throw new DomainError('NOT_REPORTED', '报到后方可登记批评教育');
      if (input.date > today()) throw invalid('date', '日期不能晚于今天');
      if (input.date < m.term_start) throw invalid('date', `日期不能早于报到日期（${m.term_start}）`);
      let violation: ViolationRow | undefined;
      if (input.violationId) {
        violation = await repo.findScoped(actor, input.violationId);
        if (!violation || violation.measure_id !== measureId)
          throw invalid('violationId', '所选违规记录不属于该措施');
        if (violation.status !== 'confirmed') throw invalid('violationId', '只能对已确认的违规进行批评教育');
        if (input.date < violation.date) throw invalid('date', `日期不能早于违规日期（${violation.date}）`);
      }
      const id = await repo.transaction(async (r, trx) => {
        const now = clock.now();
        const row = await r.insertEducation({
          measure_id: measureId,
          person_id: m.person_id,
          date: input.date,
          reason: input.reason,
          note: input.note ?? null,
          violation_id: violation?.id ?? null,
          given_by: actor.id,
          created_at: now,
        });
        const close = { status: 'done' as const, at: now, by: actor.id, note: input.reason };
        if (violation) await closeTasksFor(trx, { kind: 'violation', id: violation.id }, close);
        else await closeMeasureTasks(trx, measureId, 'educate', { at: now, by: actor.id });
        await recordMeasureEvent(trx, {
          measureId,
          personId: m.person_id,
          at: now,
          date: input.date,
          kind: 'education',
          summary: input.reason,
          details: { educationId: row.id, violationId: violation?.id ?? null },
          actorId: actor.id,
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'education.record',
          targetType: 'person',
          targetId: m.person_id,
          details: { measureId, educationId: row.id, violationId: violation?.id ?? null },
        });
        return row.id;
      });
      return toEducation((await repo.educationsOf(measureId)).find((e) => e.id === id)!);
    },

    async list(actor: Actor, measureId: string): Promise<Education[]> {
      requirePermission(actor, 'measure:read');
      if (!(await measures.findScoped(actor, measureId))) throw notFound('措施');
      return (await repo.educationsOf(measureId)).map(toEducation);
    },
  };
}
export type EducationService = ReturnType<typeof createEducationService>;
