import { releaseNoticeDeadline } from '@taobo/domain';
import { cancelOpenTests } from '../../drugTests/testPlan.ts';
import type { MeasureService } from '../../measures/service.ts';
import { openTask } from '../../tasks/tasks.ts';
import { inBatches, lastIdOf, type SweepContext, type Tally } from '../step.ts';

/**
 * Term complete: 解除, the open test windows cancelled, and a task to notify the person and the
 * deciding authority within 7 days (戒毒条例 第二十三条).
 */
export function releaseCompletedTerms(
  { day, now, batchSize, transaction }: SweepContext,
  measures: Pick<MeasureService, 'advance'>,
): Promise<Tally> {
  return inBatches((after) =>
    transaction(async (repo, trx) => {
      const completed = await repo.completedTerms(day, after, batchSize);
      const tally = { released: 0, tasksOpened: 0 };
      for (const m of completed) {
        const termEnd = m.term_end!;
        // The state machine decides (lifecycle.ts); the measures module writes the move.
        if (!(await measures.advance(trx, m, { type: 'expire' }, { kind: 'released', date: termEnd })))
          continue;
        tally.released++;
        await cancelOpenTests(trx, m.id);
        const noticeBy = releaseNoticeDeadline(termEnd);
        const opened = await openTask(trx, {
          kind: 'record_release_notice',
          personId: m.person_id,
          measureId: m.id,
          title: `期满解除，${noticeBy} 前书面通知本人及相关单位`,
          dueDate: noticeBy,
          evidence: [
            { label: `期满日期 ${termEnd}`, date: termEnd, ref: m.id },
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
