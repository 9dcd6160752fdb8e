import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';

/** The home screen's own reads. */
export function homeQueries(db: Db) {
  return {
    /** The measure's next scheduled test still due whose window has not closed by `today`. */
    nextScheduledTest: (measureId: string, today: string) =>
      db
        .selectFrom('tests')
        .select(['id', 'window_start', 'window_end'])
        .where('measure_id', '=', measureId)
        .where('plan', '=', 'scheduled')
        .where('status', '=', 'due')
        .where('window_end', '>', today)
        .orderBy('window_start')
        .limit(1)
        .executeTakeFirst(),
  };
}

export const createHomeRepo = (db: Db) => repository(db, homeQueries);
export type HomeRepo = ReturnType<typeof createHomeRepo>;
