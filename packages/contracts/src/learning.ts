import { z } from 'zod';
import { Id, Page, PageQuery, Ref } from './common.ts';

/**
 * 在线学习 (online learning): courses of ordered lessons (text in a small Markdown subset, images,
 * video, an optional single-choice quiz) that staff publish and persons study in the app.
 *
 * Scope: a course belongs to the org unit of the staff member who created it and is shown to the
 * persons managed within that subtree — a city admin's course is city-wide, a county admin's reaches
 * that county, a township officer's that township. The starter courses are city-wide.
 */

export const courseCategories = [
  'law',
  'drug_harm',
  'relapse_prevention',
  'mental_health',
  'job_skills',
] as const;
export const CourseCategory = z.enum(courseCategories, { error: '请选择课程类别' });
export type CourseCategory = z.infer<typeof CourseCategory>;
export const courseCategoryLabels: Record<CourseCategory, { zh: string; en: string }> = {
  law: { zh: '法律法规', en: 'Law' },
  drug_harm: { zh: '毒品危害', en: 'Harm of drugs' },
  relapse_prevention: { zh: '预防复吸', en: 'Relapse prevention' },
  mental_health: { zh: '心理健康', en: 'Mental health' },
  job_skills: { zh: '就业技能', en: 'Job skills' },
};

export const CourseStatus = z.enum(['draft', 'published']);
export type CourseStatus = z.infer<typeof CourseStatus>;
export const courseStatusLabels: Record<CourseStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
};

export const MediaKind = z.enum(['image', 'video']);
export type MediaKind = z.infer<typeof MediaKind>;
/** Course media limits: checked by content on upload. */
export const MEDIA_LIMITS: Record<MediaKind, { maxBytes: number; mimes: readonly string[] }> = {
  image: { maxBytes: 2 * 1024 * 1024, mimes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] },
  video: { maxBytes: 20 * 1024 * 1024, mimes: ['video/mp4', 'video/webm'] },
};

export const CourseMedia = z.object({
  id: Id,
  kind: MediaKind,
  mime: z.string(),
  size: z.number().int(),
});
export type CourseMedia = z.infer<typeof CourseMedia>;

/** The app path of a media file; the console reads the same file under /api/learning/media. */
export const mediaUrl = (id: string, face: 'app' | 'console') =>
  face === 'app' ? `/api/m/learning/media/${id}` : `/api/learning/media/${id}`;

// ---------------------------------------------------------------- quiz

export const QuizQuestionInput = z.object({
  text: z.string().trim().min(1, '请输入题目').max(300, '题目最多 300 字'),
  options: z
    .array(z.string().trim().min(1, '选项不能为空').max(120, '选项最多 120 字'))
    .min(2, '每题至少 2 个选项')
    .max(6, '每题最多 6 个选项'),
  /** Index of the right option. */
  answer: z.number().int().min(0, '请选择正确答案'),
});
export type QuizQuestionInput = z.infer<typeof QuizQuestionInput>;

export const QuizInput = z
  .object({
    questions: z.array(QuizQuestionInput).min(1, '测验至少 1 题').max(10, '测验最多 10 题'),
    /** Right answers needed to pass. */
    passMark: z.number().int().min(1, '及格题数至少为 1'),
  })
  .superRefine((q, ctx) => {
    q.questions.forEach((item, i) => {
      if (item.answer >= item.options.length)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'answer'],
          message: '正确答案须是该题的一个选项',
        });
    });
    if (q.passMark > q.questions.length)
      ctx.addIssue({ code: 'custom', path: ['passMark'], message: '及格题数不能多于题目数' });
  });
export type QuizInput = z.infer<typeof QuizInput>;

// ---------------------------------------------------------------- lesson text (a safe Markdown subset)

/**
 * Lesson text is a small Markdown subset, parsed into blocks that the front ends render as React
 * elements (never as HTML): `#`/`##`/`###` headings, paragraphs, `-` and `1.` lists, `> ` notes,
 * `**bold**`, and images on their own line as `![说明](media:<id>)` naming an uploaded image.
 */
