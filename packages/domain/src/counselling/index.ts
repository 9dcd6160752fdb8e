export * from './alerts.ts';
export * from './bookings.ts';
export * from './slots.ts';
