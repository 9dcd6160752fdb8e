export * from './common.ts';
export * from './roles.ts';
export * from './org.ts';
export * from './auth.ts';
export * from './staff.ts';
export * from './person.ts';
export * from './audit.ts';
export * from './stats.ts';
