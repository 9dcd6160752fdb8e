import { addDays, policeReportDueBy } from '@taobo/domain';
import type { MeasureService } from '../../measures/service.ts';
import type { ViolationService } from '../../violations/service.ts';
import { openTask } from '../../tasks/tasks.ts';
import { inBatches, lastIdOf, type SweepContext, type Tally } from '../step.ts';

/**
 * No 报到 by the deadline: 视为拒绝接受 (戒毒条例 第十四条), a confirmed violation, and a task to
 * report it to the police (第二十一条).
 */
export function refuseLateReports(
  { day, now, batchSize, transaction }: SweepContext,
  measures: Pick<MeasureService, 'advance'>,
  violations: Pick<ViolationService, 'recordRefusal'>,
): Promise<Tally> {
  return inBatches((after) =>
    transaction(async (repo, trx) => {
      const late = await repo.lateReports(day, after, batchSize);
      const tally = { refused: 0, tasksOpened: 0 };
      for (const m of late) {
        const refusedOn = addDays(m.report_deadline, 1);
        // The state machine decides (lifecycle.ts); the measures module writes the move.
        const event = { type: 'deadline_passed' } as const;
        if (!(await measures.advance(trx, m, event, { kind: 'refused', date: refusedOn }))) continue;
        tally.refused++;
        await violations.recordRefusal(trx, m, refusedOn);
        const opened = await openTask(trx, {
          kind: 'report_to_police',
          personId: m.person_id,
          measureId: m.id,
          title: '逾期未报到，视为拒绝接受社区戒毒（康复），报告公安机关',
          dueDate: policeReportDueBy(day),
          evidence: [
            {
              label: `收到决定书 ${m.received_date}，报到期限 ${m.report_deadline}`,
              date: m.report_deadline,
              ref: m.id,
            },
            { label: '依据《戒毒条例》第十四条、第二十一条', date: null, ref: null },
          ],
          dedupeKey: `police:refusal:${m.id}:${m.report_deadline}`,
          now,
        });
        if (opened) tally.tasksOpened++;
      }
      return { lastId: lastIdOf(late), tally };
    }),
  );
}
