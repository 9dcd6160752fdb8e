import { sql } from 'kysely';
import {
  CourseInput,
  lessonImageIds,
  MEDIA_LIMITS,
  type AppCourseDetail,
  type AppCourseList,
  type CourseDetail,
  type CourseList,
  type CourseListItem,
  type CourseListQuery,
  type CourseMedia,
  type CourseStats,
  type LessonProgress,
  type LessonProgressInput,
  type PersonLearning,
  type ProgressResult,
  type QuizAttemptInput,
  type QuizResult,
} from '@taobo/contracts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { isWithin, personScope, requirePermission, type Actor } from '../../platform/access.ts';
import { AUDIT_PERSON, auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import { sniff, type FileStore } from '../../platform/files.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { PersonActor } from '../../platform/access.ts';
import { createLearningRepo, type LearningRepo } from './repo.ts';
import { isLessonComplete, scoreQuiz, type QuizScore } from './rules.ts';
import type { CourseLessonTable, StoredQuiz } from './tables.ts';
import type { Selectable } from 'kysely';

interface Deps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  files: FileStore;
  notifications: NotificationService;
}

type LessonRow = Selectable<CourseLessonTable>;
type CourseRow = NonNullable<Awaited<ReturnType<LearningRepo['findForStaff']>>>;
type ProgressRow = Awaited<ReturnType<LearningRepo['progressOf']>>[number];

const hours = (v: string | number | null | undefined) => Number(v ?? 0);
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
const ALL_MEDIA_MIMES = [...MEDIA_LIMITS.image.mimes, ...MEDIA_LIMITS.video.mimes];

