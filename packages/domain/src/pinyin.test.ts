import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { looksLikePinyin, nameSearchKeys } from './pinyin.ts';

describe('nameSearchKeys', () => {
  it('gives full pinyin and initials without tones or spaces', () => {
    expect(nameSearchKeys('张三')).toEqual({ full: 'zhangsan', initials: 'zs' });
    expect(nameSearchKeys('李建国')).toEqual({ full: 'lijianguo', initials: 'ljg' });
  });

  it('reads polyphonic surnames as surnames', () => {
    expect(nameSearchKeys('单雄信')).toEqual({ full: 'shanxiongxin', initials: 'sxx' });
    expect(nameSearchKeys('曾国藩')).toEqual({ full: 'zengguofan', initials: 'zgf' });
    expect(nameSearchKeys('仇英')).toEqual({ full: 'qiuying', initials: 'qy' });
    expect(nameSearchKeys('解缙')).toEqual({ full: 'xiejin', initials: 'xj' });
    expect(nameSearchKeys('区家明').full).toBe('oujiaming');
    expect(nameSearchKeys('朴树').full).toBe('piaoshu');
    expect(nameSearchKeys('尉迟恭').full).toBe('yuchigong');
  });

  it('reads only the first character as a surname', () => {
    expect(nameSearchKeys('黄乐').full).toBe('huangle');
    expect(nameSearchKeys('单单').full).toBe('shandan');
  });

  it('writes ü as v', () => {
    expect(nameSearchKeys('吕布')).toEqual({ full: 'lvbu', initials: 'lb' });
  });

  it('drops the middle dot and spaces', () => {
    expect(nameSearchKeys('阿依古丽·买买提')).toEqual({ full: 'ayigulimaimaiti', initials: 'ayglmmt' });
    expect(nameSearchKeys(' 王 五 ')).toEqual({ full: 'wangwu', initials: 'ww' });
  });

  it('keeps Latin letters lower-cased, one initial per word', () => {
    expect(nameSearchKeys('Tom Li')).toEqual({ full: 'tomli', initials: 'tl' });
    expect(nameSearchKeys('李A')).toEqual({ full: 'lia', initials: 'la' });
  });

  it('handles traditional characters and the empty string', () => {
    expect(nameSearchKeys('張三').full).toBe('zhangsan');
    expect(nameSearchKeys('')).toEqual({ full: '', initials: '' });
  });

  it('always yields lower-case ASCII, one initial per Han character', () => {
    const han = fc.constantFrom(
      ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾单解仇建国华军明伟芳娜秀英敏静丽强磊洋艳勇杰娟涛超',
    );
    fc.assert(
      fc.property(fc.array(han, { minLength: 1, maxLength: 4 }), (chars) => {
        const keys = nameSearchKeys(chars.join(''));
        expect(keys.full).toMatch(/^[a-z]+$/);
        expect(keys.initials).toMatch(/^[a-z]+$/);
        expect(keys.initials).toHaveLength(chars.length);
        expect(keys.full.startsWith(keys.initials[0]!)).toBe(true);
      }),
    );
  });
});

describe('looksLikePinyin', () => {
  it('accepts 1–40 Latin letters', () => {
    expect(looksLikePinyin('zs')).toBe(true);
    expect(looksLikePinyin('ZhangSan')).toBe(true);
    expect(looksLikePinyin('a')).toBe(true);
    expect(looksLikePinyin('a'.repeat(40))).toBe(true);
    expect(looksLikePinyin(' zs ')).toBe(true);
  });

  it('rejects anything else', () => {
    expect(looksLikePinyin('')).toBe(false);
    expect(looksLikePinyin('a'.repeat(41))).toBe(false);
    expect(looksLikePinyin('张三')).toBe(false);
    expect(looksLikePinyin('zhang san')).toBe(false);
    expect(looksLikePinyin('4301')).toBe(false);
    expect(looksLikePinyin('zs1')).toBe(false);
    expect(looksLikePinyin('lü')).toBe(false);
  });
});
