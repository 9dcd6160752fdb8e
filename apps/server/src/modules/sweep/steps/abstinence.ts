import { isAbstinentThreeYears, maxDate } from '@taobo/domain';
import { setPersonStatus } from '../../persons/personStatus.ts';
import { inBatches, lastIdOf, type SweepContext, type Tally } from '../step.ts';

/**
 * 戒断3年未复吸: three years since the last known use (first found, last positive test, last term
 * start, whichever is latest), after the measure ended.
 */
export function markAbstinent({ day, now, batchSize, transaction }: SweepContext): Promise<Tally> {
  return inBatches((after) =>
    transaction(async (repo, trx) => {
      const released = await repo.releasedPersons(after, batchSize);
      let abstinent = 0;
      for (const p of released) {
        const [first, ...rest] = [p.first_found_date, p.last_positive, p.last_term_start].filter(
          (d): d is string => !!d,
        );
        if (first === undefined) continue;
        if (!isAbstinentThreeYears({ lastUseDate: maxDate(first, ...rest), today: day })) continue;
        await setPersonStatus(trx, p.id, 'abstinent', now);
        abstinent++;
      }
      return { lastId: lastIdOf(released), tally: { abstinent } };
    }),
  );
}
