import type { MeasureService } from '../../measures/service.ts';
import type { ViolationService } from '../../violations/service.ts';
import { openTask } from '../../tasks/tasks.ts';
import { inBatches, lastIdOf, type SweepContext, type Tally } from '../step.ts';

/**
 * 报到 deadlines passed. Never an automatic 视为拒绝: 戒毒条例 第十四条 deems refusal only
 * "无正当理由逾期不报到", so a first 报到 missed makes a refusal candidate and a task for the officer
 * to decide (正当理由 → new deadline or 中止; or 视为拒绝 → police). A re-report after 变更执行地
 * missed (第二十二条) is an overdue task and a candidate violation of the agreement, never a refusal.
 */
export function flagLateReports(
  { day, now, batchSize, transaction }: SweepContext,
  measures: Pick<MeasureService, 'markReportOverdue'>,
  violations: Pick<ViolationService, 'recordLateRereport'>,
): Promise<Tally> {
  return inBatches((after) =>
    transaction(async (repo, trx) => {
      const late = await repo.lateReports(day, after, batchSize);
      const tally = { refusalCandidates: 0, lateRereports: 0, tasksOpened: 0 };
      for (const m of late) {
        if (!(await measures.markReportOverdue(trx, m, day))) continue;
        const afterTransfer = m.term_start !== null;
        const evidence = afterTransfer
          ? [
              {
                label: `${m.transferred_on ?? ''} 变更执行地，应于 ${m.report_deadline} 前到新执行地报到`,
                date: m.report_deadline,
                ref: m.id,
              },
              {
                label: '依据《戒毒条例》第二十二条（逾期不视为拒绝，审查后按违反协议处理）',
                date: null,
                ref: null,
              },
            ]
          : [
              {
                label: `收到决定书 ${m.received_date}，报到期限 ${m.report_deadline}`,
                date: m.report_deadline,
                ref: m.id,
              },
              {
                label:
                  '依据《戒毒条例》第十四条：无正当理由逾期不报到的，视为拒绝接受；有正当理由的，延长期限或中止',
                date: null,
                ref: null,
              },
            ];
        if (afterTransfer) {
          tally.lateRereports++;
          await violations.recordLateRereport(trx, m);
        } else tally.refusalCandidates++;
        const opened = await openTask(trx, {
          kind: afterTransfer ? 'report_overdue' : 'decide_refusal',
          personId: m.person_id,
          measureId: m.id,
          title: afterTransfer
            ? '变更执行地后逾期未报到，请督促报到并审查是否违反协议'
            : '逾期未报到，请审查：有正当理由的延长期限或中止，无正当理由的视为拒绝接受',
          dueDate: day,
          evidence,
          dedupeKey: `${afterTransfer ? 'rereport' : 'refusal'}:${m.id}:${m.report_deadline}`,
          now,
        });
        if (opened) tally.tasksOpened++;
      }
      return { lastId: lastIdOf(late), tally };
    }),
  );
}
