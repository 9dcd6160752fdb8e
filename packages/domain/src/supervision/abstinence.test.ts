import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from './dates.ts';
import { abstinenceDueDate, isAbstinentThreeYears } from './abstinence.ts';

describe('戒断3年未复吸 (戒毒条例 第七条 per domain.md; counted per 民法典 第二百零一条、第二百零二条)', () => {
  it('the 3 years end on the corresponding day; the person qualifies the day after', () => {
    const lastUseDate = '2021-05-10';
    expect(abstinenceDueDate({ lastUseDate })).toBe('2024-05-10');
    expect(isAbstinentThreeYears({ lastUseDate, today: '2024-05-09' })).toBe(false);
    expect(isAbstinentThreeYears({ lastUseDate, today: '2024-05-10' })).toBe(false);
    expect(isAbstinentThreeYears({ lastUseDate, today: '2024-05-11' })).toBe(true);
  });

  it('a last use on 29 February ends on 28 February three years later', () => {
    expect(abstinenceDueDate({ lastUseDate: '2024-02-29' })).toBe('2027-02-28');
    expect(isAbstinentThreeYears({ lastUseDate: '2024-02-29', today: '2027-03-01' })).toBe(true);
  });

  it('is false before the last use and for a today that is not a date', () => {
    expect(isAbstinentThreeYears({ lastUseDate: '2024-05-10', today: '2020-01-01' })).toBe(false);
    expect(() => isAbstinentThreeYears({ lastUseDate: '2024-05-10', today: '2024-5-1' })).toThrow(RangeError);
  });

  it('flips once, the day after the due date (property)', () => {
    const date = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2090-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -5, max: 5 }), (lastUseDate, shift) => {
        const today = addDays(abstinenceDueDate({ lastUseDate }), shift);
        expect(isAbstinentThreeYears({ lastUseDate, today })).toBe(shift > 0);
      }),
    );
  });
});
