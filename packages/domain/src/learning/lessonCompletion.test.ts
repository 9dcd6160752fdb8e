import { describe, expect, it } from 'vitest';
import { isCourseComplete, isLessonComplete } from './lessonCompletion.ts';

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

describe('isCourseComplete', () => {
  it('needs every lesson done', () => {
    expect(isCourseComplete(['a', 'b'], new Set(['a', 'b']))).toBe(true);
    expect(isCourseComplete(['a', 'b'], new Set(['a']))).toBe(false);
  });
  it('never completes a course without lessons', () => {
    expect(isCourseComplete([], new Set(['a']))).toBe(false);
  });
});
