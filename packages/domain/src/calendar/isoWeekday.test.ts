import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../supervision/dates.ts';
import { isoWeekday } from './isoWeekday.ts';

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('isoWeekday', () => {
  it('numbers weekdays from Monday = 1 to Sunday = 7', () => {
    expect(isoWeekday('2026-11-30')).toBe(1); // a Monday
    expect(isoWeekday('2026-12-05')).toBe(6);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(isoWeekday('2024-02-29')).toBe(4); // a leap day, a Thursday
  });

  it('stays in 1…7 and moves on by one each day, Sunday wrapping to Monday', () => {
    fc.assert(
      fc.property(date, (d) => {
        const w = isoWeekday(d);
        expect(w).toBeGreaterThanOrEqual(1);
        expect(w).toBeLessThanOrEqual(7);
        expect(isoWeekday(addDays(d, 1))).toBe((w % 7) + 1);
        expect(isoWeekday(addDays(d, 7))).toBe(w);
      }),
    );
  });
});
