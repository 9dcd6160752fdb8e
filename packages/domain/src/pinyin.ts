import { pinyin } from 'pinyin-pro';

/** Keys under which a person's name can be found by a pinyin search. */
export interface NameSearchKeys {
  /** Full pinyin without tones or spaces, lower-case: 张三 → zhangsan. ü is written v (吕 → lv), as typed on a keyboard. */
  full: string;
  /** First letter of each syllable: 张三 → zs. A run of Latin letters counts as one word. */
  initials: string;
}

const LATIN_OR_DIGIT = /^[a-z0-9]$/i;
const PINYIN_QUERY = /^[a-z]{1,40}$/i;

/**
 * Pinyin search keys for a name. The first character is read as a surname, so polyphonic
 * surnames come out right (单 shan, 曾 zeng, 仇 qiu, 解 xie, 区 ou, 朴 piao) while the given
 * name keeps its ordinary reading (黄乐 → huangle, not huangyue). Latin letters are kept,
 * lower-cased; the middle dot of transliterated names (·), spaces and characters without a
 * known reading are dropped.
 */
export function nameSearchKeys(name: string): NameSearchKeys {
  const syllables = pinyin(name.trim(), {
    type: 'all',
    mode: 'surname',
    surname: 'head',
    toneType: 'none',
    v: true,
  });
  let full = '';
  let initials = '';
  let inLatinRun = false;
  for (const s of syllables) {
    if (s.isZh && s.pinyin) {
      const p = s.pinyin.toLowerCase();
      full += p;
      initials += p[0];
      inLatinRun = false;
    } else if (LATIN_OR_DIGIT.test(s.origin)) {
      const c = s.origin.toLowerCase();
      full += c;
      if (!inLatinRun) initials += c;
      inLatinRun = true;
    } else {
      inLatinRun = false;
    }
  }
  return { full, initials };
}

/** Whether a search query should be matched against pinyin keys: 1–40 Latin letters, nothing else (surrounding spaces ignored). */
export function looksLikePinyin(q: string): boolean {
  return PINYIN_QUERY.test(q.trim());
}
