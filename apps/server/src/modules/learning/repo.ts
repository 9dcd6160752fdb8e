import { sql, type Expression, type SqlBool } from 'kysely';
import type { CourseListQuery, CourseStatus } from '@taobo/contracts';
import type { Db } from '../../db/database.ts';
import { pathWithin, personScope, type Actor } from '../../platform/access.ts';

/** SQL: the course reaches a person placed at `personPath` (the course's scope holds the person). */
export function courseReaches(personPath: string): Expression<SqlBool> {
  return sql<SqlBool>`(courses.scope_path = ${personPath} OR ${personPath} LIKE courses.scope_path || '/%')`;
}

/**
 * SQL: staff see the courses of their subtree (which they may edit) and those of the units above
 * them (which reach their persons, read-only).
 */
export function courseVisibleTo(actor: Actor): Expression<SqlBool> {
  return sql<SqlBool>`(${pathWithin(sql.ref<string>('courses.scope_path'), actor.orgPath)} OR ${courseReaches(actor.orgPath)})`;
}

const courseColumns = [
  'courses.id',
  'courses.starter_key',
  'courses.title',
  'courses.summary',
  'courses.category',
  'courses.credit_hours',
  'courses.cover_media_id',
  'courses.status',
  'courses.org_unit_id',
  'courses.scope_path',
  'courses.updated_at',
  'courses.published_at',
] as const;

export function createLearningRepo(db: Db) {
  const lessonCount = sql<string>`(SELECT count(*) FROM course_lessons cl WHERE cl.course_id = courses.id)`;

  return {
    async listForStaff(actor: Actor, q: CourseListQuery & { page: number; pageSize: number }) {
      let base = db.selectFrom('courses').where(courseVisibleTo(actor));
      if (q.status) base = base.where('courses.status', '=', q.status);
      if (q.category) base = base.where('courses.category', '=', q.category);
      if (q.q) {
        const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        base = base.where((eb) =>
          eb.or([eb('courses.title', 'ilike', like), eb('courses.summary', 'ilike', like)]),
        );
      }
      const [rows, total] = await Promise.all([
        base
          .innerJoin('org_units', 'org_units.id', 'courses.org_unit_id')
          .select([...courseColumns, 'org_units.name as scope_name'])
          .select(lessonCount.as('lesson_count'))
          .orderBy('courses.updated_at', 'desc')
          .orderBy('courses.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    findForStaff(actor: Actor, id: string) {
      return db
        .selectFrom('courses')
        .innerJoin('org_units', 'org_units.id', 'courses.org_unit_id')
        .select([...courseColumns, 'org_units.name as scope_name'])
        .select(lessonCount.as('lesson_count'))
        .where('courses.id', '=', id)
        .where(courseVisibleTo(actor))
        .executeTakeFirst();
    },

    lessons(courseId: string, exec: Db = db) {
      return exec
        .selectFrom('course_lessons')
        .selectAll()
        .where('course_id', '=', courseId)
        .orderBy('position')
        .execute();
    },

    media(courseId: string) {
      return db
        .selectFrom('course_media')
        .select(['id', 'kind', 'mime', 'size'])
        .where('course_id', '=', courseId)
        .orderBy('created_at')
        .execute();
    },

    /** The place that decides which courses reach a person. */
    async personPath(personId: string): Promise<string | null> {
      const p = await db
        .selectFrom('persons')
        .select('scope_path')
        .where('id', '=', personId)
        .executeTakeFirst();
      return p?.scope_path ?? null;
    },

    publishedFor(personPath: string, courseId?: string) {
      let q = db
        .selectFrom('courses')
        .select(courseColumns)
        .select(lessonCount.as('lesson_count'))
        .where('courses.status', '=', 'published' satisfies CourseStatus)
        .where(courseReaches(personPath));
      if (courseId) q = q.where('courses.id', '=', courseId);
      return q.orderBy('courses.published_at', 'desc').orderBy('courses.id').execute();
    },

    progressOf(personId: string, courseIds: string[], exec: Db = db) {
      if (courseIds.length === 0) return Promise.resolve([]);
      return exec
        .selectFrom('lesson_progress')
        .selectAll()
        .where('person_id', '=', personId)
        .where('course_id', 'in', courseIds)
        .execute();
    },

    completionsOf(personId: string, exec: Db = db) {
      return exec.selectFrom('course_completions').selectAll().where('person_id', '=', personId).execute();
    },

    /** Media of a course that reaches the person and is published. */
    mediaForPerson(personPath: string, mediaId: string) {
      return db
        .selectFrom('course_media')
        .innerJoin('courses', 'courses.id', 'course_media.course_id')
        .select(['course_media.file_key', 'course_media.mime'])
        .where('course_media.id', '=', mediaId)
        .where('courses.status', '=', 'published')
        .where(courseReaches(personPath))
        .executeTakeFirst();
    },

    mediaForStaff(actor: Actor, mediaId: string) {
      return db
        .selectFrom('course_media')
        .innerJoin('courses', 'courses.id', 'course_media.course_id')
        .select(['course_media.file_key', 'course_media.mime'])
        .where('course_media.id', '=', mediaId)
        .where(courseVisibleTo(actor))
        .executeTakeFirst();
    },

    /** Learners and completions per course, over the persons in the actor's jurisdiction. */
    stats(actor: Actor) {
      const scope = personScope(actor);
      const learners = sql<string>`(SELECT count(DISTINCT lp.person_id) FROM lesson_progress lp
        JOIN persons ON persons.id = lp.person_id WHERE lp.course_id = courses.id AND ${scope})`;
      const completions = sql<string>`(SELECT count(*) FROM course_completions cc
        JOIN persons ON persons.id = cc.person_id WHERE cc.course_id = courses.id AND ${scope})`;
      return db
        .selectFrom('courses')
        .where(courseVisibleTo(actor))
        .select(['courses.id', 'courses.title', 'courses.category', 'courses.status', 'courses.credit_hours'])
        .select(learners.as('learners'))
        .select(completions.as('completions'))
        .orderBy('courses.status', 'desc')
        .orderBy('courses.title')
        .execute();
    },

    /** A person's courses: those they have started or completed, with their progress. */
    personCourses(personId: string) {
      return db
        .selectFrom('courses')
        .leftJoin('course_completions as cc', (j) =>
          j.onRef('cc.course_id', '=', 'courses.id').on('cc.person_id', '=', personId),
        )
        .select([
          'courses.id',
          'courses.title',
          'courses.category',
          'courses.credit_hours',
          'cc.completed_at',
          'cc.credit_hours as hours_credited',
        ])
        .select(lessonCount.as('lesson_count'))
        .select(
          sql<string>`(SELECT count(*) FROM lesson_progress lp
            WHERE lp.course_id = courses.id AND lp.person_id = ${personId} AND lp.completed_at IS NOT NULL)`.as(
            'lessons_done',
          ),
        )
        .select(
          sql<Date | null>`(SELECT max(lp.updated_at) FROM lesson_progress lp
            WHERE lp.course_id = courses.id AND lp.person_id = ${personId})`.as('last_activity_at'),
        )
        .where(
          sql<SqlBool>`(cc.person_id IS NOT NULL OR EXISTS (SELECT 1 FROM lesson_progress lp
            WHERE lp.course_id = courses.id AND lp.person_id = ${personId}))`,
        )
        .orderBy('courses.title')
        .execute();
    },
  };
}
export type LearningRepo = ReturnType<typeof createLearningRepo>;
