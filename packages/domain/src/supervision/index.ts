// The legal rules of community supervision (社区戒毒 / 社区康复): pure functions, no I/O, no clock.
export * from './dates.ts';
export * from './deadlines.ts';
export * from './term.ts';
export * from './lifecycle.ts';
export * from './schedule.ts';
export * from './drugTest.ts';
export * from './randomTests.ts';
export * from './violations.ts';
export * from './exemptions.ts';
export * from './abstinence.ts';
export * from './testing.ts';
export * from './policeReport.ts';
export * from './credit.ts';
export * from './executionPlace.ts';
export * from './education.ts';
export * from './testRefusal.ts';
export * from './noEarlyRelease.ts';
