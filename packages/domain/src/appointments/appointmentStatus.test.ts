import { describe, expect, it } from 'vitest';
import {
  appointmentDayStatus,
  isAppointmentChangeable,
  type AppointmentStatus,
} from './appointmentStatus.ts';

const now = { date: '2026-11-30', time: '10:00' };
const slot = (status: AppointmentStatus, date: string, start = '09:00', end = '11:30') => ({
  status,
  date,
  start,
  end,
});

describe('a booking on the day list', () => {
  it('is booked until its slot ends, then a no-show', () => {
    expect(appointmentDayStatus(slot('booked', '2026-11-30', '09:00', '11:30'), now)).toBe('booked');
    expect(appointmentDayStatus(slot('booked', '2026-11-30', '08:00', '10:00'), now)).toBe('no_show');
    expect(appointmentDayStatus(slot('booked', '2026-11-29'), now)).toBe('no_show');
    expect(appointmentDayStatus(slot('booked', '2026-12-01'), now)).toBe('booked');
  });

  it('keeps every status but booked as it is', () => {
    for (const status of ['arrived', 'tested', 'cancelled'] as const)
      expect(appointmentDayStatus(slot(status, '2026-11-29'), now)).toBe(status);
  });
});

describe('changing a booking', () => {
  it('is possible until the slot begins', () => {
    expect(isAppointmentChangeable(slot('booked', '2026-11-30', '10:01'), now)).toBe(true);
    expect(isAppointmentChangeable(slot('booked', '2026-11-30', '10:00'), now)).toBe(false);
    expect(isAppointmentChangeable(slot('booked', '2026-12-01', '08:00'), now)).toBe(true);
  });

  it('is not possible once arrived, tested or cancelled', () => {
    for (const status of ['arrived', 'tested', 'cancelled'] as const)
      expect(isAppointmentChangeable(slot(status, '2026-12-01'), now)).toBe(false);
  });
});
