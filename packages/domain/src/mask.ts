// Default masking of personal information on screen. Our policy: ID numbers, phones and
// addresses are shown masked unless a permitted viewer asks for (and is audited seeing) the
// full value, one of the 去标识化 measures 个人信息保护法 Art. 51 asks for.
// Characters are counted as Unicode code points, so a rare CJK character is one character.

/**
 * 430103199001011234 → 430***********1234: first 3 and last 4 kept, same length. Shorter than 8
 * characters: all masked. The kept tail is why a masked ID never travels with the birth date: the
 * middle is the region code (which the managing county gives away) and the birth date, so the two
 * together are the whole number. Lists and files show the age (`ageOn`) instead.
 */
export function maskIdNumber(s: string): string;
export function maskIdNumber(s: string | null | undefined): string | null;
export function maskIdNumber(s: string | null | undefined): string | null {
  if (s == null) return null;
  return maskMiddle(s, 3, 4);
}

/** 13812341234 → 138****1234: first 3 and last 4 kept, same length. Shorter than 8 characters: all masked. */
export function maskPhone(s: string): string;
export function maskPhone(s: string | null | undefined): string | null;
export function maskPhone(s: string | null | undefined): string | null {
  if (s == null) return null;
  return maskMiddle(s, 3, 4);
}

/**
 * 永州市双牌县泷泊镇云台村3组12号 → 永州市双牌县****: the first 6 characters, then a fixed
 * '****' that hides the length. When 6 characters would reveal more than two thirds of the
 * address (9 characters or fewer), only the first third is kept: 某某村3组 → 某****.
 */
export function maskAddress(s: string): string;
export function maskAddress(s: string | null | undefined): string | null;
export function maskAddress(s: string | null | undefined): string | null {
  if (s == null) return null;
  const chars = Array.from(s.trim());
  if (chars.length === 0) return '';
  const keep = chars.length >= 9 ? 6 : Math.floor(chars.length / 3);
  return chars.slice(0, keep).join('') + '****';
}

function maskMiddle(s: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(s);
  if (chars.length < keepStart + keepEnd + 1) return '*'.repeat(chars.length);
  const hidden = chars.length - keepStart - keepEnd;
  return (
    chars.slice(0, keepStart).join('') + '*'.repeat(hidden) + chars.slice(chars.length - keepEnd).join('')
  );
}
