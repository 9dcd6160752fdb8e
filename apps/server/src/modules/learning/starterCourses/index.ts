import type { Clock } from '../../../clock.ts';
import type { Db } from '../../../db/database.ts';
import { CITY_ID } from '../../../seed/orgUnits.ts';
import { createLearningRepo } from '../repo.ts';
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
  const repo = createLearningRepo(db);
  const cityPath = await repo.orgPath(CITY_ID);
  if (!cityPath) return 0; // no org tree yet (a bare database): nothing to attach the courses to
  return repo.transaction(async (r) => {
    await r.lockStarterSeed();
    let added = 0;
    const now = clock.now();
    for (const s of STARTER_COURSES) {
      const id = await r.addStarterCourse({
        starter_key: s.key,
        title: s.title,
        summary: s.summary,
        category: s.category,
        credit_hours: s.creditHours,
        cover_media_id: null,
        status: 'published',
        org_unit_id: CITY_ID,
        scope_path: cityPath,
        created_at: now,
        created_by: null,
        updated_at: now,
        updated_by: null,
        published_at: now,
      });
      if (!id) continue;
      added++;
      await r.writeLessons(
        id,
        s.lessons.map((l) => ({ title: l.title, body: l.body, videoMediaId: null, quiz: l.quiz ?? null })),
      );
    }
    return added;
  });
}
