import { isCourseComplete, isLessonComplete, scoreQuiz, type QuizScore } from '@taobo/domain';
import {
  lessonImageIds,
  type AppCourseDetail,
  type AppCourseList,
  type LessonProgressInput,
  type ProgressResult,
  type QuizAttemptInput,
  type QuizResult,
} from '@taobo/contracts';
import type { Selectable } from 'kysely';
import type { Clock } from '../../clock.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import type { PersonActor } from '../../platform/access.ts';
import { AUDIT_PERSON, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FileStore } from '../../platform/files.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { LearningQueries, LearningRepo } from './repo.ts';
import type { CourseLessonTable, StoredQuiz } from './tables.ts';
import { hours, iso, toLessonProgress } from './views.ts';

type LessonRow = Selectable<CourseLessonTable>;
/** What one step adds to a person's progress on a lesson; progress never goes back. */
type ProgressDelta = { read?: boolean; videoPercent?: number; quizPassed?: boolean };

/**
 * The person's learning (洮泊家园): the courses that reach them, lesson progress, quizzes, and the
 * course's credit hours once all of its lessons are complete.
 */
export function createStudyService(deps: {
  repo: LearningRepo;
  clock: Clock;
  audit: AuditLog;
  files: FileStore;
  notifications: NotificationService;
}) {
  const { repo, clock, audit, files, notifications } = deps;

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
    change: (lesson: LessonRow, r: LearningQueries) => Promise<ProgressDelta>,
  ): Promise<ProgressResult> {
    const course = await reachableCourse(person, courseId);
    return repo.transaction(async (r, trx) => {
      await r.lockProgress(person.personId, courseId);
      const lessons = await r.lessons(courseId);
      const lesson = lessons.find((l) => l.id === lessonId);
      if (!lesson) throw notFound('课节');
      const now = clock.now();
      const delta = await change(lesson, r);
      const existing = await r.lessonProgress(person.personId, lessonId);
      const read = !!existing?.read_at || !!delta.read;
      const videoPercent = Math.max(existing?.video_percent ?? 0, delta.videoPercent ?? 0);
      const quizPassed = !!existing?.quiz_passed_at || !!delta.quizPassed;
      const complete = isLessonComplete(
        { hasVideo: !!lesson.video_media_id, hasQuiz: !!lesson.quiz },
        { read, videoPercent, quizPassed },
      );
      const row = await r.saveProgress(
        { person_id: person.personId, lesson_id: lessonId, course_id: courseId },
        {
          read_at: existing?.read_at ?? (read ? now : null),
          video_percent: videoPercent,
          quiz_passed_at: existing?.quiz_passed_at ?? (quizPassed ? now : null),
          completed_at: existing?.completed_at ?? (complete ? now : null),
          updated_at: now,
        },
      );

      const all = await r.progressOf(person.personId, [courseId]);
      const done = new Set(all.filter((p) => p.completed_at).map((p) => p.lesson_id));
      const courseCompleted = isCourseComplete(
        lessons.map((l) => l.id),
        done,
      );
      let credited = 0;
      if (courseCompleted) {
        const inserted = await r.addCompletion({
          person_id: person.personId,
          course_id: courseId,
          completed_at: now,
          credit_hours: hours(course.credit_hours),
        });
        if (inserted !== undefined) {
          credited = hours(inserted);
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
      return {
        lesson: toLessonProgress(row),
        courseCompleted,
        hoursCredited: credited,
        hoursEarned: hours(await r.hoursEarned(person.personId)),
      };
    });
  }

  return {
    async list(person: PersonActor): Promise<AppCourseList> {
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

    /** A course's content and the person's progress; quizzes without their answers. */
    async detail(person: PersonActor, courseId: string): Promise<AppCourseDetail> {
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
          progress: toLessonProgress(byLesson.get(l.id)),
        })),
        mediaIds: media.map((m) => m.id).filter((id) => used.has(id)),
      };
    },

    /** A media file of a published course that reaches the person. */
    async media(person: PersonActor, mediaId: string) {
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
      const result = await progress(person, courseId, lessonId, async (lesson, r) => {
        if (!lesson.quiz) throw new DomainError('NO_QUIZ', '该课节没有测验');
        const quiz = lesson.quiz;
        if (input.answers.length !== quiz.questions.length)
          throw invalid('answers', `请回答全部 ${quiz.questions.length} 道题`);
        const score = scoreQuiz(quiz, input.answers);
        Object.assign(box, { score, quiz });
        await r.addQuizAttempt({
          person_id: person.personId,
          lesson_id: lessonId,
          course_id: courseId,
          answers: JSON.stringify(input.answers),
          correct: score.correct,
          total: score.total,
          passed: score.passed,
          at: clock.now(),
        });
        // The quiz closes the lesson: passing it means the lesson was gone through.
        return { read: score.passed, quizPassed: score.passed };
      });
      const { score, quiz } = box;
      if (!score || !quiz) throw new Error('quiz attempt ran without a score');
      return { ...result, ...score, passMark: quiz.passMark };
    },
  };
}
export type StudyService = ReturnType<typeof createStudyService>;
