import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppCourseDetail,
  AppCourseList,
  CourseDetail,
  CourseInput,
  CourseList,
  CourseListQuery,
  CourseMedia,
  CourseStats,
  ErrorBody,
  LessonProgressInput,
  MEDIA_LIMITS,
  PersonLearning,
  ProgressResult,
  QuizAttemptInput,
  QuizResult,
} from '@taobo/contracts';
import { actorOf, personOf } from '../../platform/request.ts';
import { DomainError } from '../../errors.ts';
import { requireMultipart } from '../../platform/fileHttp.ts';
import type { CourseService } from './courseService.ts';
import type { LearningRecordService } from './learningRecordService.ts';
import type { StudyService } from './studyService.ts';

const courseParams = z.object({ id: z.string().uuid('课程 ID 格式无效') });
const lessonParams = z.object({
  id: z.string().uuid('课程 ID 格式无效'),
  lessonId: z.string().uuid('课节 ID 格式无效'),
});
const mediaParams = z.object({ id: z.string().uuid('文件 ID 格式无效') });
const personParams = z.object({ id: z.string().uuid('档案 ID 格式无效') });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const MEDIA_MIMES = [...MEDIA_LIMITS.image.mimes, ...MEDIA_LIMITS.video.mimes];

/**
 * Course media never changes under its id (a new file is a new id): cached for a year, revalidated
 * by its id as ETag. Private: it is served to signed-in users only.
 */
function sendMedia(
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  media: { bytes: Buffer; mime: string },
) {
  const etag = `"${id}"`;
  reply.header('cache-control', 'private, max-age=31536000, immutable').header('etag', etag);
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type(media.mime).send(media.bytes as never);
}

