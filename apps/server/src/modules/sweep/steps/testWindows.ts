import { closedWindowOutcome, type ClosedWindowOutcome } from '@taobo/domain';
import type { ViolationService } from '../../violations/service.ts';
import { inBatches, lastIdOf, type SweepContext, type Tally } from '../step.ts';

/**
 * Windows that closed without a test: each a candidate 逃避检测 for staff to confirm (戒毒条例
 * 第二十条), excused if the person was in custody then (中止, 第二十四条), cancelled if the measure
 * no longer runs. The domain's `closedWindowOutcome` decides.
 */
export function closeTestWindows(
  { day, batchSize, transaction }: SweepContext,
  violations: Pick<ViolationService, 'recordMissedTest'>,
): Promise<Tally> {
  return inBatches((after) =>
    transaction(async (repo, trx) => {
      const closed = await repo.closedWindows(day, after, batchSize);
      const decided = closed.map((row) => {
        const { measure_status, custody, awaiting_review, ...test } = row;
        const outcome = closedWindowOutcome(
          {
            start: test.window_start,
            end: test.window_end,
            measureStatus: measure_status,
            custody,
            awaitingReview: awaiting_review,
          },
          day,
        );
        return { test, outcome };
      });
      const ids = (outcome: ClosedWindowOutcome) =>
        decided.filter((d) => d.outcome === outcome).map((d) => d.test.id);
      await repo.closeWindows(ids('cancelled'), 'cancelled');
      await repo.closeWindows(ids('excused'), 'excused', '中止期间（被拘留或逮捕）');
      await repo.closeWindows(ids('missed'), 'missed');
      for (const { test, outcome } of decided)
        if (outcome === 'missed') await violations.recordMissedTest(trx, { ...test, status: 'missed' });
      return {
        lastId: lastIdOf(closed),
        tally: { missedTests: ids('missed').length, excusedTests: ids('excused').length },
      };
    }),
  );
}
