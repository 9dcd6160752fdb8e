import type { CourseListItem, LessonProgress } from '@taobo/contracts';
import { isWithin, type Actor } from '../../platform/access.ts';
import type { LearningRepo } from './repo.ts';

// Rows as the API shows them.

type CourseRow = NonNullable<Awaited<ReturnType<LearningRepo['findForStaff']>>>;
type ProgressRow = Awaited<ReturnType<LearningRepo['progressOf']>>[number];

/** numeric credit hours, which pg returns as a string, as a number. */
export const hours = (v: string | number | null | undefined) => Number(v ?? 0);
export const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

/** A course in the staff list; `editable` when it belongs to the actor's subtree. */
export function toListItem(actor: Actor, c: CourseRow): CourseListItem {
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
    editable: isWithin(c.scope_path, actor.orgPath),
    updatedAt: new Date(c.updated_at).toISOString(),
    publishedAt: iso(c.published_at),
  };
}

export function toLessonProgress(p: ProgressRow | undefined): LessonProgress {
  return {
    read: !!p?.read_at,
    videoPercent: p?.video_percent ?? 0,
    quizPassed: !!p?.quiz_passed_at,
    quizAttempts: p?.quiz_attempts ?? 0,
    completed: !!p?.completed_at,
  };
}
