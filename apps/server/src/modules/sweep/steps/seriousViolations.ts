import type { ViolationService } from '../../violations/service.ts';
import { inBatches, lastIdOf, type SweepContext, type Tally } from '../step.ts';

/**
 * 严重违反协议 (戒毒条例 第二十条), for live measures whose record already carries grounds (a
 * confirmed evasion, an unreported absence); the violations module weighs them (`seriousViolation`).
 */
export function flagSeriousViolations(
  { batchSize, transaction }: SweepContext,
  violations: Pick<ViolationService, 'evaluateSerious'>,
): Promise<Tally> {
  return inBatches((after) =>
    transaction(async (repo, trx) => {
      const suspects = await repo.seriousViolationSuspects(after, batchSize);
      let seriousViolations = 0;
      for (const s of suspects) if (await violations.evaluateSerious(trx, s.id)) seriousViolations++;
      return { lastId: lastIdOf(suspects), tally: { seriousViolations } };
    }),
  );
}
