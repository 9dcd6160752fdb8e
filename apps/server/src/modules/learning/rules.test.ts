import { describe, expect, it } from 'vitest';
import { isLessonComplete, scoreQuiz } from './rules.ts';

const quiz = {
  passMark: 3,
  questions: [0, 1, 2, 3].map((answer) => ({
    text: `第${answer + 1}题`,
    options: ['A', 'B', 'C', 'D'],
    answer,
  })),
};

describe('scoreQuiz', () => {
  it('passes exactly at the pass mark and fails one below it', () => {
    expect(scoreQuiz(quiz, [0, 1, 2, 0])).toMatchObject({ correct: 3, total: 4, passed: true });
    expect(scoreQuiz(quiz, [0, 1, 0, 0])).toMatchObject({ correct: 2, passed: false });
    expect(scoreQuiz(quiz, [0, 1, 2, 3])).toMatchObject({ correct: 4, passed: true });
  });

  it('marks each question and counts a missing answer as wrong', () => {
    expect(scoreQuiz(quiz, [0, 3])).toEqual({
      correct: 1,
      total: 4,
      passed: false,
      marks: [true, false, false, false],
    });
  });
});

describe('isLessonComplete', () => {
  const done = { read: true, videoPercent: 0, quizPassed: false };
  it('needs the text read', () => {
    expect(isLessonComplete({ hasVideo: false, hasQuiz: false }, done)).toBe(true);
    expect(isLessonComplete({ hasVideo: false, hasQuiz: false }, { ...done, read: false })).toBe(false);
  });
  it('needs a video watched to 90% (89 is not enough)', () => {
    const lesson = { hasVideo: true, hasQuiz: false };
    expect(isLessonComplete(lesson, { ...done, videoPercent: 89 })).toBe(false);
    expect(isLessonComplete(lesson, { ...done, videoPercent: 90 })).toBe(true);
  });
  it('needs a quiz passed', () => {
    const lesson = { hasVideo: false, hasQuiz: true };
    expect(isLessonComplete(lesson, done)).toBe(false);
    expect(isLessonComplete(lesson, { ...done, quizPassed: true })).toBe(true);
  });
});
