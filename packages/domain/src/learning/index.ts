export * from './lessonCompletion.ts';
export * from './quiz.ts';
