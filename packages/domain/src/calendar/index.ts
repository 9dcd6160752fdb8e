export * from './isoWeekday.ts';
export * from './workdays.ts';
