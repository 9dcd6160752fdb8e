// Resident identity card number (公民身份号码), GB 11643-1999.
//
// Layout of the 18 characters (1-based positions):
//   1–6   address code (行政区划代码, GB/T 2260) of the place of household registration at issue
//   7–14  birth date YYYYMMDD
//   15–17 sequence code; the 17th digit is odd for men and even for women
//   18    check character, ISO 7064:1983 MOD 11-2

import type { Gender } from './persons/gender.ts';

/** GB 11643-1999 / ISO 7064 MOD 11-2: weight of position i (1..17) is 2^(18-i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** ISO 7064 MOD 11-2: the check character for each remainder 0..10. */
const CHECK_CHARS = '10X98765432';

const ID_NUMBER_PATTERN = /^[1-9]\d{16}[\dX]$/;
const FIRST17_PATTERN = /^\d{17}$/;

export interface ParsedIdNumber {
  /** Six-digit GB/T 2260 address code (positions 1–6). */
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: Gender;
}

/** Trims surrounding whitespace and upper-cases a trailing `x`. */
export function normalizeIdNumber(s: string): string {
  return s.trim().toUpperCase();
}

/**
 * The 18th character for the first 17 digits, ISO 7064 MOD 11-2 (GB 11643-1999).
 * Throws when `first17` is not exactly 17 ASCII digits.
 */
export function idNumberCheckChar(first17: string): string {
  if (!FIRST17_PATTERN.test(first17)) {
    throw new Error(`idNumberCheckChar: expected 17 digits, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  }
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Whether `s` is a well-formed 18-character resident ID number (GB 11643-1999):
 * 17 digits (the first 1–9) and a check digit or X (lower-case x accepted, surrounding spaces
 * ignored), a real birth date from 1900-01-01 up to `today`, and a matching MOD 11-2 checksum.
 *
 * `today` is a YYYY-MM-DD string or a Date (its local calendar day); it defaults to now.
 */
export function isValidIdNumber(s: string, today: string | Date = new Date()): boolean {
  if (typeof s !== 'string') return false;
  const id = normalizeIdNumber(s);
  if (!ID_NUMBER_PATTERN.test(id)) return false;
  const birth = birthDateOf(id);
  if (birth === null || birth < '1900-01-01' || birth > toDateString(today)) return false;
  return idNumberCheckChar(id.slice(0, 17)) === id[17];
}

/** Region, birth date and gender of a valid ID number; throws when `isValidIdNumber` would say no. */
export function parseIdNumber(s: string, today: string | Date = new Date()): ParsedIdNumber {
  if (!isValidIdNumber(s, today)) {
    throw new Error('身份证号无效（请检查位数、出生日期和校验码）');
  }
  const id = normalizeIdNumber(s);
  return {
    regionCode: id.slice(0, 6),
    birthDate: birthDateOf(id)!,
    // GB 11643-1999: the last digit of the sequence code is odd for men, even for women.
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** Positions 7–14 as YYYY-MM-DD, or null when they are not a real Gregorian calendar date. */
function birthDateOf(id: string): string | null {
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toDateString(d: string | Date): string {
  if (typeof d === 'string') return d;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
