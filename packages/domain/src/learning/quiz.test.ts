import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreQuiz } from './quiz.ts';

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

  it('counts the marks, and passes exactly when they reach the pass mark', () => {
    const answers = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 6 });
    fc.assert(
      fc.property(answers, (a) => {
        const s = scoreQuiz(quiz, a);
        expect(s.marks).toHaveLength(4);
        expect(s.correct).toBe(s.marks.filter(Boolean).length);
        expect(s.passed).toBe(s.correct >= quiz.passMark);
      }),
    );
  });
});
