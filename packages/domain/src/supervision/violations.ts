// Absences from the county of execution and 严重违反社区戒毒协议.
//
// 戒毒条例 第十九条: leaving the county (县、市、区) of execution for 3 days or more requires a written
// report (书面报告, the app's 外出报告) — a report, not permission; a shorter trip needs none.
// 戒毒条例 第二十条: during the term, evading or refusing tests 3 times or more, leaving the county
// without the required report 3 times or more, or for more than 30 days in total, is
// 严重违反社区戒毒协议 — which the officer must report to public security (第二十一条) and which is a
// ground for 强制隔离戒毒 (禁毒法 第三十八条). 社区康复 follows the same rules (禁毒法 第四十八条).
//
// Counting: "3次以上" / "3日以上" include 3 (≥ 3); "超过30日" excludes 30 (> 30) (民法典 第一千二百五十九条).
// Days away are counted the way the law counts periods (民法典 第二百零一条): the day of leaving is
// not counted, the day of return is. Leave Monday, back Wednesday: 2 days; back the same day: 0.
// Only departures that needed a report (3 days or more) and had none count, for both the "3次以上"
// and the "超过30日" tests: a short trip never counts.
// Callers pass only the events of the current term, and only evasions staff have confirmed.

import { addDays, assertValidDate, daysBetween } from './dates.ts';

/** 戒毒条例 第十九条: an absence of this many days or more needs a written report. */
export const REPORTABLE_ABSENCE_DAYS = 3;
/** 戒毒条例 第二十条: evading or refusing tests this many times or more. */
export const SERIOUS_EVASIONS = 3;
/** 戒毒条例 第二十条: leaving the county without the required report this many times or more. */
export const SERIOUS_DEPARTURES = 3;
/** 戒毒条例 第二十条: unreported absence of more than this many days in total. */
export const SERIOUS_ABSENT_DAYS_OVER = 30;

/**
 * A stay outside the county of execution, from the day of leaving (not counted) to the day of
 * return (counted). An overstayed leave splits into two absences that meet on the reported day of
 * return: the reported one ends there, the unreported one starts there (leave `overstay`).
 */
export interface Absence {
  /** Day of leaving: not counted (民法典 第二百零一条). */
  from: string;
  /** Day of return: counted. */
  to: string;
  /** Whether the written report (外出报告) covered it. */
  reported: boolean;
}

/**
 * 民法典 第二百零一条: the days of an absence, counted as the law counts a period — the day of
 * leaving is not counted, the day of return is. Leave Monday, back Wednesday: 2; back the same day: 0.
 */
export function absenceDays(from: string, to: string): number {
  const days = daysBetween(from, to);
  if (days < 0) throw new RangeError(`absence ends before it starts: ${from} → ${to}`);
  return days;
}

/**
 * 戒毒条例 第十九条 / 第二十条: an unreported absence of 3 days or more (by `absenceDays`) is an
 * unauthorised departure (擅自离开). A shorter one needed no report, so it is not, and it counts
 * toward nothing: neither the "3次以上" nor the "累计超过30日" test (see `seriousViolation`).
 * A reported one never is, however long.
 */
export function isUnauthorisedDeparture(absence: Absence): boolean {
  return !absence.reported && absenceDays(absence.from, absence.to) >= REPORTABLE_ABSENCE_DAYS;
}

/** The grounds of 严重违反社区戒毒协议, in the order of 戒毒条例 第二十条. */
export const SERIOUS_VIOLATION_REASONS = ['evasions', 'departures', 'absent_days'] as const;
export type SeriousViolationReason = (typeof SERIOUS_VIOLATION_REASONS)[number];

export const seriousViolationReasonLabels: Record<SeriousViolationReason, { zh: string; en: string }> = {
  evasions: { zh: '逃避或者拒绝接受检测3次以上', en: 'Evaded or refused tests 3 times or more' },
  departures: {
    zh: '擅自离开社区戒毒执行地所在县（市、区）3次以上',
    en: 'Left the county without the required report 3 times or more',
  },
  absent_days: {
    zh: '擅自离开社区戒毒执行地所在县（市、区）累计超过30日',
    en: 'Absent from the county without report for more than 30 days in total',
  },
};

