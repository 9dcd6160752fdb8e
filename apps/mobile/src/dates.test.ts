import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayInShanghai } from '@taobo/domain';
import { dayLabel, shortDate, timeLabel } from './dates.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('dates in the app', () => {
  it('writes business dates in Chinese', () => {
    expect(shortDate('2026-11-30')).toBe('11月30日');
    expect(dayLabel('2026-12-01')).toBe('12月1日 周二');
  });

  it('reads an instant on the Shanghai clock: 16:00 UTC is already the next day', () => {
    expect(timeLabel('2026-11-30T15:59:00Z')).toBe('11月30日 23:59');
    expect(timeLabel('2026-11-30T16:00:00Z')).toBe('12月1日 00:00');
    expect(timeLabel('2026-12-01T08:05:00+08:00')).toBe('12月1日 08:05');
  });

  it('turns the day at Shanghai midnight, not at the phone’s', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-30T15:59:59Z') });
    expect(todayInShanghai()).toBe('2026-11-30');
    vi.setSystemTime(new Date('2026-11-30T16:00:00Z'));
    expect(todayInShanghai()).toBe('2026-12-01');
  });
});
