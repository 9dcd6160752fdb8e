import { addDays } from '@taobo/domain';

/** The business day and wall-clock time in Asia/Shanghai: `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`. */
export function shanghaiNow(at: Date): { date: string; time: string } {
  const iso = new Date(at.getTime() + 8 * 3_600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** ISO weekday of a business date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** A slot on `date` from `start` has begun once that wall-clock time is reached (or the day is past). */
export function slotStarted(date: string, start: string, now: { date: string; time: string }): boolean {
  return date < now.date || (date === now.date && start <= now.time);
}

/** Days a person may book: today and the `days − 1` after it. */
export function bookingDays(today: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => addDays(today, i));
}
