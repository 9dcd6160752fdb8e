import { describe, expect, it } from 'vitest';
import { policeReportDueBy } from './policeReport.ts';

describe('report to the police (戒毒条例 第二十一条: 及时; local policy: within 3 days)', () => {
  it('is due 3 days after the fact is known, across a month and a year end', () => {
    expect(policeReportDueBy('2026-11-29')).toBe('2026-12-02');
    expect(policeReportDueBy('2026-12-30')).toBe('2027-01-02');
  });

  it('refuses a day that is not a date', () => {
    expect(() => policeReportDueBy('2026-13-01')).toThrow(RangeError);
  });
});
