/** The working-day calendar every legal deadline is counted on, for any module (民法典 第二百零三条). */
import { workdayCalendar, type Calendar } from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import { createCalendarRepo } from './repo.ts';

/**
 * The official schedules (chinese-days) with the days administrators entered, read in the caller's
 * transaction: one small query, so a schedule entered on one server counts at once on every other.
 */
export async function loadCalendar(db: Db): Promise<Calendar> {
  return workdayCalendar(await createCalendarRepo(db).entered());
}
