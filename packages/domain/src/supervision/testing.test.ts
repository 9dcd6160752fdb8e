import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, daysBetween } from './dates.ts';
import {
  DEFAULT_RANDOM_PER_QUARTER,
  lacksFemaleCollector,
  randomTestWindowEnd,
  sampleRetentionUntil,
} from './testing.ts';

describe('sample retention (吸毒检测程序规定 第八条第二款, 2017 text: 不得少于六个月)', () => {
  it('keeps a sample six calendar months', () => {
    expect(sampleRetentionUntil('2026-11-27')).toBe('2027-05-27');
    expect(sampleRetentionUntil('2026-08-31')).toBe('2027-02-28');
  });

  it('is never shorter than the two months of the 2009 text, nor than 181 days (property)', () => {
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2090-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const until = sampleRetentionUntil(d);
        return until >= addMonths(d, 2) && daysBetween(d, until) >= 181;
      }),
    );
  });

  it('refuses a day that is not a date', () => {
    expect(() => sampleRetentionUntil('2026-2-1')).toThrow(RangeError);
  });
});

describe('a woman’s urine sample is collected by female staff (吸毒检测程序规定 第八条第一款)', () => {
  const woman = 'female' as const;
  it('needs a woman among the collectors of a woman’s urine sample', () => {
    expect(
      lacksFemaleCollector({ personGender: woman, sampleKind: 'urine', collectorGenders: ['male', 'male'] }),
    ).toBe(true);
    expect(
      lacksFemaleCollector({ personGender: woman, sampleKind: 'urine', collectorGenders: ['male', null] }),
    ).toBe(true);
    expect(
      lacksFemaleCollector({
        personGender: woman,
        sampleKind: 'urine',
        collectorGenders: ['male', 'female'],
      }),
    ).toBe(false);
  });

  it('does not apply to a man, nor to other samples', () => {
    expect(
      lacksFemaleCollector({ personGender: 'male', sampleKind: 'urine', collectorGenders: ['male', 'male'] }),
    ).toBe(false);
    for (const sampleKind of ['hair', 'lab', 'retest', 'remote'] as const)
      expect(
        lacksFemaleCollector({ personGender: woman, sampleKind, collectorGenders: ['male', 'male'] }),
      ).toBe(false);
  });

  it('any female collector satisfies it (property)', () => {
    const gender = fc.constantFrom('male' as const, 'female' as const, null);
    fc.assert(
      fc.property(fc.array(gender, { maxLength: 4 }), (genders) => {
        const lacks = lacksFemaleCollector({
          personGender: woman,
          sampleKind: 'urine',
          collectorGenders: genders,
        });
        return lacks === !genders.includes('female');
      }),
    );
  });
});

describe('random tests (local policy)', () => {
  it('a test drawn for a day can be taken that day or the next', () => {
    expect(randomTestWindowEnd('2026-12-31')).toBe('2027-01-02');
  });

  it('draws one random test a quarter by default', () => {
    expect(DEFAULT_RANDOM_PER_QUARTER).toBe(1);
  });
});
