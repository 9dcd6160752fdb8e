// The vocabulary of a person's file.
export * from './gender.ts';
export * from './personStatus.ts';
