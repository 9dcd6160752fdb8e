// What the person app's home screen tells the person about their term and their tests.

import { daysBetween } from '../supervision/dates.ts';

export interface TermProgress {
  /** Whole percent of the term served, 0–100. */
  percent: number;
  /** Days from today until the term ends (the 解除 date); 0 on and after it. */
  daysLeft: number;
}

/**
 * How far through the term the person is, counted in calendar days from the term start
 * (报到, 戒毒条例 第十四条) to the term end (解除 date, which already adds 中止 days and takes off
 * 折抵 days). Before the start it is 0 %; on or after the end, 100 %.
 */
export function termProgress(input: { termStart: string; termEnd: string; today: string }): TermProgress {
  const total = daysBetween(input.termStart, input.termEnd);
  const served = daysBetween(input.termStart, input.today);
  const daysLeft = Math.max(0, daysBetween(input.today, input.termEnd));
  if (total <= 0) return { percent: 100, daysLeft };
  const percent = Math.min(100, Math.max(0, Math.floor((served / total) * 100)));
  return { percent, daysLeft };
}

/** A test reminder goes out when the window closes within this many days. */
export const TEST_REMINDER_DAYS = 3;

/**
 * Whether to remind the person of an open test: the window is open today and its last day
 * (the day before the exclusive `windowEnd`) is at most three days away. Missing the window is
 * a missed test (戒毒条例 第十九条 obliges the person to accept testing), so the reminder comes
 * while there is still time.
 */
export function isTestReminderDue(input: {
  windowStart: string;
  windowEnd: string;
  status: string;
  today: string;
}): boolean {
  if (input.status !== 'due') return false;
  if (input.today < input.windowStart || input.today >= input.windowEnd) return false;
  const lastDay = daysBetween(input.today, input.windowEnd) - 1;
  return lastDay <= TEST_REMINDER_DAYS - 1;
}

/** Days from today to the last day of a window with an exclusive end (0: today is the last day). */
export function daysToWindowClose(windowEnd: string, today: string): number {
  return daysBetween(today, windowEnd) - 1;
}
