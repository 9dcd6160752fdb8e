// The term of a community measure and the date it ends.

import { addDays, addMonths, assertValidDate, daysBetween, maxDate } from './dates.ts';
import { assertNever } from './exhaustive.ts';

/** 社区戒毒 (禁毒法 第三十三条, 戒毒条例 第十四条) or 社区康复 (禁毒法 第四十八条, 戒毒条例 第三十七条). */
export const MEASURE_TYPES = ['community_detox', 'community_rehab'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const measureTypeLabels: Record<MeasureType, { zh: string; en: string }> = {
  community_detox: { zh: '社区戒毒', en: 'Community detox' },
  community_rehab: { zh: '社区康复', en: 'Community rehab' },
};

/** 禁毒法 第三十三条 / 戒毒条例 第十四条: 社区戒毒 lasts 3 years. 戒毒条例 第三十七条: 社区康复 at most 3 years. */
export const COMMUNITY_TERM_MONTHS = 36;

/**
 * Longest term in months: 36 for both. For 社区戒毒 it is also the only term (禁毒法 第三十三条,
 * 戒毒条例 第十四条); 社区康复 is "不超过三年" (禁毒法 第四十八条, 戒毒条例 第三十七条).
 */
export function maxTermMonths(type: MeasureType): number {
  switch (type) {
    case 'community_detox':
    case 'community_rehab':
      return COMMUNITY_TERM_MONTHS;
    default:
      return assertNever(type);
  }
}

/**
 * The term a new measure runs for: 社区戒毒 is always 36 months (戒毒条例 第十四条); 社区康复 runs
 * for the months the decision names, the longest term when it names none (戒毒条例 第三十七条).
 */
export function termMonthsFor(type: MeasureType, decidedMonths?: number): number {
  switch (type) {
    case 'community_detox':
      return maxTermMonths(type);
    case 'community_rehab':
      return decidedMonths ?? maxTermMonths(type);
    default:
      return assertNever(type);
  }
}

/**
 * A term length the law allows, or a message for the person entering it.
 * 社区戒毒: exactly 36 months (戒毒条例 第十四条). 社区康复: a whole number of months from 1 to 36
 * (戒毒条例 第三十七条 sets only the maximum).
 */
export function validateTermMonths(type: MeasureType, months: number): string | null {
  if (!Number.isInteger(months) || months < 1) return '期限应为正整数个月';
  switch (type) {
    case 'community_detox':
      return months === COMMUNITY_TERM_MONTHS ? null : '社区戒毒期限为3年（36个月）';
    case 'community_rehab':
      return months <= COMMUNITY_TERM_MONTHS ? null : '社区康复期限不得超过3年（36个月）';
    default:
      return assertNever(type);
  }
}

export interface TermInput {
  /** The 报到 date: the term is counted from it, that day included (戒毒条例 第十四条). */
  termStart: string;
  termMonths: number;
  /** Days under 中止 (detention or arrest), which do not count toward the term (戒毒条例 第二十四条). */
  suspendedDays?: number;
  /** Days credited from compulsory isolation converted to this measure (折抵, 戒毒条例 第三十一条). */
  creditDays?: number;
}

/**
 * The 解除 date: the first day on which the person is no longer under the measure.
 *
 * 戒毒条例 第十四条: the term is counted from the 报到 date, that day included, so a 3-year term from
 * 2024-01-15 covers 2024-01-15 … 2027-01-14 and is complete on 2027-01-15 (months are counted to the
 * corresponding day, or the month's last day when there is none: 民法典 第二百零二条). Days of 中止
 * push it later (戒毒条例 第二十四条), credited days (折抵, 戒毒条例 第三十一条) bring it earlier, never
 * before `termStart`.
 */
export function termEnd({ termStart, termMonths, suspendedDays = 0, creditDays = 0 }: TermInput): string {
  assertValidDate(termStart, 'termStart');
  for (const [name, value] of [
    ['termMonths', termMonths],
    ['suspendedDays', suspendedDays],
    ['creditDays', creditDays],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`termEnd: ${name} must be a non-negative integer, got ${value}`);
    }
  }
  return maxDate(termStart, addDays(addMonths(termStart, termMonths), suspendedDays - creditDays));
}

export interface SuspensionPeriod {
  /** Day of detention or arrest: the first day not counted. */
  from: string;
  /** Day of release, when supervision resumes and counting starts again; null while still held. */
  to: string | null;
}

/**
 * 戒毒条例 第二十四条: days of 中止 to add to the term. Each period counts the days from detention up
 * to (not including) release, the half-open [from, to); a period still open counts up to `today`.
 * Overlapping periods count each day once.
 */
export function suspendedDaysTotal(periods: readonly SuspensionPeriod[], today: string): number {
  assertValidDate(today, 'today');
  const intervals = periods
    .map((p) => {
      assertValidDate(p.from, 'suspension from');
      const to = p.to ?? maxDate(p.from, today);
      if (daysBetween(p.from, to) < 0)
        throw new RangeError(`suspension ends before it starts: ${p.from} → ${to}`);
      return { from: p.from, to };
    })
    .sort((a, b) => daysBetween(b.from, a.from));
  let total = 0;
  let coveredUntil: string | null = null;
  for (const { from, to } of intervals) {
    const start: string = coveredUntil === null ? from : maxDate(from, coveredUntil);
    if (daysBetween(start, to) > 0) {
      total += daysBetween(start, to);
      coveredUntil = to;
    }
  }
  return total;
}

/**
 * `termEnd` with how it was counted, for the console. 民法典 第二百零三条 does not move it: a term
 * that restricts the person is never lengthened because its last day is a holiday.
 */
export function termEndExplained(input: TermInput & { type: MeasureType }): {
  date: string;
  explain: { zh: string; en: string };
} {
  const date = termEnd(input);
  const { termStart, termMonths, suspendedDays = 0, creditDays = 0, type } = input;
  const zh = [`自${termStart}报到之日起算${termMonths}个月`];
  const en = [`${termMonths} months from the report on ${termStart}`];
  const articles = type === 'community_detox' ? [['第十四条', '14']] : [['第三十七条', '37']];
  if (suspendedDays > 0) {
    zh.push(`中止${suspendedDays}日不计入期限`);
    en.push(`${suspendedDays} days of suspension not counted`);
    articles.push(['第二十四条', '24']);
  }
  if (creditDays > 0) {
    zh.push(`折抵${creditDays}日`);
    en.push(`${creditDays} days credited`);
    articles.push(['第三十一条', '31']);
  }
  return {
    date,
    explain: {
      zh: `${zh.join('，')}，${date}解除（戒毒条例${articles.map((a) => a[0]).join('、')}；民法典第二百零二条）`,
      en: `${en.join('; ')}: released on ${date} (Regulation art. ${articles.map((a) => a[1]).join(', ')}; Civil Code art. 202)`,
    },
  };
}