export type Inline = { text: string; bold: boolean };
export type LessonBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'note'; text: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'image'; mediaId: string; alt: string };

const IMAGE_LINE = /^!\[([^\]]*)\]\(media:([0-9a-f-]{36})\)$/i;

export function parseInline(s: string): Inline[] {
  const parts = s.split('**');
  // An unpaired ** stays as text.
  if (parts.length % 2 === 0) parts.splice(-2, 2, `${parts.at(-2)}**${parts.at(-1)}`);
  return parts.flatMap((text, i) => (text ? [{ text, bold: i % 2 === 1 }] : []));
}

export function parseLessonText(source: string): LessonBlock[] {
  const blocks: LessonBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: parseInline(paragraph.join('')) });
    paragraph = [];
    if (list) blocks.push({ kind: 'list', ...list });
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const image = IMAGE_LINE.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    const numbered = /^\d{1,3}[.、]\s*(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({
        kind: 'heading',
        level: heading[1]!.length as 1 | 2 | 3,
        text: parseInline(heading[2]!),
      });
    } else if (image) {
      flush();
      blocks.push({ kind: 'image', alt: image[1]!, mediaId: image[2]!.toLowerCase() });
    } else if (line.startsWith('>')) {
      flush();
      blocks.push({ kind: 'note', text: parseInline(line.replace(/^>\s*/, '')) });
    } else if (bullet || numbered) {
      const ordered = !bullet;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(parseInline((bullet ?? numbered)![1]!));
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** The image ids a lesson text names. */
export const lessonImageIds = (source: string) =>
  parseLessonText(source).flatMap((b) => (b.kind === 'image' ? [b.mediaId] : []));

// ---------------------------------------------------------------- staff: courses

export const LessonInput = z.object({
  /** Present for a lesson that already exists (keeps the persons' progress on it). */
  id: Id.optional(),
  title: z.string().trim().min(1, '请输入课节标题').max(100, '课节标题最多 100 字'),
  body: z.string().max(20_000, '正文最多 20000 字').default(''),
  videoMediaId: Id.nullable().default(null),
  quiz: QuizInput.nullable().default(null),
});
export type LessonInput = z.input<typeof LessonInput>;

export const CourseInput = z.object({
  title: z.string().trim().min(2, '课程名称至少 2 个字').max(60, '课程名称最多 60 字'),
  summary: z.string().trim().max(300, '简介最多 300 字').default(''),
  category: CourseCategory,
  creditHours: z
    .number({ error: '请输入学时' })
    .min(0.5, '学时至少 0.5')
    .max(20, '学时最多 20')
    .refine((n) => Number.isInteger(n * 2), '学时以 0.5 为单位'),
  coverMediaId: Id.nullable().default(null),
  lessons: z.array(LessonInput).max(30, '课节最多 30 个').default([]),
});
export type CourseInput = z.input<typeof CourseInput>;

export const CourseListQuery = PageQuery.extend({
  q: z.string().trim().max(60).optional(),
  status: CourseStatus.optional(),
  category: CourseCategory.optional(),
});
export type CourseListQuery = z.input<typeof CourseListQuery>;

export const CourseListItem = z.object({
  id: Id,
  title: z.string(),
  summary: z.string(),
  category: CourseCategory,
  creditHours: z.number(),
  status: CourseStatus,
  coverMediaId: z.string().nullable(),
  lessonCount: z.number().int(),
  scope: Ref,
  starter: z.boolean(),
  /** The actor may edit it (it lies within their org subtree). */
  editable: z.boolean(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type CourseListItem = z.infer<typeof CourseListItem>;
export const CourseList = Page(CourseListItem);
export type CourseList = z.infer<typeof CourseList>;

export const QuizQuestion = z.object({
  text: z.string(),
  options: z.array(z.string()),
  answer: z.number().int(),
});
export const Quiz = z.object({ questions: z.array(QuizQuestion), passMark: z.number().int() });
export type Quiz = z.infer<typeof Quiz>;

export const Lesson = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  videoMediaId: z.string().nullable(),
  quiz: Quiz.nullable(),
});
export type Lesson = z.infer<typeof Lesson>;

export const CourseDetail = CourseListItem.extend({
  lessons: z.array(Lesson),
  media: z.array(CourseMedia),
});
export type CourseDetail = z.infer<typeof CourseDetail>;

export const CourseStatRow = z.object({
  id: Id,
  title: z.string(),
  category: CourseCategory,
  status: CourseStatus,
  creditHours: z.number(),
  /** Persons in the actor's jurisdiction who opened at least one lesson. */
  learners: z.number().int(),
  completions: z.number().int(),
});
export const CourseStats = z.object({
  items: z.array(CourseStatRow),
  totalCompletions: z.number().int(),
  totalHours: z.number(),
});
export type CourseStats = z.infer<typeof CourseStats>;

/** The learning record on a person's file. */
export const PersonLearning = z.object({
  hours: z.number(),
  completedCount: z.number().int(),
  courses: z.array(
    z.object({
      id: Id,
      title: z.string(),
      category: CourseCategory,
      creditHours: z.number(),
      lessonsDone: z.number().int(),
      lessonCount: z.number().int(),
      completedAt: z.string().nullable(),
      hoursCredited: z.number(),
      lastActivityAt: z.string().nullable(),
    }),
  ),
});
export type PersonLearning = z.infer<typeof PersonLearning>;

// ---------------------------------------------------------------- the person app

export const AppCourseItem = z.object({
  id: Id,
  title: z.string(),
  summary: z.string(),
  category: CourseCategory,
  creditHours: z.number(),
  coverMediaId: z.string().nullable(),
  lessonCount: z.number().int(),
  lessonsDone: z.number().int(),
  completedAt: z.string().nullable(),
});
export type AppCourseItem = z.infer<typeof AppCourseItem>;

export const AppCourseList = z.object({
  items: z.array(AppCourseItem),
  hoursEarned: z.number(),
  completedCount: z.number().int(),
});
export type AppCourseList = z.infer<typeof AppCourseList>;

/** A quiz as the person sees it: no answers. */
export const AppQuiz = z.object({
  questions: z.array(z.object({ text: z.string(), options: z.array(z.string()) })),
  passMark: z.number().int(),
});

export const LessonProgress = z.object({
  read: z.boolean(),
  videoPercent: z.number().int(),
  quizPassed: z.boolean(),
  quizAttempts: z.number().int(),
  completed: z.boolean(),
});
export type LessonProgress = z.infer<typeof LessonProgress>;

export const AppLesson = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  videoMediaId: z.string().nullable(),
  quiz: AppQuiz.nullable(),
  progress: LessonProgress,
});
export type AppLesson = z.infer<typeof AppLesson>;

