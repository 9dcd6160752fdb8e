// 心理咨询 booking calendar: when a counsellor's published times are open to a person.
// Times are Asia/Shanghai wall-clock times (UTC+8, no daylight saving).

import { isoWeekday } from '../calendar/isoWeekday.ts';
import { addDays } from '../supervision/dates.ts';

/** How far ahead a person may book a counsellor, in days from today (local policy). */
export const BOOKING_HORIZON_DAYS = 14;

/** A counsellor's published time: every week on a weekday, or once on a date. */
export interface AvailabilityRule {
  kind: 'weekly' | 'once';
  /** ISO weekday, 1 = Monday … 7 = Sunday; for a weekly rule. */
  weekday: number | null;
  /** 'YYYY-MM-DD'; for a one-off rule. */
  date: string | null;
  /** 'HH:mm'. */
  startTime: string;
}

/** When a slot starts, as an instant: its date and time are Asia/Shanghai (UTC+8, no DST). */
export function slotStart(date: string, startTime: string): Date {
  return new Date(`${date}T${startTime}:00+08:00`);
}

/** The dates on which a rule offers a slot, from `from` for `days` days, that start after `now`. */
export function occurrences(rule: AvailabilityRule, from: string, days: number, now: Date): string[] {
  const out: string[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    const matches = rule.kind === 'weekly' ? isoWeekday(date) === rule.weekday : date === rule.date;
    if (matches && slotStart(date, rule.startTime) > now) out.push(date);
  }
  return out;
}
