// Calendar arithmetic on business dates.
//
// A business date is a 'YYYY-MM-DD' string naming a calendar day in Asia/Shanghai. These functions
// never touch JS Date or the host's time zone: a date is turned into a day number (days since
// 1970-01-01 in the proleptic Gregorian calendar) with integer arithmetic, so the results are the
// same in the browser, on the server and in any time zone. Years 0001–9999 are supported.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `s` is a 'YYYY-MM-DD' string naming a real day between 0001-01-01 and 9999-12-31. */
export function isValidDate(s: unknown): s is string {
  return typeof s === 'string' && parseCivil(s) !== null;
}

/** `d` plus `n` days (`n` may be negative). */
export function addDays(d: string, n: number): string {
  assertInteger(n, 'addDays');
  return fromDayNumber(toDayNumber(d) + n);
}

/**
 * `d` plus `n` calendar months (`n` may be negative), clamped to the last day of the target month:
 * 2024-01-31 + 1 month = 2024-02-29, 2023-01-31 + 1 month = 2023-02-28 — never a day in March.
 * This is how 民法典 第二百零二条 counts months: the corresponding day of the final month, or its
 * last day when there is no corresponding day.
 */
export function addMonths(d: string, n: number): string {
  assertInteger(n, 'addMonths');
  const { year, month, day } = parseOrThrow(d);
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return format({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** `d` plus `n` years; 29 February becomes 28 February in a common year. */
export function addYears(d: string, n: number): string {
  assertInteger(n, 'addYears');
  return addMonths(d, n * 12);
}

/** `b − a` in days: positive when `b` is later. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** −1, 0 or 1 as `a` is before, on or after `b`; usable as a sort comparator. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const diff = daysBetween(b, a);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** The latest of the given dates. */
export function maxDate(first: string, ...rest: string[]): string {
  assertValidDate(first);
  let latest = first;
  for (const d of rest) if (compareDates(d, latest) > 0) latest = d;
  return latest;
}

/** The earliest of the given dates. */
export function minDate(first: string, ...rest: string[]): string {
  assertValidDate(first);
  let earliest = first;
  for (const d of rest) if (compareDates(d, earliest) < 0) earliest = d;
  return earliest;
}

/** Throws a RangeError naming `what` unless `d` is a valid business date. */
export function assertValidDate(d: string, what = 'date'): void {
  if (parseCivil(d) === null) {
    throw new RangeError(`${what}: expected a YYYY-MM-DD date, got ${JSON.stringify(d)}`);
  }
}

function parseCivil(s: string): CivilDate | null {
  const m = DATE_PATTERN.exec(s);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(d: string): CivilDate {
  const c = parseCivil(d);
  if (c === null) throw new RangeError(`expected a YYYY-MM-DD date, got ${JSON.stringify(d)}`);
  return c;
}

function format({ year, month, day }: CivilDate): string {
  if (year < 1 || year > 9999) throw new RangeError(`date out of range (year ${year})`);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function assertInteger(n: number, fn: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${fn}: expected an integer, got ${n}`);
}

// Days from civil and back: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
// Eras are 400-year cycles (146 097 days) starting on 1 March, so the leap day is last in a year.

function toDayNumber(d: string): number {
  const { year, month, day } = parseOrThrow(d);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // [0, 399]
  const shiftedMonth = month > 2 ? month - 3 : month + 9; // March = 0
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1; // [0, 365]
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097; // [0, 146096]
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return format({ year, month, day });
}