export const AppCourseDetail = AppCourseItem.extend({
  lessons: z.array(AppLesson),
  /** Every media id the course uses, for 下载离线学习. */
  mediaIds: z.array(z.string()),
});
export type AppCourseDetail = z.infer<typeof AppCourseDetail>;

export const LessonProgressInput = z.object({
  /** Read to the end of the text. */
  read: z.boolean().default(false),
  /** The furthest point of the video reached, in percent. */
  videoPercent: z.number().int().min(0).max(100).optional(),
});
export type LessonProgressInput = z.input<typeof LessonProgressInput>;

/** What a progress write or a quiz attempt changed. */
export const ProgressResult = z.object({
  lesson: LessonProgress,
  courseCompleted: z.boolean(),
  /** Hours credited by THIS write (0 when the course was already complete). */
  hoursCredited: z.number(),
  hoursEarned: z.number(),
});
export type ProgressResult = z.infer<typeof ProgressResult>;

export const QuizAttemptInput = z.object({
  answers: z.array(z.number().int().min(0)).min(1, '请作答').max(10),
});
export type QuizAttemptInput = z.infer<typeof QuizAttemptInput>;

export const QuizResult = ProgressResult.extend({
  correct: z.number().int(),
  total: z.number().int(),
  passMark: z.number().int(),
  passed: z.boolean(),
  /** Per question: answered right or not (the right option is not told, so a retry means something). */
  marks: z.array(z.boolean()),
});
export type QuizResult = z.infer<typeof QuizResult>;
