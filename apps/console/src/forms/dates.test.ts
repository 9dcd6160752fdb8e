import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayInShanghai } from '@taobo/domain';
import { syncServerToday, todayString } from './dates.ts';

afterEach(() => {
  vi.useRealTimers();
  syncServerToday(todayInShanghai()); // no offset from the server again
});

describe("the console's business date", () => {
  it('is today in Asia/Shanghai, whatever zone the browser is in: it turns at 16:00 UTC', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-30T15:59:59Z') });
    syncServerToday('2026-11-30');
    expect(todayString()).toBe('2026-11-30');
    vi.setSystemTime(new Date('2026-11-30T16:00:00Z'));
    expect(todayString()).toBe('2026-12-01');
  });

  it("follows the server's clock when TAOBO_CLOCK fixes it", () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-30T02:00:00Z') });
    syncServerToday('2027-01-15');
    expect(todayString()).toBe('2027-01-15');
    // A day later on this browser is a day later on the server too.
    vi.setSystemTime(new Date('2026-12-01T02:00:00Z'));
    expect(todayString()).toBe('2027-01-16');
  });
});
