import { sql } from 'kysely';
import type { Clock } from '../../../clock.ts';
import type { Db } from '../../../db/database.ts';
import { CITY_ID } from '../../../seed/orgUnits.ts';
import type { StarterCourse } from './starterCourse.ts';
import { drugHarm } from './drugHarm.ts';
import { relapsePrevention } from './relapsePrevention.ts';
import { rightsAndDuties } from './rightsAndDuties.ts';

export const STARTER_COURSES: readonly StarterCourse[] = [drugHarm, relapsePrevention, rightsAndDuties];

/**
 * Seeds the starter courses, published and city-wide, once per key: safe to run at every start,
 * on several instances at once; staff edits to a seeded course are never overwritten. Runs with
 * the other seeds (main.ts, and once for the test template), never per request or per app.
 */
export async function ensureStarterCourses(db: Db, clock: Clock): Promise<number> {
  const unit = await db.selectFrom('org_units').select('path').where('id', '=', CITY_ID).executeTakeFirst();
  if (!unit) return 0; // no org tree yet (a bare database): nothing to attach the courses to
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('taobo.learning.starter'))`.execute(trx);
    let added = 0;
    const now = clock.now();
    for (const s of STARTER_COURSES) {
      const row = await trx
        .insertInto('courses')
        .values({
          starter_key: s.key,
          title: s.title,
          summary: s.summary,
          category: s.category,
          credit_hours: s.creditHours,
          cover_media_id: null,
          status: 'published',
          org_unit_id: CITY_ID,
          scope_path: unit.path,
          created_at: now,
          created_by: null,
          updated_at: now,
          updated_by: null,
          published_at: now,
        })
        .onConflict((oc) => oc.column('starter_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) continue;
      added++;
      await trx
        .insertInto('course_lessons')
        .values(
          s.lessons.map((l, position) => ({
            course_id: row.id,
            position,
            title: l.title,
            body: l.body,
            video_media_id: null,
            quiz: l.quiz ? JSON.stringify(l.quiz) : null,
          })),
        )
        .execute();
    }
    return added;
  });
}
