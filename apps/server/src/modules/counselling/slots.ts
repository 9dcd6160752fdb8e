import { addDays } from '@taobo/domain';

/** How far ahead a person may book a counsellor. */
export const BOOKING_HORIZON_DAYS = 14;

export interface AvailabilityRule {
  kind: 'weekly' | 'once';
  weekday: number | null;
  date: string | null;
  startTime: string;
}

/** ISO weekday of a business date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
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
