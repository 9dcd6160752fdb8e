import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, daysBetween } from './dates.ts';
import {
  maxTermMonths,
  suspendedDaysTotal,
  termEnd,
  termEndExplained,
  termMonthsFor,
  validateTermMonths,
} from './term.ts';

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('termEnd (戒毒条例 第十四条: 3 years from the 报到 date)', () => {
  it('ends on the corresponding day 36 months after 报到', () => {
    expect(termEnd({ termStart: '2024-01-15', termMonths: 36 })).toBe('2027-01-15');
  });

  it('clamps a start on 29 February or the 31st to the month end', () => {
    expect(termEnd({ termStart: '2024-02-29', termMonths: 36 })).toBe('2027-02-28');
    expect(termEnd({ termStart: '2024-08-31', termMonths: 6 })).toBe('2025-02-28');
  });

  it('is extended by days of 中止 (戒毒条例 第二十四条)', () => {
    expect(termEnd({ termStart: '2024-01-15', termMonths: 36, suspendedDays: 20 })).toBe('2027-02-04');
  });

  it('is shortened by 折抵 credit (戒毒条例 第三十一条)', () => {
    expect(termEnd({ termStart: '2024-01-15', termMonths: 36, creditDays: 15 })).toBe('2026-12-31');
    expect(termEnd({ termStart: '2024-01-15', termMonths: 36, suspendedDays: 10, creditDays: 10 })).toBe(
      '2027-01-15',
    );
  });

  it('never ends before it starts, however large the credit', () => {
    expect(termEnd({ termStart: '2024-01-15', termMonths: 36, creditDays: 5000 })).toBe('2024-01-15');
  });

  it('rejects negative or fractional inputs', () => {
    expect(() => termEnd({ termStart: '2024-01-15', termMonths: 36, suspendedDays: -1 })).toThrow(RangeError);
    expect(() => termEnd({ termStart: '2024-01-15', termMonths: 1.5 })).toThrow(RangeError);
    expect(() => termEnd({ termStart: '2024-02-30', termMonths: 36 })).toThrow(RangeError);
  });

  it('never ends before it starts and moves day for day with suspension and credit (property)', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 36 }),
        fc.nat({ max: 2000 }),
        fc.nat({ max: 2000 }),
        (termStart, termMonths, suspendedDays, creditDays) => {
          const end = termEnd({ termStart, termMonths, suspendedDays, creditDays });
          expect(end >= termStart).toBe(true);
          const plain = addMonths(termStart, termMonths);
          expect(daysBetween(plain, end)).toBe(
            Math.max(suspendedDays - creditDays, daysBetween(plain, termStart)),
          );
        },
      ),
    );
  });
});

describe('suspendedDaysTotal (戒毒条例 第二十四条: 中止 from detention to release)', () => {
  it('counts from the day of detention up to the day before release', () => {
    expect(suspendedDaysTotal([{ from: '2025-03-01', to: '2025-03-11' }], '2025-06-01')).toBe(10);
  });

  it('counts a period still open up to today', () => {
    expect(suspendedDaysTotal([{ from: '2025-03-01', to: null }], '2025-03-16')).toBe(15);
  });

  it('adds separate periods and counts overlapping days once', () => {
    const periods = [
      { from: '2025-03-01', to: '2025-03-11' },
      { from: '2025-05-01', to: '2025-05-06' },
      { from: '2025-03-05', to: '2025-03-15' },
    ];
    expect(suspendedDaysTotal(periods, '2025-06-01')).toBe(14 + 5);
  });

  it('rejects a release before the detention', () => {
    expect(() => suspendedDaysTotal([{ from: '2025-03-11', to: '2025-03-01' }], '2025-06-01')).toThrow(
      RangeError,
    );
  });
});

describe('term length (戒毒条例 第十四条、第三十七条)', () => {
  it('is at most 36 months for both measures', () => {
    expect(maxTermMonths('community_detox')).toBe(36);
    expect(maxTermMonths('community_rehab')).toBe(36);
  });

  it('a new 社区戒毒 runs 36 months; a 社区康复 runs as decided, 36 months when the decision names none', () => {
    expect(termMonthsFor('community_detox')).toBe(36);
    expect(termMonthsFor('community_detox', 12)).toBe(36);
    expect(termMonthsFor('community_rehab', 12)).toBe(12);
    expect(termMonthsFor('community_rehab')).toBe(36);
  });

  it('社区戒毒 is exactly 3 years (戒毒条例 第十四条)', () => {
    expect(validateTermMonths('community_detox', 36)).toBeNull();
    expect(validateTermMonths('community_detox', 24)).toBe('社区戒毒期限为3年（36个月）');
  });

  it('社区康复 is up to 3 years (戒毒条例 第三十七条)', () => {
    expect(validateTermMonths('community_rehab', 36)).toBeNull();
    expect(validateTermMonths('community_rehab', 24)).toBeNull();
    expect(validateTermMonths('community_rehab', 1)).toBeNull();
    expect(validateTermMonths('community_rehab', 37)).toBe('社区康复期限不得超过3年（36个月）');
  });

  it('rejects zero, negative and fractional months', () => {
    for (const months of [0, -12, 12.5, Number.NaN]) {
      expect(validateTermMonths('community_rehab', months)).toBe('期限应为正整数个月');
    }
  });
});

describe('termEndExplained: the 解除 date with how it was counted', () => {
  it('names the articles that applied and is the same date as termEnd (戒毒条例 第十四条、第二十四条、第三十一条)', () => {
    const plain = termEndExplained({ type: 'community_detox', termStart: '2024-01-15', termMonths: 36 });
    expect(plain.date).toBe('2027-01-15');
    expect(plain.explain.zh).toBe(
      '自2024-01-15报到之日起算36个月，2027-01-15解除（戒毒条例第十四条；民法典第二百零二条）',
    );
    const both = termEndExplained({
      type: 'community_rehab',
      termStart: '2024-01-15',
      termMonths: 24,
      suspendedDays: 10,
      creditDays: 3,
    });
    expect(both.date).toBe(
      termEnd({ termStart: '2024-01-15', termMonths: 24, suspendedDays: 10, creditDays: 3 }),
    );
    expect(both.explain.zh).toContain('中止10日不计入期限，折抵3日');
    expect(both.explain.zh).toContain('戒毒条例第三十七条、第二十四条、第三十一条');
    expect(both.explain.en).toContain('Regulation art. 37, 24, 31');
  });

  it('is not moved by a holiday: a restricting term is never lengthened (民法典 第二百零三条 does not apply)', () => {
    // 2023-10-01 + 36 months = 2026-10-01, a National Day holiday: still released that day.
    expect(termEndExplained({ type: 'community_detox', termStart: '2023-10-01', termMonths: 36 }).date).toBe(
      '2026-10-01',
    );
  });
});
