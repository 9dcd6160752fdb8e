import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiDate, shanghaiDateTime, shanghaiTime, todayInShanghai } from './shanghai.ts';

describe('Asia/Shanghai wall clock', () => {
  it('starts a new business day at 16:00 UTC (midnight in Shanghai)', () => {
    expect(todayInShanghai('2026-11-30T15:59:59.999Z')).toBe('2026-11-30');
    expect(todayInShanghai('2026-11-30T16:00:00Z')).toBe('2026-12-01');
    expect(shanghaiDateTime('2026-11-30T15:59:59Z', { seconds: true })).toBe('2026-11-30 23:59:59');
    expect(shanghaiDateTime('2026-11-30T16:00:00Z', { seconds: true })).toBe('2026-12-01 00:00:00');
  });

  it('crosses a year and a leap day at Shanghai midnight', () => {
    expect(shanghaiDate('2026-12-31T16:00:00Z')).toBe('2027-01-01');
    expect(shanghaiDate('2028-02-28T16:30:00Z')).toBe('2028-02-29');
  });

  it('reads timestamps with any offset, Dates and epoch milliseconds alike', () => {
    const at = '2026-03-05T14:07:09+08:00';
    expect(shanghaiDateTime(at)).toBe('2026-03-05 14:07');
    expect(shanghaiDateTime(new Date(at))).toBe('2026-03-05 14:07');
    expect(shanghaiDateTime(Date.parse(at))).toBe('2026-03-05 14:07');
    expect(shanghaiDateTime('2026-03-05T06:07:09Z')).toBe('2026-03-05 14:07');
    expect(shanghaiTime(at)).toBe('14:07');
    expect(shanghaiTime(at, { seconds: true })).toBe('14:07:09');
  });

  it('is today in Shanghai for the current moment by default', () => {
    expect(todayInShanghai()).toBe(shanghaiDate(Date.now()));
  });

  it('refuses what is not an instant', () => {
    expect(() => shanghaiDate('not a time')).toThrow(RangeError);
  });

  it('agrees with the time zone database for any instant', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(shanghaiDateTime(ms, { seconds: true })).toBe(intl.format(ms));
      }),
    );
  });
});
