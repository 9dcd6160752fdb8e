export * from './leaveRequest.ts';
