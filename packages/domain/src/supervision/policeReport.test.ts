import { describe, expect, it } from 'vitest';
import { workdayCalendar } from '../calendar/workdays.ts';
import { policeReportDueBy } from './policeReport.ts';

const calendar = workdayCalendar();

describe('report to the police (戒毒条例 第二十一条: 及时; local policy: within 3 days)', () => {
  it('is due 3 days after the fact is known, moved past rest days (民法典 第二百零三条)', () => {
    expect(policeReportDueBy('2026-11-30', calendar).date).toBe('2026-12-03');
    // 2026-12-02 + 3 = Saturday 12-05 → Monday 12-07.
    expect(policeReportDueBy('2026-12-02', calendar).date).toBe('2026-12-07');
    expect(policeReportDueBy('2026-12-02', calendar).explain.zh).toContain('戒毒条例第二十一条');
  });

  it('refuses a day that is not a date', () => {
    expect(() => policeReportDueBy('2026-13-01', calendar)).toThrow(RangeError);
  });
});
