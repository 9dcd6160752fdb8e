export * from './isoWeekday.ts';
