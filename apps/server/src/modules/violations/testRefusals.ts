/**
 * 现场拒绝接受检测 (戒毒条例 第二十条): a refusal made to staff's face is an evasion at once —
 * recorded confirmed, by the staff member who saw it, linked to (and closing) the window it falls in
 * so the sweep raises no second evasion for that window — and then weighed toward 严重违反协议 and
 * answered like any ordinary violation (批评教育, 禁毒法 第三十五条 第二款).
 */
import type { TestRefusalInput, Violation } from '@taobo/contracts';
import { TEST_REFUSAL_REASON, testRefusalProblem, testRefusalViolation } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import { conflict, DomainError, invalid, notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import { closeWindowOnRefusal } from '../drugTests/testPlan.ts';
import type { MeasureService } from '../measures/service.ts';
import { educateIfOrdinary } from './education.ts';
import type { ViolationRepo } from './repo.ts';
import type { ViolationService } from './service.ts';

export function createTestRefusalService(deps: {
  repo: ViolationRepo;
  clock: Clock;
  audit: AuditLog;
  measures: MeasureService;
  violations: Pick<ViolationService, 'evaluateSerious'>;
}) {
  const { repo, clock, audit, measures, violations } = deps;

  return {
    async record(actor: Actor, measureId: string, input: TestRefusalInput): Promise<Violation> {
      requirePermission(actor, 'supervision:record');
      if (!(await measures.findScoped(actor, measureId))) throw notFound('措施');
      const row = await repo.transaction(async (r, trx) => {
        const now = clock.now();
        const m = await measures.lock(trx, measureId);
        const problem = testRefusalProblem({
          measureStatus: m.status,
          termStart: m.term_start,
          date: input.date,
          today: businessDate(now),
        });
        if (problem?.code === 'VALIDATION') throw invalid('date', problem.message);
        if (problem) throw new DomainError(problem.code, problem.message);
        const note = input.note ? `${TEST_REFUSAL_REASON}：${input.note}` : TEST_REFUSAL_REASON;
        const testId = await closeWindowOnRefusal(trx, measureId, input.date, note);
        const v = testRefusalViolation(input.date);
        const inserted = await r.insert(
          {
            measure_id: measureId,
            person_id: m.person_id,
            kind: v.kind,
            status: v.status,
            date: v.date,
            test_id: testId,
            absence_id: null,
            reason: note,
            // One on-the-spot refusal a day: a second submission is a duplicate, not a second count.
            dedupe_key: `test_refusal:${measureId}:${input.date}`,
            decided_by: actor.id,
            decided_at: now,
          },
          now,
        );
        if (!inserted) throw conflict('TEST_REFUSAL_RECORDED', `${input.date} 已登记过现场拒绝检测`);
        await violations.evaluateSerious(trx, measureId);
        const after = await measures.lock(trx, measureId);
        await educateIfOrdinary(trx, inserted, after.serious_violation, now);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'test.refusal',
          targetType: 'person',
          targetId: m.person_id,
          details: { measureId, violationId: inserted.id, testId, date: input.date },
        });
        return inserted;
      });
      return {
        id: row.id,
        measureId: row.measure_id,
        kind: row.kind,
        status: row.status,
        date: row.date,
        testId: row.test_id,
        absenceId: row.absence_id,
        reason: row.reason,
        decidedBy: { id: actor.id, name: actor.displayName },
        decidedAt: row.decided_at ? new Date(row.decided_at).toISOString() : null,
        createdAt: new Date(row.created_at).toISOString(),
      };
    },
  };
}
export type TestRefusalService = ReturnType<typeof createTestRefusalService>;
