import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  assertValidDate,
  compareDates,
  daysBetween,
  isValidDate,
  maxDate,
  minDate,
} from './dates.ts';

const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Oracle for tests only: the same day arithmetic done by JS Date in UTC. */
const utcAddDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('isValidDate', () => {
  it('accepts real days, including 29 February of leap years', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01', '9999-12-31']) {
      expect(isValidDate(d)).toBe(true);
    }
  });

  it('rejects days that do not exist and other shapes', () => {
    for (const d of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00']) {
      expect(isValidDate(d)).toBe(false);
    }
    for (const d of [
      '2024-1-01',
      '20240101',
      '2024-01-01T00:00:00Z',
      ' 2024-01-01',
      '0000-01-01',
      '',
      null,
      20240101,
    ]) {
      expect(isValidDate(d)).toBe(false);
    }
  });

  it('assertValidDate names what was wrong', () => {
    expect(() => assertValidDate('2023-02-29', 'termStart')).toThrow(/termStart/);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-03-03', 15)).toBe('2024-03-18');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-01-15', 0)).toBe('2024-01-15');
  });

  it('rejects a fractional count, an invalid date and a result outside 0001–9999', () => {
    expect(() => addDays('2024-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
    expect(addDays('0001-03-01', -1)).toBe('0001-02-28');
  });

  it('agrees with UTC Date arithmetic (property)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(addDays(d, n)).toBe(utcAddDays(d, n));
      }),
    );
  });
});

describe('addMonths (民法典 第二百零二条: corresponding day, else the last day of the month)', () => {
  it('clamps to the end of a shorter month and never rolls into the next', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
  });

  it('computes each offset from the original date, not chained', () => {
    expect(addMonths('2024-01-31', 2)).toBe('2024-03-31');
    expect(addMonths(addMonths('2024-01-31', 1), 1)).toBe('2024-03-29');
  });

  it('crosses years in both directions', () => {
    expect(addMonths('2024-01-15', 12)).toBe('2025-01-15');
    expect(addMonths('2024-01-15', 36)).toBe('2027-01-15');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addMonths('2024-01-15', -25)).toBe('2021-12-15');
  });

  it('keeps the day when it exists and otherwise lands on the last day of the target month (property)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -600, max: 600 }), (d, n) => {
        const result = addMonths(d, n);
        const day = Number(d.slice(8));
        const resultDay = Number(result.slice(8));
        expect(resultDay).toBeLessThanOrEqual(day);
        if (resultDay < day) expect(addDays(result, 1).slice(8)).toBe('01');
        const months = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
        expect(months(result) - months(d)).toBe(n);
      }),
    );
  });
});

describe('addYears', () => {
  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2021-05-10', 3)).toBe('2024-05-10');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
  });
});

describe('daysBetween', () => {
  it('is b − a in days', () => {
    expect(daysBetween('2024-03-03', '2024-03-18')).toBe(15);
    expect(daysBetween('2024-03-18', '2024-03-03')).toBe(-15);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('1970-01-01', '1970-01-01')).toBe(0);
  });

  it('inverts addDays (property)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });
});

describe('compareDates, maxDate, minDate', () => {
  it('orders dates', () => {
    expect(compareDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareDates('2024-01-02', '2024-01-01')).toBe(1);
    expect(compareDates('2024-01-01', '2024-01-01')).toBe(0);
    expect(['2024-03-01', '2023-12-31', '2024-02-29'].sort(compareDates)).toEqual([
      '2023-12-31',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('picks the latest and the earliest', () => {
    expect(maxDate('2024-01-01', '2025-06-01', '2024-12-31')).toBe('2025-06-01');
    expect(minDate('2024-01-01', '2025-06-01', '2023-12-31')).toBe('2023-12-31');
    expect(maxDate('2024-01-01')).toBe('2024-01-01');
    expect(() => maxDate('nope')).toThrow(RangeError);
  });

  it('agrees with string order for valid dates (property)', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(compareDates(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(maxDate(a, b)).toBe(a >= b ? a : b);
        expect(minDate(a, b)).toBe(a <= b ? a : b);
      }),
    );
  });
});
