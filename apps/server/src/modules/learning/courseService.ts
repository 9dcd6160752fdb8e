import {
  CourseInput,
  lessonImageIds,
  MEDIA_LIMITS,
  type CourseDetail,
  type CourseList,
  type CourseListQuery,
  type CourseMedia,
} from '@taobo/contracts';
import type { z } from 'zod';
import type { Clock } from '../../clock.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { isWithin, requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import { cleanImage, sniff, type FileStore } from '../../platform/files.ts';
import type { LearningRepo } from './repo.ts';
import { toListItem } from './views.ts';

type CourseRow = NonNullable<Awaited<ReturnType<LearningRepo['findForStaff']>>>;

const ALL_MEDIA_MIMES = [...MEDIA_LIMITS.image.mimes, ...MEDIA_LIMITS.video.mimes];
const mediaKey = (courseId: string, mediaId: string) => `learning/${courseId}/${mediaId}`;

/**
 * Course authoring (staff): courses of the actor's subtree with their lessons, quizzes and media,
 * drafted, published and unpublished. Courses of the units above are shown read-only.
 */
export function createCourseService(deps: {
  repo: LearningRepo;
  clock: Clock;
  audit: AuditLog;
  files: FileStore;
}) {
  const { repo, clock, audit, files } = deps;

  async function editable(actor: Actor, id: string): Promise<CourseRow> {
    requirePermission(actor, 'course:manage');
    const c = await repo.findForStaff(actor, id);
    if (!c) throw notFound('课程');
    if (!isWithin(c.scope_path, actor.orgPath))
      throw new DomainError('FORBIDDEN', '该课程由上级单位发布，您只能查看');
    return c;
  }

  /** Media named by a course must be that course's own, of the right kind. */
  async function checkMedia(courseId: string | null, input: z.output<typeof CourseInput>) {
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

  async function detail(actor: Actor, id: string): Promise<CourseDetail> {
    requirePermission(actor, 'course:manage');
    const c = await repo.findForStaff(actor, id);
    if (!c) throw notFound('课程');
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

  return {
    async list(
      actor: Actor,
      query: CourseListQuery & { page: number; pageSize: number },
    ): Promise<CourseList> {
      requirePermission(actor, 'course:manage');
      const { rows, total } = await repo.listForStaff(actor, query);
      return { items: rows.map((r) => toListItem(actor, r)), total };
    },

    detail,

    async create(actor: Actor, raw: CourseInput): Promise<CourseDetail> {
      requirePermission(actor, 'course:manage');
      const input = CourseInput.parse(raw);
      await checkMedia(null, input);
      const now = clock.now();
      const id = await repo.transaction(async (r, trx) => {
        const id = await r.addCourse({
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
        });
        await r.writeLessons(id, input.lessons);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'course.create',
          targetType: 'course',
          targetId: id,
        });
        return id;
      });
      return detail(actor, id);
    },

    async update(actor: Actor, id: string, raw: CourseInput): Promise<CourseDetail> {
      const course = await editable(actor, id);
      const input = CourseInput.parse(raw);
      await checkMedia(id, input);
      if (course.status === 'published' && input.lessons.length === 0)
        throw invalid('lessons', '已发布的课程至少要有 1 个课节');
      await repo.transaction(async (r, trx) => {
        await r.updateCourse(id, {
          title: input.title,
          summary: input.summary,
          category: input.category,
          credit_hours: input.creditHours,
          cover_media_id: input.coverMediaId,
          updated_at: clock.now(),
          updated_by: actor.id,
        });
        await r.writeLessons(id, input.lessons);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'course.update',
          targetType: 'course',
          targetId: id,
          details: { lessons: input.lessons.length },
        });
      });
      return detail(actor, id);
    },

    /** Publishes (every lesson must hold text or a video) or unpublishes a course. */
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
        await repo.transaction(async (r, trx) => {
          await r.updateCourse(id, {
            status,
            updated_at: now,
            updated_by: actor.id,
            ...(status === 'published' && { published_at: now }),
          });
          await audit.record(trx, {
            ...auditActor(actor),
            action: status === 'published' ? 'course.publish' : 'course.unpublish',
            targetType: 'course',
            targetId: id,
          });
        });
      }
      return detail(actor, id);
    },

    /** Deletes a draft nobody has studied; a course with learners is unpublished instead. */
    async remove(actor: Actor, id: string): Promise<void> {
      const course = await editable(actor, id);
      if (course.status === 'published')
        throw new DomainError('COURSE_PUBLISHED', '已发布的课程请先下架再删除');
      if (await repo.hasLearners(id))
        throw new DomainError('COURSE_HAS_LEARNERS', '已有人员学习过该课程，不能删除（可保持下架）');
      const media = await repo.media(id);
      await repo.transaction(async (r, trx) => {
        await r.deleteCourse(id);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'course.delete',
          targetType: 'course',
          targetId: id,
        });
      });
      for (const m of media) await files.delete(mediaKey(id, m.id));
    },

    /** An image (≤ 2 MB) or video (≤ 20 MB) for a course, checked by its content. */
    async addMedia(actor: Actor, courseId: string, bytes: Buffer): Promise<CourseMedia> {
      await editable(actor, courseId);
      const mime = await sniff(bytes, ALL_MEDIA_MIMES, MEDIA_LIMITS.video.maxBytes);
      const kind = MEDIA_LIMITS.image.mimes.includes(mime) ? 'image' : 'video';
      if (bytes.length > MEDIA_LIMITS[kind].maxBytes)
        throw new DomainError('FILE_TOO_LARGE', '图片过大（不超过 2 MB）');
      // An image is re-encoded without the camera's EXIF (where and with what it was taken).
      const clean = await cleanImage(bytes, mime);
      return repo.transaction(async (r, trx) => {
        const id = await r.addMedia({
          course_id: courseId,
          kind,
          mime,
          size: clean.length,
          file_key: 'pending',
          created_at: clock.now(),
          created_by: actor.id,
        });
        const key = mediaKey(courseId, id);
        await files.put(key, clean);
        await r.setMediaKey(id, key);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'course.media_upload',
          targetType: 'course',
          targetId: courseId,
          details: { mediaId: id, kind, size: clean.length },
        });
        return { id, kind, mime, size: clean.length };
      });
    },

    /** A media file of a course the actor can see. */
    async media(actor: Actor, mediaId: string) {
      requirePermission(actor, 'course:manage');
      const m = await repo.mediaForStaff(actor, mediaId);
      const bytes = m && (await files.get(m.file_key));
      if (!m || !bytes) throw notFound('文件');
      return { bytes, mime: m.mime };
    },
  };
}
export type CourseService = ReturnType<typeof createCourseService>;
