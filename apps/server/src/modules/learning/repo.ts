import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { CourseListQuery, CourseStatus } from '@taobo/contracts';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { pathWithin, personScope, type Actor } from '../../platform/access.ts';
import type { LearningTables, StoredQuiz } from './tables.ts';
import { isPersonInScope } from '../persons/personInScope.ts';

/** SQL: the course reaches a person placed at `personPath` (the course's scope holds the person). */
function courseReaches(personPath: string): Expression<SqlBool> {
  return sql<SqlBool>`(courses.scope_path = ${personPath} OR ${personPath} LIKE courses.scope_path || '/%')`;
}

/**
 * SQL: staff see the courses of their subtree (which they may edit) and those of the units above
 * them (which reach their persons, read-only).
 */
function courseVisibleTo(actor: Actor): Expression<SqlBool> {
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

/** A lesson as written by staff: with the id of an existing lesson to keep it (and its progress). */
export interface LessonValues {
  id?: string | null;
  title: string;
  body: string;
  videoMediaId: string | null;
  quiz: StoredQuiz | null;
}

function queries(db: Db) {
  const lessonCount = sql<string>`(SELECT count(*) FROM course_lessons cl WHERE cl.course_id = courses.id)`;
  const lessons = (courseId: string) =>
    db
      .selectFrom('course_lessons')
      .selectAll()
      .where('course_id', '=', courseId)
      .orderBy('position')
      .execute();

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

    lessons,

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

    progressOf(personId: string, courseIds: string[]) {
      if (courseIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('lesson_progress')
        .selectAll()
        .where('person_id', '=', personId)
        .where('course_id', 'in', courseIds)
        .execute();
    },

    completionsOf(personId: string) {
      return db.selectFrom('course_completions').selectAll().where('person_id', '=', personId).execute();
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

    personInScope: (actor: Actor, personId: string) => isPersonInScope(db, actor, personId),

    // ------------------------------------------------------------ writing courses

    async addCourse(values: Insertable<LearningTables['courses']>): Promise<string> {
      const row = await db.insertInto('courses').values(values).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    /** Adds a starter course once per key; undefined when its key is there already. */
    async addStarterCourse(values: Insertable<LearningTables['courses']> & { starter_key: string }) {
      const row = await db
        .insertInto('courses')
        .values(values)
        .onConflict((oc) => oc.column('starter_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id;
    },

    async updateCourse(id: string, values: Updateable<LearningTables['courses']>) {
      await db.updateTable('courses').set(values).where('id', '=', id).execute();
    },

    async deleteCourse(id: string) {
      await db.deleteFrom('courses').where('id', '=', id).execute();
    },

    /** Writes the lessons in order: existing ids keep their row (and the persons' progress on it). */
    async writeLessons(courseId: string, written: readonly LessonValues[]) {
      const current = await lessons(courseId);
      const currentIds = new Set(current.map((l) => l.id));
      const keep = new Set<string>();
      for (const [position, l] of written.entries()) {
        const values = {
          position,
          title: l.title,
          body: l.body,
          video_media_id: l.videoMediaId,
          quiz: l.quiz ? JSON.stringify(l.quiz) : null,
        };
        if (l.id && currentIds.has(l.id)) {
          keep.add(l.id);
          await db.updateTable('course_lessons').set(values).where('id', '=', l.id).execute();
        } else {
          await db
            .insertInto('course_lessons')
            .values({ ...values, course_id: courseId })
            .execute();
        }
      }
      const gone = current.filter((l) => !keep.has(l.id)).map((l) => l.id);
      if (gone.length) await db.deleteFrom('course_lessons').where('id', 'in', gone).execute();
    },

    /** Whether anyone has made progress on the course. */
    async hasLearners(courseId: string): Promise<boolean> {
      const row = await db
        .selectFrom('lesson_progress')
        .select('person_id')
        .where('course_id', '=', courseId)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    async addMedia(values: Insertable<LearningTables['course_media']>): Promise<string> {
      const row = await db
        .insertInto('course_media')
        .values(values)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async setMediaKey(id: string, fileKey: string) {
      await db.updateTable('course_media').set({ file_key: fileKey }).where('id', '=', id).execute();
    },

    // ------------------------------------------------------------ a person's progress

    /** Makes one person's progress on one course change one step at a time, until the transaction ends. */
    async lockProgress(personId: string, courseId: string) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`learning:${personId}:${courseId}`}))`.execute(db);
    },

    lessonProgress(personId: string, lessonId: string) {
      return db
        .selectFrom('lesson_progress')
        .selectAll()
        .where('person_id', '=', personId)
        .where('lesson_id', '=', lessonId)
        .executeTakeFirst();
    },

    saveProgress(
      key: { person_id: string; lesson_id: string; course_id: string },
      values: Updateable<LearningTables['lesson_progress']> & { updated_at: Date },
    ) {
      return db
        .insertInto('lesson_progress')
        .values({ ...key, ...values })
        .onConflict((oc) => oc.columns(['person_id', 'lesson_id']).doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    /** Records a quiz attempt and counts it on the lesson's progress. */
    async addQuizAttempt(values: Insertable<LearningTables['quiz_attempts']> & { course_id: string }) {
      const { course_id, ...attempt } = values;
      await db.insertInto('quiz_attempts').values(attempt).execute();
      await db
        .insertInto('lesson_progress')
        .values({
          person_id: attempt.person_id,
          lesson_id: attempt.lesson_id,
          course_id,
          read_at: null,
          completed_at: null,
          quiz_passed_at: null,
          updated_at: attempt.at,
          quiz_attempts: 1,
        })
        .onConflict((oc) =>
          oc.columns(['person_id', 'lesson_id']).doUpdateSet((eb) => ({
            quiz_attempts: eb('lesson_progress.quiz_attempts', '+', 1),
          })),
        )
        .execute();
    },

    /** Credits a completed course once; the hours credited, or undefined when it was credited before. */
    async addCompletion(values: Insertable<LearningTables['course_completions']>) {
      const row = await db
        .insertInto('course_completions')
        .values(values)
        .onConflict((oc) => oc.columns(['person_id', 'course_id']).doNothing())
        .returning('credit_hours')
        .executeTakeFirst();
      return row?.credit_hours;
    },

    async hoursEarned(personId: string): Promise<string | null> {
      const row = await db
        .selectFrom('course_completions')
        .select((eb) => eb.fn.sum<string>('credit_hours').as('h'))
        .where('person_id', '=', personId)
        .executeTakeFirstOrThrow();
      return row.h;
    },

    // ------------------------------------------------------------ starter courses

    async orgPath(orgUnitId: string): Promise<string | undefined> {
      const unit = await db
        .selectFrom('org_units')
        .select('path')
        .where('id', '=', orgUnitId)
        .executeTakeFirst();
      return unit?.path;
    },

    /** Seeds run one at a time (several instances may start at once), until the transaction ends. */
    async lockStarterSeed() {
      await sql`SELECT pg_advisory_xact_lock(hashtext('taobo.learning.starter'))`.execute(db);
    },
  };
}

export function createLearningRepo(db: Db) {
  return repository(db, queries);
}
export type LearningRepo = ReturnType<typeof createLearningRepo>;
/** The repository's queries, as a transaction's work sees them. */
export type LearningQueries = ReturnType<typeof queries>;
