import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { maskAddress, maskIdNumber, maskPhone } from './mask.ts';

describe('maskIdNumber', () => {
  it('keeps the first 3 and last 4 characters', () => {
    expect(maskIdNumber('430103199001011234')).toBe('430***********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });

  it('masks short input entirely and passes null through', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('12345678')).toBe('123*5678');
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber(null)).toBeNull();
    expect(maskIdNumber(undefined)).toBeNull();
  });

  it('keeps length, the first 3 and the last 4 and hides the birth date', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{16}[\dX]$/), (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(id.length);
        expect(masked.slice(0, 3)).toBe(id.slice(0, 3));
        expect(masked.slice(-4)).toBe(id.slice(-4));
        expect(masked.slice(3, -4)).toMatch(/^\*{11}$/);
      }),
    );
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('110')).toBe('***');
  });

  it('keeps length and the last 4', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (p) => {
        const masked = maskPhone(p);
        expect(masked).toHaveLength(11);
        expect(masked).toBe(`${p.slice(0, 3)}****${p.slice(-4)}`);
      }),
    );
  });
});

describe('maskAddress', () => {
  it('keeps the first 6 characters of a normal address', () => {
    expect(maskAddress('永州市双牌县泷泊镇云台村3组12号')).toBe('永州市双牌县****');
    expect(maskAddress('潇湘路15号2栋301室')).toBe('潇湘路15号****');
  });

  it('keeps only the first third of a short address', () => {
    expect(maskAddress('某某村3组')).toBe('某****');
    expect(maskAddress('云台村3组12号')).toBe('云台****');
    expect(maskAddress('云台村3组12号A')).toBe('云台村3组1****');
    expect(maskAddress('村')).toBe('****');
  });

  it('passes null through and leaves empty input empty', () => {
    expect(maskAddress(null)).toBeNull();
    expect(maskAddress(undefined)).toBeNull();
    expect(maskAddress('   ')).toBe('');
  });

  it('never shows more than two thirds of the address or more than 6 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), (s) => {
        const trimmed = Array.from(s.trim());
        fc.pre(trimmed.length > 0);
        const shown = Array.from(maskAddress(s)).length - 4;
        expect(shown).toBeLessThanOrEqual(6);
        expect(shown).toBeLessThanOrEqual((trimmed.length * 2) / 3);
        expect(maskAddress(s).endsWith('****')).toBe(true);
      }),
    );
  });
});
