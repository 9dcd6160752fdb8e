import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { idNumberCheckChar, isValidIdNumber, normalizeIdNumber, parseIdNumber } from './idNumber.ts';

const TODAY = '2025-06-15';

/** 17-digit prefixes with a plausible region, a real birth date in [1900-01-01, TODAY] and any sequence code. */
const first17 = fc
  .record({
    region: fc.integer({ min: 110000, max: 999999 }),
    birth: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date(`${TODAY}T00:00:00Z`),
      noInvalidDate: true,
    }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ region, birth, seq }) => ({
    prefix: `${region}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`,
    birthDate: birth.toISOString().slice(0, 10),
    male: seq % 2 === 1,
  }));

const withCheck = (p: string) => p + idNumberCheckChar(p);

describe('idNumberCheckChar (ISO 7064 MOD 11-2)', () => {
  it('matches the examples in GB 11643-1999', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
  });

  it('computes the digit for a Hunan number', () => {
    expect(idNumberCheckChar('43010319900101123')).toBe('4');
  });

  it('rejects input that is not 17 digits', () => {
    expect(() => idNumberCheckChar('1234')).toThrow();
    expect(() => idNumberCheckChar('1101051949123100X')).toThrow();
    expect(() => idNumberCheckChar('110105194912310021')).toThrow();
  });
});

describe('isValidIdNumber (GB 11643-1999)', () => {
  it('accepts known-good numbers', () => {
    expect(isValidIdNumber('11010519491231002X', TODAY)).toBe(true);
    expect(isValidIdNumber('430103199001011234', TODAY)).toBe(true);
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(isValidIdNumber('11010519491231002x', TODAY)).toBe(true);
    expect(isValidIdNumber('  11010519491231002X \n', TODAY)).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(isValidIdNumber('430103199001011235', TODAY)).toBe(false);
    expect(isValidIdNumber('110105194912310021', TODAY)).toBe(false);
  });

  it('rejects wrong lengths, letters in the body and a leading zero', () => {
    expect(isValidIdNumber('', TODAY)).toBe(false);
    expect(isValidIdNumber('43010319900101123', TODAY)).toBe(false);
    expect(isValidIdNumber('4301031990010112344', TODAY)).toBe(false);
    expect(isValidIdNumber('430103900101123', TODAY)).toBe(false); // old 15-digit format
    expect(isValidIdNumber('43010319900101X234', TODAY)).toBe(false);
    expect(isValidIdNumber('4301 03199001011234', TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('03010319900101123'), TODAY)).toBe(false);
    expect(isValidIdNumber('４３０１０３１９９００１０１１２３４', TODAY)).toBe(false); // full-width digits
  });

  it('accepts the leap day 2000-02-29 and rejects 1900-02-29 (1900 is not a leap year)', () => {
    expect(isValidIdNumber(withCheck('43112320000229001'), TODAY)).toBe(true);
    expect(isValidIdNumber(withCheck('43112319000229001'), TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('43112320230229001'), TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('43112320240229001'), TODAY)).toBe(true);
  });

  it('rejects impossible dates', () => {
    for (const date of ['19900230', '19900431', '19901301', '19900001', '19900100', '19901232']) {
      expect(isValidIdNumber(withCheck(`431123${date}001`), TODAY), date).toBe(false);
    }
  });

  it('rejects birth years before 1900 even with a valid checksum', () => {
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
    expect(isValidIdNumber('440524188001010014', TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('43112318991231001'), TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('43112319000101001'), TODAY)).toBe(true);
  });

  it('rejects birth dates after today and accepts today', () => {
    expect(isValidIdNumber(withCheck('43112320250615001'), TODAY)).toBe(true);
    expect(isValidIdNumber(withCheck('43112320250616001'), TODAY)).toBe(false);
    expect(isValidIdNumber(withCheck('43112320250615001'), '2025-06-14')).toBe(false);
  });

  it('takes today from a Date (its local calendar day) and defaults to now', () => {
    expect(isValidIdNumber(withCheck('43112320250616001'), new Date(2025, 5, 16, 12))).toBe(true);
    expect(isValidIdNumber(withCheck('43112320250616001'), new Date(2025, 5, 15, 12))).toBe(false);
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber(withCheck('43112399991231001'))).toBe(false);
  });

  it('validates every prefix with its computed check character', () => {
    fc.assert(
      fc.property(first17, ({ prefix }) => {
        expect(isValidIdNumber(withCheck(prefix), TODAY)).toBe(true);
      }),
    );
  });

  it('detects any single changed character', () => {
    fc.assert(
      fc.property(
        first17,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...'0123456789X'),
        ({ prefix }, pos, c) => {
          const id = withCheck(prefix);
          fc.pre(id[pos] !== c);
          const changed = id.slice(0, pos) + c + id.slice(pos + 1);
          expect(isValidIdNumber(changed, TODAY)).toBe(false);
        },
      ),
    );
  });

  it('detects a swap of two adjacent different digits', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 16 }), ({ prefix }, pos) => {
        const id = withCheck(prefix);
        fc.pre(id[pos] !== id[pos + 1]);
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2);
        expect(isValidIdNumber(swapped, TODAY)).toBe(false);
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        expect(typeof isValidIdNumber(s, TODAY)).toBe('boolean');
      }),
    );
  });
});

describe('parseIdNumber', () => {
  it('reads region, birth date and gender', () => {
    expect(parseIdNumber('11010519491231002X', TODAY)).toEqual({
      regionCode: '110105',
      birthDate: '1949-12-31',
      gender: 'female',
    });
    expect(parseIdNumber('430103199001011234', TODAY)).toEqual({
      regionCode: '430103',
      birthDate: '1990-01-01',
      gender: 'male',
    });
  });

  it('normalises before parsing', () => {
    expect(parseIdNumber(' 11010519491231002x ', TODAY).birthDate).toBe('1949-12-31');
  });

  it('throws on an invalid number', () => {
    expect(() => parseIdNumber('430103199001011235', TODAY)).toThrow('身份证号无效');
    expect(() => parseIdNumber('', TODAY)).toThrow();
  });

  it('round-trips birth date and gender', () => {
    fc.assert(
      fc.property(first17, ({ prefix, birthDate, male }) => {
        const parsed = parseIdNumber(withCheck(prefix), TODAY);
        expect(parsed.birthDate).toBe(birthDate);
        expect(parsed.gender).toBe(male ? 'male' : 'female');
        expect(parsed.regionCode).toBe(prefix.slice(0, 6));
      }),
    );
  });
});

describe('normalizeIdNumber', () => {
  it('trims and upper-cases', () => {
    expect(normalizeIdNumber(' 11010519491231002x\t')).toBe('11010519491231002X');
    expect(normalizeIdNumber('430103199001011234')).toBe('430103199001011234');
  });
});
