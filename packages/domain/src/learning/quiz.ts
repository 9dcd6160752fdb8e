/** A single-choice quiz as the server keeps it: each question's right option, and the pass mark. */
export interface Quiz {
  questions: readonly { answer: number }[];
  /** Right answers needed to pass. */
  passMark: number;
}

export interface QuizScore {
  correct: number;
  total: number;
  passed: boolean;
  /** Per question: answered right. A missing answer is wrong. */
  marks: boolean[];
}

/** Scores a single-choice quiz: passed when the right answers reach the pass mark (≥, not >). */
export function scoreQuiz(quiz: Quiz, answers: readonly number[]): QuizScore {
  const marks = quiz.questions.map((q, i) => answers[i] === q.answer);
  const correct = marks.filter(Boolean).length;
  return { correct, total: quiz.questions.length, passed: correct >= quiz.passMark, marks };
}
