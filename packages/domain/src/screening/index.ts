export * from './screening.ts';
