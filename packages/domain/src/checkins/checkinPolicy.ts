// 在线报到: the periodic check-in of a person under supervision, and which answers are worrying.
//
// The interval is local policy (like test frequency, domain.md "Tests"): the default is one check-in
// per calendar month. Periods are aligned on the calendar (Jan–Feb, Mar–Apr, … for every 2 months),
// so a person, their officer and a reminder all agree on "this period" without knowing the term start.

import { addDays, addMonths, assertValidDate, daysBetween } from '../supervision/dates.ts';

/** Months per check-in period a county may choose. */
export const CHECKIN_INTERVALS = [1, 2, 3, 6] as const;
export type CheckinInterval = (typeof CHECKIN_INTERVALS)[number];
export const DEFAULT_CHECKIN_INTERVAL: CheckinInterval = 1;
/** Days before a period ends that the person is reminded (our policy, configurable per county). */
export const DEFAULT_CHECKIN_REMIND_DAYS = 3;
/** A period is owed only if the term started at least this many days before it ends. */
export const CHECKIN_MIN_DAYS_IN_PERIOD = 7;

export interface CheckinPeriod {
  /** 'YYYY-MM' of the first month. */
  key: string;
  start: string;
  /** Exclusive. */
  end: string;
  /** The last day on which the check-in counts. */
  lastDay: string;
}

/** The calendar-aligned period containing `day`. */
export function checkinPeriodOf(day: string, intervalMonths: CheckinInterval): CheckinPeriod {
  assertValidDate(day, 'day');
  if (!CHECKIN_INTERVALS.includes(intervalMonths))
    throw new RangeError(`bad check-in interval ${intervalMonths}`);
  const [y, m] = day.split('-').map(Number) as [number, number];
  const firstMonth = Math.floor((m - 1) / intervalMonths) * intervalMonths + 1;
  const start = `${y}-${String(firstMonth).padStart(2, '0')}-01`;
  const end = addMonths(start, intervalMonths);
  return { key: start.slice(0, 7), start, end, lastDay: addDays(end, -1) };
}

/** The period just before the one containing `day`. */
export function previousCheckinPeriod(day: string, intervalMonths: CheckinInterval): CheckinPeriod {
  return checkinPeriodOf(addDays(checkinPeriodOf(day, intervalMonths).start, -1), intervalMonths);
}

/**
 * Whether a check-in is owed for the period: the term (报到) started at least
 * CHECKIN_MIN_DAYS_IN_PERIOD days before the period ends, so someone who reports on the 29th is
 * not marked missing on the 1st.
 */
export function checkinOwed(termStart: string, period: CheckinPeriod): boolean {
  return daysBetween(termStart, period.end) >= CHECKIN_MIN_DAYS_IN_PERIOD;
}

/** Whether the person should be reminded today: from `remindDays` days before the period's last day, to that day. */
export function inReminderWindow(today: string, period: CheckinPeriod, remindDays: number): boolean {
  return today >= addDays(period.lastDay, -remindDays) && today < period.end;
}

export const CHECKIN_MOODS = ['good', 'ok', 'bad', 'very_bad'] as const;
export type CheckinMood = (typeof CHECKIN_MOODS)[number];
export const CHECKIN_WORK = ['employed', 'unemployed', 'seeking'] as const;
export type CheckinWork = (typeof CHECKIN_WORK)[number];
export const CHECKIN_NEEDS = [
  'employment',
  'training',
  'psychological',
  'medical',
  'hardship',
  'other',
] as const;
export type CheckinNeed = (typeof CHECKIN_NEEDS)[number];

export const checkinMoodLabels: Record<CheckinMood, { zh: string; en: string }> = {
  good: { zh: '很好', en: 'Good' },
  ok: { zh: '一般', en: 'So-so' },
  bad: { zh: '不好', en: 'Bad' },
  very_bad: { zh: '很差', en: 'Very bad' },
};
export const checkinWorkLabels: Record<CheckinWork, { zh: string; en: string }> = {
  employed: { zh: '有工作', en: 'Employed' },
  unemployed: { zh: '无工作', en: 'Unemployed' },
  seeking: { zh: '找工作中', en: 'Looking for work' },
};
export const checkinNeedLabels: Record<CheckinNeed, { zh: string; en: string }> = {
  employment: { zh: '就业', en: 'Employment' },
  training: { zh: '培训', en: 'Training' },
  psychological: { zh: '心理', en: 'Psychological' },
  medical: { zh: '医疗', en: 'Medical' },
  hardship: { zh: '生活困难', en: 'Hardship' },
  other: { zh: '其他', en: 'Other' },
};

export const CHECKIN_FLAGS = [
  'mood_very_bad',
  'mood_bad_twice',
  'callback',
  'need_psychological',
  'need_hardship',
] as const;
export type CheckinFlag = (typeof CHECKIN_FLAGS)[number];
export const checkinFlagLabels: Record<CheckinFlag, { zh: string; en: string }> = {
  mood_very_bad: { zh: '心情很差', en: 'Mood very bad' },
  mood_bad_twice: { zh: '连续两次心情不好', en: 'Mood bad twice in a row' },
  callback: { zh: '希望回电', en: 'Asked for a call back' },
  need_psychological: { zh: '需要心理帮助', en: 'Needs psychological help' },
  need_hardship: { zh: '生活困难', en: 'Living hardship' },
};

/**
 * Which answers flag the case for the social worker (a `checkin_followup` task). Like the UK
 * probation check-in, the questionnaire flags worrying answers for a person to call back: mood
 * 很差, 不好 twice in a row, asking for a call back, or needing psychological help or facing hardship.
 */
export function worryingAnswers(
  answers: { mood: CheckinMood; needs: readonly CheckinNeed[]; callback: boolean },
  previousMood: CheckinMood | null,
): CheckinFlag[] {
  const flags: CheckinFlag[] = [];
  if (answers.mood === 'very_bad') flags.push('mood_very_bad');
  if (answers.mood === 'bad' && previousMood === 'bad') flags.push('mood_bad_twice');
  if (answers.callback) flags.push('callback');
  if (answers.needs.includes('psychological')) flags.push('need_psychological');
  if (answers.needs.includes('hardship')) flags.push('need_hardship');
  return flags;
}
