import { describe, expect, it } from 'vitest';
import { daysToWindowClose, isTestReminderDue, termProgress } from './progress.ts';

describe('termProgress', () => {
  const term = { termStart: '2026-01-01', termEnd: '2027-01-01' }; // 365 days

  it('is 0 % with the whole term left on the first day', () => {
    expect(termProgress({ ...term, today: '2026-01-01' })).toEqual({ percent: 0, daysLeft: 365 });
  });

  it('counts whole percent of the days served', () => {
    expect(termProgress({ ...term, today: '2026-07-02' })).toEqual({ percent: 49, daysLeft: 183 });
    expect(termProgress({ ...term, today: '2026-12-31' })).toEqual({ percent: 99, daysLeft: 1 });
  });

  it('is 100 % with no days left on and after the end', () => {
    expect(termProgress({ ...term, today: '2027-01-01' })).toEqual({ percent: 100, daysLeft: 0 });
    expect(termProgress({ ...term, today: '2027-03-01' })).toEqual({ percent: 100, daysLeft: 0 });
  });

  it('is 0 % before the term starts', () => {
    expect(termProgress({ ...term, today: '2025-12-20' })).toEqual({ percent: 0, daysLeft: 377 });
  });

  it('treats an empty term as complete', () => {
    expect(termProgress({ termStart: '2026-01-01', termEnd: '2026-01-01', today: '2026-01-01' })).toEqual({
      percent: 100,
      daysLeft: 0,
    });
  });
});

describe('isTestReminderDue', () => {
  // Window [2026-11-01, 2026-12-01): its last day is 2026-11-30.
  const w = { windowStart: '2026-11-01', windowEnd: '2026-12-01', status: 'due' };

  it('reminds in the last three days of the window', () => {
    expect(isTestReminderDue({ ...w, today: '2026-11-28' })).toBe(true);
    expect(isTestReminderDue({ ...w, today: '2026-11-29' })).toBe(true);
    expect(isTestReminderDue({ ...w, today: '2026-11-30' })).toBe(true);
  });

  it('does not remind earlier', () => {
    expect(isTestReminderDue({ ...w, today: '2026-11-27' })).toBe(false);
    expect(isTestReminderDue({ ...w, today: '2026-11-01' })).toBe(false);
  });

  it('does not remind after the window closed or before it opened', () => {
    expect(isTestReminderDue({ ...w, today: '2026-12-01' })).toBe(false);
    const short = { windowStart: '2026-11-29', windowEnd: '2026-11-30', status: 'due' };
    expect(isTestReminderDue({ ...short, today: '2026-11-28' })).toBe(false);
    expect(isTestReminderDue({ ...short, today: '2026-11-29' })).toBe(true);
  });

  it('does not remind of a test already taken, missed or excused', () => {
    for (const status of ['done', 'missed', 'excused', 'cancelled']) {
      expect(isTestReminderDue({ ...w, status, today: '2026-11-30' })).toBe(false);
    }
  });
});

describe('daysToWindowClose', () => {
  it('is 0 on the last day of the window', () => {
    expect(daysToWindowClose('2026-12-01', '2026-11-30')).toBe(0);
    expect(daysToWindowClose('2026-12-01', '2026-11-27')).toBe(3);
  });
});
