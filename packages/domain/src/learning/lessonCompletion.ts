// 网上学习: when a lesson counts as done. A course's credit hours are earned when all of its
// lessons are done (the server credits them once).

/** The share of a video a person must reach for it to count as watched, in percent (local policy). */
export const VIDEO_WATCHED_PERCENT = 90;

/**
 * A lesson is complete when everything it holds is done: its text read to the end, its video (if
 * any) watched to at least VIDEO_WATCHED_PERCENT, and its quiz (if any) passed.
 */
export function isLessonComplete(
  lesson: { hasVideo: boolean; hasQuiz: boolean },
  progress: { read: boolean; videoPercent: number; quizPassed: boolean },
): boolean {
  return (
    progress.read &&
    (!lesson.hasVideo || progress.videoPercent >= VIDEO_WATCHED_PERCENT) &&
    (!lesson.hasQuiz || progress.quizPassed)
  );
}

/** A course is complete when it has lessons and every one of them is complete. */
export function isCourseComplete(lessonIds: readonly string[], completed: ReadonlySet<string>): boolean {
  return lessonIds.length > 0 && lessonIds.every((id) => completed.has(id));
}
