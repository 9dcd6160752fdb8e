import { describe, expect, it } from 'vitest';
import { seriousViolation } from './violations.ts';
import { TEST_REFUSAL_REASON, testRefusalProblem, testRefusalViolation } from './testRefusal.ts';

describe('testRefusalViolation (戒毒条例 第二十条: 拒绝接受检测 counts at once)', () => {
  it('is a confirmed evasion on the day, with its reason', () => {
    expect(testRefusalViolation('2026-11-29')).toEqual({
      kind: 'evasion',
      status: 'confirmed',
      date: '2026-11-29',
      reason: TEST_REFUSAL_REASON,
    });
  });

  it('three refusals are a serious violation without any window having closed', () => {
    const refusals = ['2026-11-01', '2026-11-10', '2026-11-20'].map(testRefusalViolation);
    const confirmed = refusals.filter((v) => v.kind === 'evasion' && v.status === 'confirmed').length;
    expect(seriousViolation({ confirmedEvasions: confirmed, absences: [] }).reasons).toEqual(['evasions']);
    expect(seriousViolation({ confirmedEvasions: confirmed - 1, absences: [] }).serious).toBe(false);
  });
});

describe('testRefusalProblem', () => {
  const executing = { measureStatus: 'executing' as const, termStart: '2026-10-01', today: '2026-11-29' };

  it('takes a refusal on any day of the term up to today, both ends included', () => {
    expect(testRefusalProblem({ ...executing, date: '2026-10-01' })).toBeNull();
    expect(testRefusalProblem({ ...executing, date: '2026-11-29' })).toBeNull();
  });

  it('refuses a day before 报到 or after today', () => {
    expect(testRefusalProblem({ ...executing, date: '2026-09-30' })?.message).toContain('2026-10-01');
    expect(testRefusalProblem({ ...executing, date: '2026-11-30' })?.code).toBe('VALIDATION');
  });

  it('refuses before 报到, during 中止 and after the measure ended', () => {
    expect(
      testRefusalProblem({
        measureStatus: 'pending_report',
        termStart: null,
        date: '2026-11-29',
        today: '2026-11-29',
      })?.code,
    ).toBe('NOT_REPORTED');
    for (const measureStatus of ['suspended', 'terminated', 'released'] as const)
      expect(testRefusalProblem({ ...executing, measureStatus, date: '2026-11-29' })?.code).toBe(
        'MEASURE_CLOSED',
      );
  });
});
