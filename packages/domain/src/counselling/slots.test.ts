import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoWeekday } from '../calendar/isoWeekday.ts';
import { addDays } from '../supervision/dates.ts';
import { occurrences, slotStart } from './slots.ts';

describe('counselling slots', () => {
  it('numbers weekdays the ISO way', () => {
    expect(isoWeekday('2026-11-30')).toBe(1); // a Monday
    expect(isoWeekday('2026-12-05')).toBe(6);
    expect(isoWeekday('2026-12-06')).toBe(7);
  });

  it('reads slot times in Asia/Shanghai', () => {
    expect(slotStart('2026-11-30', '09:30').toISOString()).toBe('2026-11-30T01:30:00.000Z');
  });

  it('offers each weekly slot once a week, from the next start after now', () => {
    const now = new Date('2026-11-30T02:00:00Z'); // Monday 10:00 in Shanghai
    const weekly = { kind: 'weekly' as const, weekday: 1, date: null, startTime: '09:00' };
    expect(occurrences(weekly, '2026-11-30', 14, now)).toEqual(['2026-12-07']);
    const later = { ...weekly, startTime: '14:00' };
    expect(occurrences(later, '2026-11-30', 14, now)).toEqual(['2026-11-30', '2026-12-07']);
  });

  it('offers a one-off slot on its day only, inside the horizon', () => {
    const now = new Date('2026-11-30T02:00:00Z');
    const once = { kind: 'once' as const, weekday: null, date: '2026-12-02', startTime: '10:00' };
    expect(occurrences(once, '2026-11-30', 14, now)).toEqual(['2026-12-02']);
    expect(occurrences({ ...once, date: '2026-12-20' }, '2026-11-30', 14, now)).toEqual([]);
    expect(occurrences({ ...once, date: '2026-11-29' }, '2026-11-30', 14, now)).toEqual([]);
  });

  it('offers a weekly slot on its weekday only, every 7 days, always inside the horizon and after now', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 28 }),
        (from, weekday, days) => {
          const now = slotStart(from, '12:00');
          const rule = { kind: 'weekly' as const, weekday, date: null, startTime: '10:00' };
          const dates = occurrences(rule, from, days, now);
          for (const d of dates) {
            expect(isoWeekday(d)).toBe(weekday);
            expect(d > from && d < addDays(from, days)).toBe(true); // today's 10:00 is past at 12:00
          }
          dates.slice(1).forEach((d, i) => expect(d).toBe(addDays(dates[i]!, 7)));
        },
      ),
    );
  });
});
