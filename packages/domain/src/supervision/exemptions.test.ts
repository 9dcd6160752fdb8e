import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addYears } from './dates.ts';
import { ageOn, compulsoryIsolationExemptionLabels, compulsoryIsolationExemptions } from './exemptions.ts';

describe('ageOn (周岁, counted from the day after the birthday)', () => {
  it('turns 16 on the day after the 16th birthday', () => {
    expect(ageOn('2008-05-10', '2024-05-09')).toBe(15);
    expect(ageOn('2008-05-10', '2024-05-10')).toBe(15);
    expect(ageOn('2008-05-10', '2024-05-11')).toBe(16);
  });

  it('handles a 29 February birthday: 28 February in common years, a year older on 1 March', () => {
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(15);
    expect(ageOn('2008-02-29', '2024-03-01')).toBe(16);
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16);
    expect(ageOn('2008-02-29', '2025-03-01')).toBe(17);
  });

  it('handles year ends and the day of birth', () => {
    expect(ageOn('2008-12-31', '2024-12-31')).toBe(15);
    expect(ageOn('2008-12-31', '2025-01-01')).toBe(16);
    expect(ageOn('2024-06-01', '2024-06-01')).toBe(0);
    expect(() => ageOn('2024-06-01', '2024-05-31')).toThrow(RangeError);
  });

  it('is N from the day after the Nth (clamped) anniversary, N−1 on it (property)', () => {
    const date = fc
      .date({
        min: new Date('1920-01-01T00:00:00Z'),
        max: new Date('2020-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 80 }), (birth, n) => {
        const anniversary = addYears(birth, n);
        expect(ageOn(birth, anniversary)).toBe(n - 1);
        const [y, m, d] = anniversary.split('-').map(Number);
        const next = new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
        expect(ageOn(birth, next)).toBe(n);
      }),
    );
  });
});

describe('compulsoryIsolationExemptions (禁毒法 第三十九条)', () => {
  const adultWoman = { gender: 'female' as const, birthDate: '1990-04-01', decisionDate: '2025-06-01' };

  it('a pregnant woman is exempt (第一款, binding)', () => {
    expect(compulsoryIsolationExemptions({ ...adultWoman, pregnant: true })).toEqual(['pregnant']);
  });

  it('a woman nursing her baby is exempt until the day after its first birthday (第一款)', () => {
    const nursing = (nursingChildBirthDate: string) =>
      compulsoryIsolationExemptions({ ...adultWoman, nursingChildBirthDate });
    expect(nursing('2024-06-02')).toEqual(['nursing_under_one']);
    expect(nursing('2024-06-01')).toEqual(['nursing_under_one']); // first birthday: still 不满一周岁
    expect(nursing('2024-05-31')).toEqual([]);
  });

  it('flags an under-16 for decision (第二款, "可以不适用")', () => {
    const boy = { gender: 'male' as const, decisionDate: '2025-06-01' };
    expect(compulsoryIsolationExemptions({ ...boy, birthDate: '2009-06-01' })).toEqual(['under_16']);
    expect(compulsoryIsolationExemptions({ ...boy, birthDate: '2009-05-31' })).toEqual([]);
  });

  it('lists every ground that applies', () => {
    const girl = {
      gender: 'female' as const,
      birthDate: '2010-01-01',
      decisionDate: '2025-06-01',
      pregnant: true,
      nursingChildBirthDate: '2025-01-01',
    };
    expect(compulsoryIsolationExemptions(girl)).toEqual(['pregnant', 'nursing_under_one', 'under_16']);
  });

  it('pregnancy and nursing apply to women only; no flags for an adult man', () => {
    expect(
      compulsoryIsolationExemptions({
        gender: 'male',
        birthDate: '1990-04-01',
        decisionDate: '2025-06-01',
        pregnant: true,
        nursingChildBirthDate: '2025-01-01',
      }),
    ).toEqual([]);
  });

  it('has a Chinese label for every flag', () => {
    for (const label of Object.values(compulsoryIsolationExemptionLabels))
      expect(label.zh).toMatch(/强制隔离戒毒/);
  });
});
