import type { StoredQuiz } from './tables.ts';

/** The share of a video a person must reach for it to count as watched. */
export const VIDEO_WATCHED_PERCENT = 90;

export interface QuizScore {
  correct: number;
  total: number;
  passed: boolean;
  /** Per question: answered right. A missing answer is wrong. */
  marks: boolean[];
}

/** Scores a single-choice quiz: passed when the right answers reach the pass mark (≥, not >). */
export function scoreQuiz(quiz: StoredQuiz, answers: readonly number[]): QuizScore {
  const marks = quiz.questions.map((q, i) => answers[i] === q.answer);
  const correct = marks.filter(Boolean).length;
  return { correct, total: quiz.questions.length, passed: correct >= quiz.passMark, marks };
}

/**
 * A lesson is complete when everything it holds is done: its text read to the end, its video (if
 * any) watched to at least 90%, and its quiz (if any) passed.
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
