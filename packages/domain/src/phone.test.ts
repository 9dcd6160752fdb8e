import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isValidMobile } from './phone.ts';

describe('isValidMobile', () => {
  it('accepts mainland mobile numbers', () => {
    for (const p of ['13812341234', '15000000000', '19912345678', '17012345678']) {
      expect(isValidMobile(p), p).toBe(true);
    }
  });

  it('rejects other shapes', () => {
    for (const p of [
      '',
      '12812341234', // no 12x networks
      '10086000000',
      '1381234123', // 10 digits
      '138123412345', // 12 digits
      '+8613812341234',
      '138 1234 1234',
      '138-1234-1234',
      ' 13812341234',
      '0746-1234567', // landline
      '２３８１２３４１２３４',
    ]) {
      expect(isValidMobile(p), p).toBe(false);
    }
  });

  it('accepts exactly 1, a digit 3–9 and nine more digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }), (n, rest) => {
        expect(isValidMobile(`1${n}${String(rest).padStart(9, '0')}`)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (s) => {
        expect(isValidMobile(s)).toBe(/^1[3-9]/.test(s));
      }),
    );
  });
});
