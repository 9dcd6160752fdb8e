import { addMonths } from '@taobo/domain';
import type { TestPlanService } from '../../drugTests/service.ts';
import { testPolicyOf } from '../../policies/service.ts';
import { inBatches, lastIdOf, type SweepContext, type Tally } from '../step.ts';

/** The calendar quarter a day falls in: [start, next quarter's start). */
export function quarterOf(day: string): { start: string; end: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const start = `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  return { start, end: addMonths(start, 3) };
}

/** This quarter's unannounced random tests (local policy: a county's quota per quarter), drawn once per measure. */
export function drawRandomTests(
  { day, batchSize, transaction }: SweepContext,
  testPlans: Pick<TestPlanService, 'drawRandom'>,
): Promise<Tally> {
  const quarter = quarterOf(day);
  const quotas = new Map<string, number>();
  return inBatches((after) =>
    transaction(async (repo, trx) => {
      const undrawn = await repo.undrawnMeasures(quarter, after, batchSize);
      let randomDraws = 0;
      for (const m of undrawn) {
        if (!quotas.has(m.county_id))
          quotas.set(m.county_id, (await testPolicyOf(trx, m.county_id)).randomPerQuarter);
        if (await testPlans.drawRandom(trx, m, quarter, quotas.get(m.county_id)!, day)) randomDraws++;
      }
      return { lastId: lastIdOf(undrawn), tally: { randomDraws } };
    }),
  );
}
