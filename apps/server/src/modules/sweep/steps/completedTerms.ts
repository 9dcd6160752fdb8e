import { releaseNoticeDeadline } from '@taobo/domain';
import { cancelOpenTests } from '../../drugTests/testPlan.ts';
import type { MeasureService } from '../../measures/service.ts';
import { openTask } from '../../tasks/tasks.ts';
import { inBatches, lastIdOf, type SweepContext, type Tally } from '../step.ts';

/**
 * Term complete: 解除 (戒毒条例 第二十三条), the open test windows cancelled, and a task for the
 * township to obtain and record the police's 解除社区戒毒通知书 and inform the person. The 7 days
 * of 第二十三条 are the police's clock: the task shows the day the police should have notified by.
 */
export function releaseCompletedTerms(
  { day, now, calendar, batchSize, transaction }: SweepContext,
  measures: Pick<MeasureService, 'expire'>,
): Promise<Tally> {
  return inBatches((after) =>
    transaction(async (repo, trx) => {
      const completed = await repo.completedTerms(day, after, batchSize);
      const tally = { released: 0, tasksOpened: 0 };
      for (const m of completed) {
        const termEnd = m.term_end!;
        // The state machine decides (lifecycle.ts); the measures module writes the move.
        if (!(await measures.expire(trx, m, termEnd))) continue;
        tally.released++;
        await cancelOpenTests(trx, m.id);
        const policeBy = releaseNoticeDeadline(termEnd, calendar);
        const opened = await openTask(trx, {
          kind: 'record_release_notice',
          personId: m.person_id,
          measureId: m.id,
          title: '期满解除：取得公安机关解除通知书，登记并告知本人',
          dueDate: policeBy.date,
          evidence: [
            { label: `期满解除日期 ${termEnd}`, date: termEnd, ref: m.id },
            { label: `公安机关应于 ${policeBy.date} 前出具通知书并通知乡镇`, date: policeBy.date, ref: null },
            { label: '依据《戒毒条例》第二十三条', date: null, ref: null },
          ],
          dedupeKey: `notify:${m.id}`,
          now,
        });
        if (opened) tally.tasksOpened++;
      }
      return { lastId: lastIdOf(completed), tally };
    }),
  );
}