/** Staff: course authoring, and the learning figures and records. */
export const learningRoutes =
  ({ courses, records }: { courses: CourseService; records: LearningRecordService }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/learning/courses',
      {
        schema: {
          tags: ['learning'],
          summary: '课程列表（本级及下级的课程，和上级发布到本辖区的课程）',
          querystring: CourseListQuery,
          response: { 200: CourseList, ...errors },
        },
      },
      async (request) => courses.list(actorOf(request), request.query),
    );

    app.post(
      '/learning/courses',
      {
        schema: {
          tags: ['learning'],
          summary: '新建课程（草稿；面向本单位辖区的人员）',
          body: CourseInput,
          response: { 201: CourseDetail, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await courses.create(actorOf(request), request.body)),
    );

    app.get(
      '/learning/courses/:id',
      {
        schema: {
          tags: ['learning'],
          summary: '课程详情（含课节、测验答案、媒体）',
          params: courseParams,
          response: { 200: CourseDetail, ...errors },
        },
      },
      async (request) => courses.detail(actorOf(request), request.params.id),
    );

    app.put(
      '/learning/courses/:id',
      {
        schema: {
          tags: ['learning'],
          summary: '保存课程（整门课程，课节按顺序；带 id 的课节保留学习进度）',
          params: courseParams,
          body: CourseInput,
          response: { 200: CourseDetail, ...errors },
        },
      },
      async (request) => courses.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/learning/courses/:id/publish',
      {
        schema: {
          tags: ['learning'],
          summary: '发布课程',
          params: courseParams,
          response: { 200: CourseDetail, 409: ErrorBody, ...errors },
        },
      },
      async (request) => courses.setStatus(actorOf(request), request.params.id, 'published'),
    );

    app.post(
      '/learning/courses/:id/unpublish',
      {
        schema: {
          tags: ['learning'],
          summary: '下架课程（人员不再看到；已记学时保留）',
          params: courseParams,
          response: { 200: CourseDetail, ...errors },
        },
      },
      async (request) => courses.setStatus(actorOf(request), request.params.id, 'draft'),
    );

    app.delete(
      '/learning/courses/:id',
      {
        schema: {
          tags: ['learning'],
          summary: '删除未发布且无人学习过的课程',
          params: courseParams,
          response: { 204: z.null(), 409: ErrorBody, ...errors },
        },
      },
      async (request, reply) => {
        await courses.remove(actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/learning/courses/:id/media',
      {
        schema: {
          tags: ['learning'],
          summary: '上传课程图片（≤ 2 MB）或视频（MP4/WebM，≤ 20 MB），按内容识别类型',
          params: courseParams,
          consumes: ['multipart/form-data'],
          response: { 201: CourseMedia, 413: ErrorBody, 415: ErrorBody, ...errors },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        requireMultipart(request);
        const file = await request.file({ limits: { fileSize: MEDIA_LIMITS.video.maxBytes, files: 1 } });
        if (!file) throw new DomainError('VALIDATION', '请选择文件');
        const bytes = await file.toBuffer();
        return reply.status(201).send(await courses.addMedia(actor, request.params.id, bytes));
      },
    );

    app.get(
      '/learning/media/:id',
      {
        // Course content, no one's personal data: cached (platform/requestGuards.ts).
        config: { cacheable: true },
        schema: {
          tags: ['learning'],
          summary: '课程媒体文件（工作人员）',
          params: mediaParams,
          produces: MEDIA_MIMES,
          response: errors,
        },
      },
      async (request, reply) =>
        sendMedia(
          request,
          reply,
          request.params.id,
          await courses.media(actorOf(request), request.params.id),
        ),
    );

    app.get(
      '/learning/stats',
      {
        schema: {
          tags: ['learning'],
          summary: '学习统计：各课程在本辖区的学习人数与完成人数',
          response: { 200: CourseStats, ...errors },
        },
      },
      async (request) => records.stats(actorOf(request)),
    );

    app.get(
      '/persons/:id/learning',
      {
        schema: {
          tags: ['learning'],
          summary: '人员的学习记录：学时与课程（查看即留痕）',
          params: personParams,
          response: { 200: PersonLearning, ...errors },
        },
      },
      async (request) => records.ofPerson(actorOf(request), request.params.id),
    );
  };

/** The person app (洮泊家园): the courses that reach the signed-in person, and their progress. */
export const personLearningRoutes =
  (study: StudyService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/m/courses',
      {
        schema: {
          tags: ['person app'],
          summary: '我的课程：已发布到我所在地区的课程与学习进度',
          response: { 200: AppCourseList, 401: ErrorBody },
        },
      },
      async (request) => study.list(personOf(request)),
    );

    app.get(
      '/m/courses/:id',
      {
        schema: {
          tags: ['person app'],
          summary: '课程内容与我的进度（测验不含答案）',
          params: courseParams,
          response: { 200: AppCourseDetail, 401: ErrorBody, 404: ErrorBody },
        },
      },
      async (request) => study.detail(personOf(request), request.params.id),
    );

    app.post(
      '/m/courses/:id/lessons/:lessonId/progress',
      {
        schema: {
          tags: ['person app'],
          summary: '记录学习进度（读完正文 / 视频观看进度）；课程全部完成时记学时，只记一次',
          params: lessonParams,
          body: LessonProgressInput,
          response: { 200: ProgressResult, 401: ErrorBody, ...errors },
        },
      },
      async (request) =>
        study.recordProgress(personOf(request), request.params.id, request.params.lessonId, request.body),
    );

    app.post(
      '/m/courses/:id/lessons/:lessonId/quiz',
      {
        schema: {
          tags: ['person app'],
          summary: '提交测验答案，立即评分（可重做）',
          params: lessonParams,
          body: QuizAttemptInput,
          response: { 200: QuizResult, 401: ErrorBody, 409: ErrorBody, ...errors },
        },
      },
      async (request) =>
        study.attemptQuiz(personOf(request), request.params.id, request.params.lessonId, request.body),
    );

    app.get(
      '/m/learning/media/:id',
      {
        config: { cacheable: true },
        schema: {
          tags: ['person app'],
          summary: '课程图片或视频',
          params: mediaParams,
          produces: MEDIA_MIMES,
          response: { 401: ErrorBody, 404: ErrorBody },
        },
      },
      async (request, reply) =>
        sendMedia(request, reply, request.params.id, await study.media(personOf(request), request.params.id)),
    );
  };
