import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addYears } from './dates.ts';
import {
  ageOn,
  compulsoryIsolationExemptionLabels,
  compulsoryIsolationExemptions,
  exemptionFactsProblem,
} from './exemptions.ts';

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

describe('compulsoryIsolationExemptions (禁毒法 第三十九条 第一款)', () => {
  const adultWoman = { gender: 'female' as const, birthDate: '1990-04-01', decisionDate: '2025-06-01' };

  it('a pregnant woman is exempt (第一款, "不适用")', () => {
    expect(compulsoryIsolationExemptions({ ...adultWoman, pregnant: true })).toEqual(['pregnant']);
    expect(compulsoryIsolationExemptions({ ...adultWoman, pregnant: false })).toEqual([]);
  });

  it('a woman nursing her baby is exempt until the day after its first birthday (第一款)', () => {
    const nursing = (nursingChildBirthDate: string) =>
      compulsoryIsolationExemptions({ ...adultWoman, nursingChildBirthDate });
    expect(nursing('2024-06-02')).toEqual(['nursing_under_one']);
    expect(nursing('2024-06-01')).toEqual(['nursing_under_one']); // first birthday: still 不满一周岁
    expect(nursing('2024-05-31')).toEqual([]);
    expect(nursing('2025-06-01')).toEqual(['nursing_under_one']); // born that day
  });

  it('flags an under-16 for decision (第一款, "可以不适用"), up to and including the 16th birthday', () => {
    const boy = { gender: 'male' as const, decisionDate: '2025-06-01' };
    expect(compulsoryIsolationExemptions({ ...boy, birthDate: '2009-06-02' })).toEqual(['under_16']);
    expect(compulsoryIsolationExemptions({ ...boy, birthDate: '2009-06-01' })).toEqual(['under_16']);
    expect(compulsoryIsolationExemptions({ ...boy, birthDate: '2009-05-31' })).toEqual([]);
  });

  it('takes the age on the decision day in place of the birth date (the console sees the age only)', () => {
    const boy = { gender: 'male' as const, decisionDate: '2025-06-01' };
    expect(compulsoryIsolationExemptions({ ...boy, age: 15 })).toEqual(['under_16']);
    expect(compulsoryIsolationExemptions({ ...boy, age: 16 })).toEqual([]);
    // The same answer as from the birth date, either side of the 16th birthday.
    for (const birthDate of ['2009-06-01', '2009-05-31']) {
      expect(compulsoryIsolationExemptions({ ...boy, age: ageOn(birthDate, boy.decisionDate) })).toEqual(
        compulsoryIsolationExemptions({ ...boy, birthDate }),
      );
    }
  });

  it('is judged on the day asked about: the flags lapse as the baby turns one and the minor turns 16', () => {
    const girl = { gender: 'female' as const, birthDate: '2009-09-10', nursingChildBirthDate: '2025-03-01' };
    const on = (decisionDate: string) => compulsoryIsolationExemptions({ ...girl, decisionDate });
    expect(on('2025-09-10')).toEqual(['nursing_under_one', 'under_16']);
    expect(on('2025-09-11')).toEqual(['nursing_under_one']); // 16 from the day after her birthday
    expect(on('2026-03-01')).toEqual(['nursing_under_one']); // the baby's first birthday
    expect(on('2026-03-02')).toEqual([]);
  });

  it('a pregnancy or a birth recorded later changes the flags (facts in, flags out)', () => {
    const before = compulsoryIsolationExemptions({ ...adultWoman });
    const pregnant = compulsoryIsolationExemptions({ ...adultWoman, pregnant: true });
    const born = compulsoryIsolationExemptions({
      ...adultWoman,
      pregnant: false,
      nursingChildBirthDate: '2025-05-20',
    });
    expect([before, pregnant, born]).toEqual([[], ['pregnant'], ['nursing_under_one']]);
  });

  it('lists every ground that applies, in the order of the law', () => {
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

  it('every flag is labelled in Chinese and cites 第三十九条第一款 (none cites 第二款)', () => {
    for (const label of Object.values(compulsoryIsolationExemptionLabels)) {
      expect(label.zh).toMatch(/强制隔离戒毒/);
      expect(label.zh).toContain('禁毒法第三十九条第一款');
      expect(label.zh).not.toContain('第二款');
      expect(label.en).toContain('Art. 39 §1');
    }
  });

  it('never flags anyone 16 or older who is not a pregnant or nursing woman (property)', () => {
    const day = fc
      .date({
        min: new Date('1950-01-01T00:00:00Z'),
        max: new Date('2060-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 17, max: 80 }), fc.boolean(), (decisionDate, years, female) => {
        const birthDate = addYears(decisionDate, -years);
        const flags = compulsoryIsolationExemptions({
          gender: female ? 'female' : 'male',
          birthDate,
          decisionDate,
        });
        expect(flags).toEqual([]);
      }),
    );
  });
});

describe('exemptionFactsProblem (what staff may record for 第三十九条)', () => {
  const woman = { gender: 'female' as const, birthDate: '1995-02-01' };
  const man = { gender: 'male' as const, birthDate: '1995-02-01' };
  const none = { pregnant: false, nursingChildBirthDate: null };

  it('accepts no facts for anyone, and pregnancy or a nursed baby for a woman', () => {
    expect(exemptionFactsProblem(none, man, '2026-11-29')).toBeNull();
    expect(exemptionFactsProblem({ ...none, pregnant: true }, woman, '2026-11-29')).toBeNull();
    expect(
      exemptionFactsProblem({ ...none, nursingChildBirthDate: '2026-11-29' }, woman, '2026-11-29'),
    ).toBeNull();
  });

  it('refuses pregnancy or nursing for a man (第一款 "妇女")', () => {
    expect(exemptionFactsProblem({ ...none, pregnant: true }, man, '2026-11-29')?.path).toBe('pregnant');
    expect(
      exemptionFactsProblem({ ...none, nursingChildBirthDate: '2026-01-01' }, man, '2026-11-29')?.path,
    ).toBe('nursingChildBirthDate');
  });

  it('refuses a baby born after today or before its mother', () => {
    expect(
      exemptionFactsProblem({ ...none, nursingChildBirthDate: '2026-11-30' }, woman, '2026-11-29')?.message,
    ).toBe('婴儿出生日期不能晚于今天');
    expect(
      exemptionFactsProblem({ ...none, nursingChildBirthDate: '1995-02-01' }, woman, '2026-11-29')?.message,
    ).toBe('婴儿出生日期应晚于本人出生日期');
  });
});
