import { describe, expect, it } from 'vitest';
import { bookingDays, isoWeekday, shanghaiNow, slotStarted } from './calendar.ts';

describe('booking calendar', () => {
  it('reads the business day and time in Asia/Shanghai, across UTC midnight', () => {
    expect(shanghaiNow(new Date('2026-11-29T02:00:00Z'))).toEqual({ date: '2026-11-29', time: '10:00' });
    expect(shanghaiNow(new Date('2026-11-29T16:30:00Z'))).toEqual({ date: '2026-11-30', time: '00:30' });
  });

  it('numbers weekdays from Monday = 1 to Sunday = 7', () => {
    expect(isoWeekday('2026-11-30')).toBe(1); // a Monday
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekday('2026-12-05')).toBe(6);
  });

  it('treats a slot as started from its first minute on, and every slot of a past day as started', () => {
    const now = { date: '2026-11-30', time: '09:00' };
    expect(slotStarted('2026-11-30', '09:00', now)).toBe(true);
    expect(slotStarted('2026-11-30', '09:01', now)).toBe(false);
    expect(slotStarted('2026-11-29', '23:00', now)).toBe(true);
    expect(slotStarted('2026-12-01', '08:00', now)).toBe(false);
  });

  it('offers today and the next 13 days', () => {
    const days = bookingDays('2026-11-30', 14);
    expect(days).toHaveLength(14);
    expect(days[0]).toBe('2026-11-30');
    expect(days.at(-1)).toBe('2026-12-13');
  });
});
