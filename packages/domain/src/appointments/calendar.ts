// 检测预约: when a person may book a test at a station, in Asia/Shanghai wall-clock time.

import { addDays } from '../supervision/dates.ts';
import { shanghaiDate, shanghaiTime } from '../time/shanghai.ts';

/**
 * How many days a person may book ahead, today included (local policy: two weeks, enough to
 * reach the next window without holding places long before it).
 */
export const TEST_BOOKING_DAYS_AHEAD = 14;

/** A business day and a wall-clock time in Asia/Shanghai: `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`. */
export interface WallClock {
  date: string;
  time: string;
}

/** The business day and wall-clock time in Asia/Shanghai (UTC+8, no daylight saving) at an instant. */
export function shanghaiNow(at: Date): WallClock {
  return { date: shanghaiDate(at), time: shanghaiTime(at) };
}

/** A slot on `date` from `start` has begun once that wall-clock time is reached (or the day is past). */
export function slotStarted(date: string, start: string, now: WallClock): boolean {
  return date < now.date || (date === now.date && start <= now.time);
}

/** The last day a person may book on `today`. */
export function lastTestBookingDay(today: string): string {
  return addDays(today, TEST_BOOKING_DAYS_AHEAD - 1);
}

/** Days a person may book: today and the `days − 1` after it. */
export function testBookingDays(today: string, days = TEST_BOOKING_DAYS_AHEAD): string[] {
  return Array.from({ length: days }, (_, i) => addDays(today, i));
}
