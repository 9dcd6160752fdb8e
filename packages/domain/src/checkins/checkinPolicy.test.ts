import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkinFollowupDue,
  checkinOwed,
  checkinPeriodOf,
  inReminderWindow,
  missedCheckinDue,
  previousCheckinPeriod,
  worryingAnswers,
  type CheckinInterval,
} from './checkinPolicy.ts';

describe('check-in periods', () => {
  it('monthly periods are calendar months', () => {
    expect(checkinPeriodOf('2026-11-30', 1)).toEqual({
      key: '2026-11',
      start: '2026-11-01',
      end: '2026-12-01',
      lastDay: '2026-11-30',
    });
    expect(checkinPeriodOf('2028-02-29', 1).lastDay).toBe('2028-02-29');
  });

  it('longer intervals are aligned on January', () => {
    expect(checkinPeriodOf('2026-11-30', 2)).toMatchObject({ key: '2026-11', lastDay: '2026-12-31' });
    expect(checkinPeriodOf('2026-12-15', 2)).toMatchObject({ key: '2026-11' });
    expect(checkinPeriodOf('2026-11-30', 3)).toMatchObject({ key: '2026-10', end: '2027-01-01' });
    expect(checkinPeriodOf('2026-05-01', 6)).toMatchObject({ key: '2026-01', end: '2026-07-01' });
  });

  it('the previous period ends where the current starts', () => {
    expect(previousCheckinPeriod('2026-01-01', 1)).toMatchObject({ key: '2025-12', end: '2026-01-01' });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.constantFrom<CheckinInterval>(1, 2, 3, 6),
        (d, n) => {
          const day = d.toISOString().slice(0, 10);
          const p = checkinPeriodOf(day, n);
          expect(p.start <= day && day < p.end).toBe(true);
          expect(previousCheckinPeriod(day, n).end).toBe(p.start);
        },
      ),
    );
  });

  it('a period is owed only if the term started 7 days or more before it ends', () => {
    const nov = checkinPeriodOf('2026-11-15', 1);
    expect(checkinOwed('2026-11-24', nov)).toBe(true);
    expect(checkinOwed('2026-11-25', nov)).toBe(false);
    expect(checkinOwed('2026-01-01', nov)).toBe(true);
  });

  it('reminds from 3 days before the last day of the period', () => {
    const nov = checkinPeriodOf('2026-11-15', 1);
    expect(inReminderWindow('2026-11-26', nov, 3)).toBe(false);
    expect(inReminderWindow('2026-11-27', nov, 3)).toBe(true);
    expect(inReminderWindow('2026-11-30', nov, 3)).toBe(true);
    expect(inReminderWindow('2026-12-01', nov, 3)).toBe(false);
  });
});

describe('follow-up deadlines', () => {
  it('a worrying check-in is called back within 2 days, a missed period looked into within 3', () => {
    expect(checkinFollowupDue('2026-11-30')).toBe('2026-12-02');
    expect(missedCheckinDue('2026-12-01')).toBe('2026-12-04');
  });
});

describe('worrying answers', () => {
  const calm = { mood: 'good' as const, needs: [], callback: false };
  it('a calm answer flags nothing', () => {
    expect(worryingAnswers(calm, 'bad')).toEqual([]);
    expect(worryingAnswers({ ...calm, mood: 'bad' }, 'good')).toEqual([]);
    expect(worryingAnswers({ ...calm, needs: ['employment', 'training', 'medical'] }, null)).toEqual([]);
  });
  it('很差, 不好 twice in a row, a call back, 心理 or 生活困难 each flag the case', () => {
    expect(worryingAnswers({ ...calm, mood: 'very_bad' }, null)).toEqual(['mood_very_bad']);
    expect(worryingAnswers({ ...calm, mood: 'bad' }, 'bad')).toEqual(['mood_bad_twice']);
    expect(worryingAnswers({ ...calm, callback: true }, null)).toEqual(['callback']);
    expect(worryingAnswers({ ...calm, needs: ['psychological', 'hardship'] }, null)).toEqual([
      'need_psychological',
      'need_hardship',
    ]);
  });
});
