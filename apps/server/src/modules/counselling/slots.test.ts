import { describe, expect, it } from 'vitest';
import { isoWeekday, occurrences, slotStart } from './slots.ts';

describe('counselling slots', () => {
  it('numbers weekdays the ISO way', () => {
    expect(isoWeekday('2026-11-30')).toBe(1); // a Monday
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
});
