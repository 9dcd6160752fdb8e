export * from './calendar.ts';
export * from './appointmentStatus.ts';
