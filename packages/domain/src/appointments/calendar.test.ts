import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TEST_BOOKING_DAYS_AHEAD,
  lastTestBookingDay,
  shanghaiNow,
  slotStarted,
  testBookingDays,
} from './calendar.ts';

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('test booking calendar', () => {
  it('reads the business day and time in Asia/Shanghai, across UTC midnight', () => {
    expect(shanghaiNow(new Date('2026-11-29T02:00:00Z'))).toEqual({ date: '2026-11-29', time: '10:00' });
    expect(shanghaiNow(new Date('2026-11-29T16:30:00Z'))).toEqual({ date: '2026-11-30', time: '00:30' });
  });

  it('treats a slot as started from its first minute on, and every slot of a past day as started', () => {
    const now = { date: '2026-11-30', time: '09:00' };
    expect(slotStarted('2026-11-30', '09:00', now)).toBe(true);
    expect(slotStarted('2026-11-30', '09:01', now)).toBe(false);
    expect(slotStarted('2026-11-29', '23:00', now)).toBe(true);
    expect(slotStarted('2026-12-01', '08:00', now)).toBe(false);
  });

  it('offers today and the next 13 days', () => {
    const days = testBookingDays('2026-11-30');
    expect(TEST_BOOKING_DAYS_AHEAD).toBe(14);
    expect(days).toHaveLength(14);
    expect(days[0]).toBe('2026-11-30');
    expect(days.at(-1)).toBe('2026-12-13');
    expect(lastTestBookingDay('2026-11-30')).toBe('2026-12-13');
  });

  it('offers consecutive days from today, ending on the last bookable day', () => {
    fc.assert(
      fc.property(date, (today) => {
        const days = testBookingDays(today);
        expect(days[0]).toBe(today);
        expect(days.at(-1)).toBe(lastTestBookingDay(today));
        expect(new Set(days).size).toBe(days.length);
        expect([...days].sort()).toEqual(days);
      }),
    );
  });

  it('a slot that has started stays started as time goes on', () => {
    fc.assert(
      fc.property(date, time, date, time, (d, start, nowDate, nowTime) => {
        const now = { date: nowDate, time: nowTime };
        if (slotStarted(d, start, now)) {
          expect(slotStarted(d, start, { date: nowDate, time: '23:59' })).toBe(true);
          expect(slotStarted(d, start, { date: '2100-01-01', time: '00:00' })).toBe(true);
        }
      }),
    );
  });
});
