import type { CalendarDay } from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import { sql } from 'kysely';
import { repository } from '../../db/repository.ts';

function calendarQueries(db: Db) {
  return {
    /** Every day entered by hand (a few dozen a year). */
    entered: (): Promise<CalendarDay[]> =>
      db.selectFrom('calendar_days').select(['date', 'kind', 'name']).orderBy('date').execute(),

    /**
     * Replaces the days entered for `year` with `days`. Saves of the schedule run one at a time
     * (a transaction-level advisory lock): two at once would both insert the same dates.
     */
    replaceYear: async (year: number, days: CalendarDay[], at: Date, by: string) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext('taobo.calendar'))`.execute(db);
      await db
        .deleteFrom('calendar_days')
        .where('date', '>=', `${year}-01-01`)
        .where('date', '<=', `${year}-12-31`)
        .execute();
      if (days.length)
        await db
          .insertInto('calendar_days')
          .values(days.map((d) => ({ ...d, created_at: at, created_by: by })))
          .execute();
    },

    /**
     * 报到 deadlines the calendar computed (not an officer's extension) of measures still awaiting
     * a report, counted from a day in [from, to], locked: a new schedule may move them.
     */
    computedDeadlines: (from: string, to: string) =>
      db
        .selectFrom('measures')
        .select(['id', 'type', 'report_deadline', 'report_deadline_basis', 'report_deadline_from'])
        .where('status', '=', 'pending_report')
        .where('report_deadline_basis', '!=', 'extension')
        .where('report_deadline', '>=', from)
        .where('report_deadline', '<=', to)
        .forUpdate()
        .execute(),

    setDeadline: (id: string, date: string, at: Date) =>
      db
        .updateTable('measures')
        .set({ report_deadline: date, updated_at: at })
        .where('id', '=', id)
        .execute(),
  };
}

export const createCalendarRepo = (db: Db) => repository(db, calendarQueries);
export type CalendarRepo = ReturnType<typeof createCalendarRepo>;