/**
 * What a recorded violation is: a missed or refused test (逃避或者拒绝接受检测), leaving the county
 * without the written report (擅自离开, 第十九条), a positive test (复吸), not reporting in time
 * without good reason (视为拒绝接受, 第十四条: a candidate until the officer decides), a re-report
 * after 变更执行地 missed (第二十二条: a violation of the agreement, never a refusal), and the
 * 严重违反协议 they add up to (第二十条).
 */
export const VIOLATION_KINDS = [
  'evasion',
  'departure',
  'relapse',
  'refusal',
  'late_rereport',
  'serious',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export const violationKindLabels: Record<ViolationKind, { zh: string; en: string }> = {
  evasion: { zh: '逃避（拒绝）检测', en: 'Evaded test' },
  departure: { zh: '擅自离开执行地', en: 'Left without report' },
  relapse: { zh: '复吸', en: 'Relapse' },
  refusal: { zh: '视为拒绝接受', en: 'Deemed refusal' },
  late_rereport: { zh: '变更执行地后逾期未报到', en: 'Late report after transfer' },
  serious: { zh: '严重违反协议', en: 'Serious violation' },
};

/**
 * A violation the system finds is a candidate until staff confirm it, or excuse it for a good
 * reason; only confirmed evasions count toward 第二十条.
 */
export const VIOLATION_STATUSES = ['candidate', 'confirmed', 'excused'] as const;
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number];

export const violationStatusLabels: Record<ViolationStatus, { zh: string; en: string }> = {
  candidate: { zh: '待确认', en: 'To confirm' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  excused: { zh: '已排除', en: 'Excused' },
};

export interface SeriousViolationInput {
  /** Evasions or refusals of tests during the term, each confirmed by staff. */
  confirmedEvasions: number;
  /** Absences from the county during the term. */
  absences: readonly Absence[];
}

export interface SeriousViolationAssessment {
  serious: boolean;
  /** Every ground that applies, in the order of 戒毒条例 第二十条. */
  reasons: SeriousViolationReason[];
  evasions: number;
  /** Unauthorised departures: unreported absences of 3 days or more. */
  departures: number;
  /** Distinct days of those departures (the day of leaving not counted), toward "累计超过30日". */
  departureDays: number;
}

/**
 * 戒毒条例 第二十条: whether the person has seriously violated the agreement, and on which grounds.
 *
 * Both absence tests count unauthorised departures only (unreported, 3 days or more): a trip shorter
 * than 3 days needed no report, so it is never 擅自离开 and adds nothing to the 30 days. The total
 * counts each day once across overlapping records, each record's days being those `absenceDays`
 * counts (the day after leaving to the day of return).
 */
export function seriousViolation({
  confirmedEvasions,
  absences,
}: SeriousViolationInput): SeriousViolationAssessment {
  if (!Number.isSafeInteger(confirmedEvasions) || confirmedEvasions < 0) {
    throw new RangeError(
      `seriousViolation: confirmedEvasions must be a non-negative integer, got ${confirmedEvasions}`,
    );
  }
  const unauthorised = absences.filter(isUnauthorisedDeparture);
  const departures = unauthorised.length;
  const departureDays = distinctDays(unauthorised);

  const reasons: SeriousViolationReason[] = [];
  if (confirmedEvasions >= SERIOUS_EVASIONS) reasons.push('evasions');
  if (departures >= SERIOUS_DEPARTURES) reasons.push('departures');
  if (departureDays > SERIOUS_ABSENT_DAYS_OVER) reasons.push('absent_days');
  return { serious: reasons.length > 0, reasons, evasions: confirmedEvasions, departures, departureDays };
}

/** The distinct days the absences count: for each, the day after leaving up to the day of return. */
function distinctDays(absences: readonly Absence[]): number {
  const days = new Set<string>();
  for (const { from, to } of absences) {
    assertValidDate(from, 'absence from');
    const n = absenceDays(from, to);
    for (let i = 1; i <= n; i++) days.add(addDays(from, i));
  }
  return days.size;
}
