export * from './checkinPolicy.ts';