export function createLearningService(deps: Deps) {
  const { db, clock, audit, files, notifications } = deps;
  const repo = createLearningRepo(db);

  function toListItem(actor: Actor | null, c: CourseRow): CourseListItem {
    return {
      id: c.id,
      title: c.title,
      summary: c.summary,
      category: c.category,
      creditHours: hours(c.credit_hours),
      status: c.status,
      coverMediaId: c.cover_media_id,
      lessonCount: Number(c.lesson_count ?? 0),
      scope: { id: c.org_unit_id, name: c.scope_name },
      starter: c.starter_key !== null,
      editable: actor ? isWithin(c.scope_path, actor.orgPath) : false,
      updatedAt: new Date(c.updated_at).toISOString(),
      publishedAt: iso(c.published_at),
    };
  }

  async function editable(actor: Actor, id: string): Promise<CourseRow> {
    requirePermission(actor, 'course:manage');
    const c = await repo.findForStaff(actor, id);
    if (!c) throw notFound('课程');
    if (!isWithin(c.scope_path, actor.orgPath))
      throw new DomainError('FORBIDDEN', '该课程由上级单位发布，您只能查看');
    return c;
  }

  async function detailOf(actor: Actor, c: CourseRow): Promise<CourseDetail> {
    const [lessons, media] = await Promise.all([repo.lessons(c.id), repo.media(c.id)]);
    return {
      ...toListItem(actor, c),
      lessons: lessons.map((l) => ({
        id: l.id,
        title: l.title,
        body: l.body,
        videoMediaId: l.video_media_id,
        quiz: l.quiz,
      })),
      media: media as CourseMedia[],
    };
  }

  /** Media named by a course must be that course's own, of the right kind. */
  async function checkMedia(courseId: string | null, input: ReturnType<typeof CourseInput.parse>) {
    const own = courseId ? new Map((await repo.media(courseId)).map((m) => [m.id, m.kind])) : new Map();
    const need = (id: string | null, kind: 'image' | 'video', path: string) => {
      if (id && own.get(id) !== kind)
        throw invalid(path, kind === 'image' ? '图片须先上传到本课程' : '视频须先上传到本课程');
    };
    need(input.coverMediaId, 'image', 'coverMediaId');
    input.lessons.forEach((l, i) => {
      need(l.videoMediaId, 'video', `lessons.${i}.videoMediaId`);
      for (const id of lessonImageIds(l.body)) need(id, 'image', `lessons.${i}.body`);
    });
  }

  /** Writes the lessons in order: existing ids keep their row (and the persons' progress on it). */
  async function writeLessons(
    trx: Db,
    courseId: string,
    lessons: ReturnType<typeof CourseInput.parse>['lessons'],
  ) {
    const current = await repo.lessons(courseId, trx);
    const currentIds = new Set(current.map((l) => l.id));
    const keep = new Set<string>();
    for (const [position, l] of lessons.entries()) {
      const values = {
        position,
        title: l.title,
        body: l.body,
        video_media_id: l.videoMediaId,
        quiz: l.quiz ? JSON.stringify(l.quiz) : null,
      };
      if (l.id && currentIds.has(l.id)) {
        keep.add(l.id);
        await trx.updateTable('course_lessons').set(values).where('id', '=', l.id).execute();
      } else {
        await trx
          .insertInto('course_lessons')
          .values({ ...values, course_id: courseId })
          .execute();
      }
    }
    const gone = current.filter((l) => !keep.has(l.id)).map((l) => l.id);
    if (gone.length) await trx.deleteFrom('course_lessons').where('id', 'in', gone).execute();
  }

  function lessonProgress(p: ProgressRow | undefined): LessonProgress {
    return {
      read: !!p?.read_at,
      videoPercent: p?.video_percent ?? 0,
      quizPassed: !!p?.quiz_passed_at,
      quizAttempts: p?.quiz_attempts ?? 0,
      completed: !!p?.completed_at,
    };
  }

  async function reachableCourse(person: PersonActor, courseId: string) {
    const path = await repo.personPath(person.personId);
    const course = path ? (await repo.publishedFor(path, courseId))[0] : undefined;
    if (!course) throw notFound('课程');
    return course;
  }

  /**
   * Applies one change to a person's progress on a lesson and credits the course's hours when its
   * last lesson completes. Serialized per person and course, so two lessons finishing at once
   * credit once; the completions table's key makes a second credit impossible anyway.
   */
  async function progress(
    person: PersonActor,
    courseId: string,
    lessonId: string,
    change: (
      lesson: LessonRow,
      trx: Db,
    ) => Promise<{ read?: boolean; videoPercent?: number; quizPassed?: boolean }>,
  ): Promise<ProgressResult> {
    const course = await reachableCourse(person, courseId);
    return db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`learning:${person.personId}:${courseId}`}))`.execute(
        trx,
      );
      const lessons = await repo.lessons(courseId, trx);
      const lesson = lessons.find((l) => l.id === lessonId);
      if (!lesson) throw notFound('课节');
      const now = clock.now();
      const delta = await change(lesson, trx);
      const existing = await trx
        .selectFrom('lesson_progress')
        .selectAll()
        .where('person_id', '=', person.personId)
        .where('lesson_id', '=', lessonId)
        .executeTakeFirst();
      const read = !!existing?.read_at || !!delta.read;
      const videoPercent = Math.max(existing?.video_percent ?? 0, delta.videoPercent ?? 0);
      const quizPassed = !!existing?.quiz_passed_at || !!delta.quizPassed;
      const complete = isLessonComplete(
        { hasVideo: !!lesson.video_media_id, hasQuiz: !!lesson.quiz },
        { read, videoPercent, quizPassed },
      );
      const values = {
        read_at: existing?.read_at ?? (read ? now : null),
        video_percent: videoPercent,
        quiz_passed_at: existing?.quiz_passed_at ?? (quizPassed ? now : null),
        completed_at: existing?.completed_at ?? (complete ? now : null),
        updated_at: now,
      };
      const row = await trx
        .insertInto('lesson_progress')
        .values({ person_id: person.personId, lesson_id: lessonId, course_id: courseId, ...values })
        .onConflict((oc) => oc.columns(['person_id', 'lesson_id']).doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();

      const all = await repo.progressOf(person.personId, [courseId], trx);
      const done = new Set(all.filter((p) => p.completed_at).map((p) => p.lesson_id));
      let credited = 0;
      let courseCompleted = false;
      if (lessons.length > 0 && lessons.every((l) => done.has(l.id))) {
        courseCompleted = true;
        const inserted = await trx
          .insertInto('course_completions')
          .values({
            person_id: person.personId,
            course_id: courseId,
            completed_at: now,
            credit_hours: hours(course.credit_hours),
          })
          .onConflict((oc) => oc.columns(['person_id', 'course_id']).doNothing())
          .returning('credit_hours')
          .executeTakeFirst();
        if (inserted) {
          credited = hours(inserted.credit_hours);
          await audit.record(trx, {
            ...AUDIT_PERSON,
            action: 'learning.course_complete',
            targetType: 'person',
            targetId: person.personId,
            details: { courseId, creditHours: credited },
          });
          await notifications.notify(trx, {
            personId: person.personId,
            kind: 'learning',
            title: '课程已完成',
            body: `您已完成《${course.title}》，记 ${credited} 学时。`,
            link: `/m/learning/${courseId}`,
            dedupeKey: `learning_complete:${person.personId}:${courseId}`,
          });
        }
      }
      const earned = await trx
        .selectFrom('course_completions')
        .select((eb) => eb.fn.sum<string>('credit_hours').as('h'))
        .where('person_id', '=', person.personId)
        .executeTakeFirstOrThrow();
      return {
        lesson: lessonProgress(row),
        courseCompleted,
        hoursCredited: credited,
        hoursEarned: hours(earned.h),
      };
    });
  }

  return {
    // ------------------------------------------------------------ staff

    async list(
      actor: Actor,
      query: CourseListQuery & { page: number; pageSize: number },
    ): Promise<CourseList> {
      requirePermission(actor, 'course:manage');
      const { rows, total } = await repo.listForStaff(actor, query);
      return { items: rows.map((r) => toListItem(actor, r)), total };
    },

    async detail(actor: Actor, id: string): Promise<CourseDetail> {
      requirePermission(actor, 'course:manage');
      const c = await repo.findForStaff(actor, id);
      if (!c) throw notFound('课程');
      return detailOf(actor, c);
    },

    async create(actor: Actor, raw: CourseInput): Promise<CourseDetail> {
      requirePermission(actor, 'course:manage');
      const input = CourseInput.parse(raw);
      await checkMedia(null, input);
      const now = clock.now();
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('courses')
          .values({
            title: input.title,
            summary: input.summary,
            category: input.category,
            credit_hours: input.creditHours,
            cover_media_id: null,
            status: 'draft',
            org_unit_id: actor.orgUnitId,
            scope_path: actor.orgPath,
            created_at: now,
            created_by: actor.id,
            updated_at: now,
            updated_by: actor.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await writeLessons(trx, row.id, input.lessons);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'course.create',
          targetType: 'course',
          targetId: row.id,
        });
        return row.id;
      });
      return this.detail(actor, id);
    },

    async update(actor: Actor, id: string, raw: CourseInput): Promise<CourseDetail> {
      const course = await editable(actor, id);
      const input = CourseInput.parse(raw);
      await checkMedia(id, input);
      if (course.status === 'published' && input.lessons.length === 0)
        throw invalid('lessons', '已发布的课程至少要有 1 个课节');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('courses')
          .set({
            title: input.title,
            summary: input.summary,
            category: input.category,
            credit_hours: input.creditHours,
            cover_media_id: input.coverMediaId,
            updated_at: clock.now(),
            updated_by: actor.id,
          })
          .where('id', '=', id)
          .execute();
        await writeLessons(trx, id, input.lessons);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'course.update',
          targetType: 'course',
          targetId: id,
          details: { lessons: input.lessons.length },
        });
      });
      return this.detail(actor, id);
    },

    async setStatus(actor: Actor, id: string, status: 'draft' | 'published'): Promise<CourseDetail> {
      const course = await editable(actor, id);
      if (status === 'published') {
        const lessons = await repo.lessons(id);
        if (lessons.length === 0) throw new DomainError('COURSE_EMPTY', '课程至少要有 1 个课节才能发布');
        const blank = lessons.find((l) => !l.body.trim() && !l.video_media_id);
        if (blank) throw new DomainError('LESSON_EMPTY', `课节“${blank.title}”没有正文或视频`);
      }
      if (course.status !== status) {
        const now = clock.now();
        await db.transaction().execute(async (trx) => {
          await trx
            .updateTable('courses')
            .set({
              status,
              updated_at: now,
              updated_by: actor.id,
              ...(status === 'published' && { published_at: now }),
            })
            .where('id', '=', id)
            .execute();
          await audit.record(trx, {
            ...auditActor(actor),
            action: status === 'published' ? 'course.publish' : 'course.unpublish',
            targetType: 'course',
            targetId: id,
          });
        });
      }
      return this.detail(actor, id);
    },

    /** Deletes a draft nobody has studied; a course with learners is unpublished instead. */
    async remove(actor: Actor, id: string): Promise<void> {
      const course = await editable(actor, id);
      if (course.status === 'published')
        throw new DomainError('COURSE_PUBLISHED', '已发布的课程请先下架再删除');
      const studied = await db
        .selectFrom('lesson_progress')
        .select('person_id')
        .where('course_id', '=', id)
        .limit(1)
        .executeTakeFirst();
      if (studied)
        throw new DomainError('COURSE_HAS_LEARNERS', '已有人员学习过该课程，不能删除（可保持下架）');
      const media = await repo.media(id);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('courses').where('id', '=', id).execute();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'course.delete',
          targetType: 'course',
          targetId: id,
        });
      });
      for (const m of media) await files.delete(`learning/${id}/${m.id}`);
    },

    /** An image (≤ 2 MB) or video (≤ 20 MB) for a course, checked by its content. */
    async addMedia(actor: Actor, courseId: string, bytes: Buffer): Promise<CourseMedia> {
      await editable(actor, courseId);
      const mime = await sniff(bytes, ALL_MEDIA_MIMES, MEDIA_LIMITS.video.maxBytes);
      const kind = MEDIA_LIMITS.image.mimes.includes(mime) ? 'image' : 'video';
      if (bytes.length > MEDIA_LIMITS[kind].maxBytes)
        throw new DomainError('FILE_TOO_LARGE', '图片过大（不超过 2 MB）');
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('course_media')
          .values({
            course_id: courseId,
            kind,
            mime,
            size: bytes.length,
            file_key: 'pending',
            created_at: clock.now(),
            created_by: actor.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const key = `learning/${courseId}/${row.id}`;
        await files.put(key, bytes);
        await trx.updateTable('course_media').set({ file_key: key }).where('id', '=', row.id).execute();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'course.media_upload',
          targetType: 'course',
          targetId: courseId,
          details: { mediaId: row.id, kind, size: bytes.length },
        });
        return { id: row.id, kind, mime, size: bytes.length };
      });
    },

    async staffMedia(actor: Actor, mediaId: string) {
      requirePermission(actor, 'course:manage');
      const m = await repo.mediaForStaff(actor, mediaId);
      const bytes = m && (await files.get(m.file_key));
      if (!m || !bytes) throw notFound('文件');
      return { bytes, mime: m.mime };
    },

    async stats(actor: Actor): Promise<CourseStats> {
      requirePermission(actor, 'course:manage');
      const rows = await repo.stats(actor);
      const items = rows.map((r) => ({
        id: r.id,
        title: r.title,
        category: r.category,
        status: r.status,
        creditHours: hours(r.credit_hours),
        learners: Number(r.learners ?? 0),
        completions: Number(r.completions ?? 0),
      }));
      return {
        items,
        totalCompletions: items.reduce((s, i) => s + i.completions, 0),
        totalHours: items.reduce((s, i) => s + i.completions * i.creditHours, 0),
      };
    },

    /** The learning record on a person's file; a view of the file, so it is audited. */
    async personLearning(actor: Actor, personId: string): Promise<PersonLearning> {
      requirePermission(actor, 'person:read');
      const inScope = await db
        .selectFrom('persons')
        .select('id')
        .where('id', '=', personId)
        .where(personScope(actor))
        .executeTakeFirst();
      if (!inScope) throw notFound('人员');
      const rows = await repo.personCourses(personId);
      await db.transaction().execute((trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'person.learning_view',
          targetType: 'person',
          targetId: personId,
        }),
      );
      const courses = rows.map((r) => ({
        id: r.id,
        title: r.title,
        category: r.category,
        creditHours: hours(r.credit_hours),
        lessonsDone: Number(r.lessons_done ?? 0),
        lessonCount: Number(r.lesson_count ?? 0),
        completedAt: iso(r.completed_at),
        hoursCredited: hours(r.hours_credited),
        lastActivityAt: iso(r.last_activity_at as Date | null),
      }));
      return {
        hours: courses.reduce((s, c) => s + c.hoursCredited, 0),
        completedCount: courses.filter((c) => c.completedAt).length,
        courses,
      };
    },

    // ------------------------------------------------------------ the person app

    async appList(person: PersonActor): Promise<AppCourseList> {
      const path = await repo.personPath(person.personId);
      const courses = path ? await repo.publishedFor(path) : [];
      const [progress, completions] = await Promise.all([
        repo.progressOf(
          person.personId,
          courses.map((c) => c.id),
        ),
        repo.completionsOf(person.personId),
      ]);
      const completed = new Map(completions.map((c) => [c.course_id, c]));
      return {
        items: courses.map((c) => ({
          id: c.id,
          title: c.title,
          summary: c.summary,
          category: c.category,
          creditHours: hours(c.credit_hours),
          coverMediaId: c.cover_media_id,
          lessonCount: Number(c.lesson_count ?? 0),
          lessonsDone: progress.filter((p) => p.course_id === c.id && p.completed_at).length,
          completedAt: iso(completed.get(c.id)?.completed_at),
        })),
        hoursEarned: completions.reduce((s, c) => s + hours(c.credit_hours), 0),
        completedCount: completions.length,
      };
    },

    async appDetail(person: PersonActor, courseId: string): Promise<AppCourseDetail> {
      const c = await reachableCourse(person, courseId);
      const [lessons, progress, media, completions] = await Promise.all([
        repo.lessons(courseId),
        repo.progressOf(person.personId, [courseId]),
        repo.media(courseId),
        repo.completionsOf(person.personId),
      ]);
      const byLesson = new Map(progress.map((p) => [p.lesson_id, p]));
      const used = new Set<string>();
      if (c.cover_media_id) used.add(c.cover_media_id);
      for (const l of lessons) {
        if (l.video_media_id) used.add(l.video_media_id);
        for (const id of lessonImageIds(l.body)) used.add(id);
      }
      return {
        id: c.id,
        title: c.title,
        summary: c.summary,
        category: c.category,
        creditHours: hours(c.credit_hours),
        coverMediaId: c.cover_media_id,
        lessonCount: lessons.length,
        lessonsDone: progress.filter((p) => p.completed_at).length,
        completedAt: iso(completions.find((x) => x.course_id === courseId)?.completed_at),
        lessons: lessons.map((l) => ({
          id: l.id,
          title: l.title,
          body: l.body,
          videoMediaId: l.video_media_id,
          quiz: l.quiz
            ? {
                passMark: l.quiz.passMark,
                questions: l.quiz.questions.map((q) => ({ text: q.text, options: q.options })),
              }
            : null,
          progress: lessonProgress(byLesson.get(l.id)),
        })),
        mediaIds: media.map((m) => m.id).filter((id) => used.has(id)),
      };
    },

    async appMedia(person: PersonActor, mediaId: string) {
      const path = await repo.personPath(person.personId);
      const m = path ? await repo.mediaForPerson(path, mediaId) : undefined;
      const bytes = m && (await files.get(m.file_key));
      if (!m || !bytes) throw notFound('文件');
      return { bytes, mime: m.mime };
    },

    recordProgress(person: PersonActor, courseId: string, lessonId: string, input: LessonProgressInput) {
      return progress(person, courseId, lessonId, async () => ({
        read: input.read ?? false,
        videoPercent: input.videoPercent,
      }));
    },

    async attemptQuiz(
      person: PersonActor,
      courseId: string,
      lessonId: string,
      input: QuizAttemptInput,
    ): Promise<QuizResult> {
      const box: { score?: QuizScore; quiz?: StoredQuiz } = {};
      const result = await progress(person, courseId, lessonId, async (lesson, trx) => {
        if (!lesson.quiz) throw new DomainError('NO_QUIZ', '该课节没有测验');
        const quiz = lesson.quiz;
        if (input.answers.length !== quiz.questions.length)
          throw invalid('answers', `请回答全部 ${quiz.questions.length} 道题`);
        const score = scoreQuiz(quiz, input.answers);
        Object.assign(box, { score, quiz });
        await trx
          .insertInto('quiz_attempts')
          .values({
            person_id: person.personId,
            lesson_id: lessonId,
            answers: JSON.stringify(input.answers),
            correct: score.correct,
            total: score.total,
            passed: score.passed,
            at: clock.now(),
          })
          .execute();
        await trx
          .insertInto('lesson_progress')
          .values({
            person_id: person.personId,
            lesson_id: lessonId,
            course_id: courseId,
            read_at: null,
            completed_at: null,
            quiz_passed_at: null,
            updated_at: clock.now(),
            quiz_attempts: 1,
          })
          .onConflict((oc) =>
            oc.columns(['person_id', 'lesson_id']).doUpdateSet((eb) => ({
              quiz_attempts: eb('lesson_progress.quiz_attempts', '+', 1),
            })),
          )
          .execute();
        // The quiz closes the lesson: passing it means the lesson was gone through.
        return { read: score.passed, quizPassed: score.passed };
      });
      const { score, quiz } = box;
      if (!score || !quiz) throw new Error('quiz attempt ran without a score');
      return { ...result, ...score, passMark: quiz.passMark };
    },
  };
}
export type LearningService = ReturnType<typeof createLearningService>;
