// Statutory and policy deadlines of a measure, each with the explanation of how it was counted.
//
// Counting (民法典 第二百零一条): for a period "within N days of X" the day of X is not counted, so
// the period runs X+1 … X+N and the deadline — the last day on which acting is in time — is X + N.
// Received on 2024-03-03 → report by 2024-03-18; reporting on the 18th is in time, on the 19th late.
//
// 民法典 第二百零三条: when the last day of a period is a 法定休假日 (a weekend day not worked, or a
// public holiday), the period ends on the first working day after it; a weekend day worked under 调休
// is a working day. The `Calendar` (calendar/workdays.ts) knows which days those are. Extending never
// makes a person late who was in time.
//
// Every function returns the date together with its explanation, from the same computation, so what
// the console shows beside a date can never disagree with the date.

import type { Calendar } from '../calendar/workdays.ts';
import { addDays, assertValidDate, maxDate } from './dates.ts';
import type { MeasureType } from './term.ts';

/** 戒毒条例 第十四条 (社区戒毒) / 第三十八条 (社区康复): report within 15 days of receiving the decision. */
export const REPORT_WITHIN_DAYS = 15;
/** Our policy for 戒毒条例 第十六条 ("报到后及时签订社区戒毒协议"): an agreement within 7 days of 报到. */
export const AGREEMENT_WITHIN_DAYS = 7;
/**
 * 戒毒条例 第二十三条: the 公安机关 of the place of execution issues the 解除社区戒毒通知书 and notifies
 * the township within 7 days of the end of the term. This clock is the police's, not the township's.
 */
export const RELEASE_NOTICE_WITHIN_DAYS = 7;
/** 戒毒条例 第二十二条: after a change of execution place, report at the new place within 15 days. */
export const TRANSFER_REPORT_WITHIN_DAYS = 15;

/** Text in both languages, for a person reading the console. */
export interface Explained {
  zh: string;
  en: string;
}

/** A computed date and how it was counted. */
export interface Deadline {
  date: string;
  explain: Explained;
}

/** Why a 报到 deadline is what it is: the event it is counted from (see `reportDeadlineFor`). */
export const REPORT_DEADLINE_BASES = ['decision', 'transfer', 'release', 'extension'] as const;
export type ReportDeadlineBasis = (typeof REPORT_DEADLINE_BASES)[number];

/**
 * Last day on which a person who received the decision on `receivedDate` reports in time.
 * 戒毒条例 第十四条 (社区戒毒); 第三十八条 (社区康复, same 15 days); counted per 民法典 第二百零一条、第二百零三条.
 */
export function reportDeadline(type: MeasureType, receivedDate: string, calendar: Calendar): Deadline {
  return period(
    {
      from: receivedDate,
      days: REPORT_WITHIN_DAYS,
      event: { zh: '收到决定书', en: 'Decision received on' },
      rule: type === 'community_detox' ? '戒毒条例第十四条' : '戒毒条例第三十八条',
      ruleEn: type === 'community_detox' ? 'Regulation art. 14' : 'Regulation art. 38',
    },
    calendar,
  );
}

/**
 * 戒毒条例 第二十二条: after the execution place changes on `transferDate`, the person reports at the
 * new township within 15 days. Missing it is not 视为拒绝 (the article does not say so).
 */
export function transferReportDeadline(transferDate: string, calendar: Calendar): Deadline {
  return period(
    {
      from: transferDate,
      days: TRANSFER_REPORT_WITHIN_DAYS,
      event: { zh: '变更执行地', en: 'Execution place changed on' },
      rule: '戒毒条例第二十二条',
      ruleEn: 'Regulation art. 22',
    },
    calendar,
  );
}

/**
 * A person detained before 报到 (中止, 戒毒条例 第二十四条) reports within 15 days of release. The law
 * names no period for this case: our policy applies 第十四条's 15 days again, from the release.
 */
export function reportDeadlineAfterRelease(releaseDate: string, calendar: Calendar): Deadline {
  return period(
    {
      from: releaseDate,
      days: REPORT_WITHIN_DAYS,
      event: { zh: '解除羁押、恢复执行', en: 'Released from custody on' },
      rule: '戒毒条例第十四条、第二十四条；本地政策：恢复后重新起算15日',
      ruleEn: 'Regulation art. 14, 24; local policy: 15 days again from release',
    },
    calendar,
  );
}

/**
 * 戒毒条例 第十四条 deems refusal only "无正当理由逾期不报到": an officer who accepts the reason
 * gives a new deadline; it is the officer's date, not a computed one.
 */
export function extendedReportDeadline(date: string, reason: string): Deadline {
  assertValidDate(date, 'extended deadline');
  return {
    date,
    explain: {
      zh: `经审查有正当理由（${reason}），报到期限延长至${monthDay(date)}（戒毒条例第十四条）`,
      en: `Good reason accepted (${reason}): the report deadline was extended to ${date} (Regulation art. 14)`,
    },
  };
}

/**
 * The earliest new deadline an officer may give for good reason (戒毒条例 第十四条): after the
 * deadline that passed, and not in the past.
 */
export function earliestExtendedDeadline(passedDeadline: string, today: string): string {
  return maxDate(addDays(passedDeadline, 1), today);
}

/** Why a new deadline cannot be given, in Chinese; null when it can. */
export function extendedDeadlineProblem(
  newDeadline: string,
  passedDeadline: string,
  today: string,
): string | null {
  assertValidDate(newDeadline, 'newDeadline');
  if (newDeadline >= earliestExtendedDeadline(passedDeadline, today)) return null;
  return newDeadline < today ? '新的报到期限不能早于今天' : `新的报到期限应晚于原期限（${passedDeadline}）`;
}

/** The 报到 deadline of a measure, from the basis recorded on it (see REPORT_DEADLINE_BASES). */
export function reportDeadlineFor(
  m: {
    type: MeasureType;
    basis: ReportDeadlineBasis;
    /** The day the period counts from: decision received, transfer, release. */
    from: string;
    /** For 'extension': the date the officer set and the reason accepted. */
    extendedTo?: string;
    reason?: string | null;
  },
  calendar: Calendar,
): Deadline {
  switch (m.basis) {
    case 'decision':
      return reportDeadline(m.type, m.from, calendar);
    case 'transfer':
      return transferReportDeadline(m.from, calendar);
    case 'release':
      return reportDeadlineAfterRelease(m.from, calendar);
    case 'extension':
      return extendedReportDeadline(m.extendedTo ?? m.from, m.reason ?? '');
  }
}

/**
 * 戒毒条例 第十六条 ("报到后及时签订社区戒毒协议"), our policy: the agreement is due within 7 days of
 * 报到. A case with no agreement after this day is flagged. Also applies to the new agreement after
 * a change of execution place (条例 第二十二条), counted from the report at the new place.
 */
export function agreementDueBy(reportDate: string, calendar: Calendar): Deadline {
  return period(
    {
      from: reportDate,
      days: AGREEMENT_WITHIN_DAYS,
      event: { zh: '报到', en: 'Reported on' },
      rule: '戒毒条例第十六条“及时签订”；本地政策7日',
      ruleEn: 'Regulation art. 16 "promptly"; local policy 7 days',
    },
    calendar,
  );
}

export interface AgreementStatusInput {
  reportDate: string;
  /** The date the 社区戒毒协议 was signed, or null/undefined while there is none. */
  signedDate?: string | null;
  today: string;
  calendar: Calendar;
}

/** 戒毒条例 第十六条 (our 7-day policy): true when no agreement is signed and today is after the due day. */
export function isAgreementOverdue({
  reportDate,
  signedDate,
  today,
  calendar,
}: AgreementStatusInput): boolean {
  assertValidDate(today, 'today');
  if (signedDate != null) return false;
  return today > agreementDueBy(reportDate, calendar).date;
}

/**
 * 戒毒条例 第二十三条: the day by which the police should have issued the 解除社区戒毒通知书 and told
 * the township, for a term complete on `termEnd` (the 解除 date, see `termEnd`). The township's task
 * is to obtain and record it; this date is the police's.
 */
export function releaseNoticeDeadline(termEnd: string, calendar: Calendar): Deadline {
  return period(
    {
      from: termEnd,
      days: RELEASE_NOTICE_WITHIN_DAYS,
      event: { zh: '期满解除', en: 'Term complete on' },
      rule: '戒毒条例第二十三条：由公安机关出具解除通知书并通知乡镇',
      ruleEn: 'Regulation art. 23: the police issue the notice and tell the township',
    },
    calendar,
  );
}

interface PeriodSpec {
  from: string;
  days: number;
  /** What happened on `from`, said before the date: 收到决定书 / "Decision received on". */
  event: Explained;
  rule: string;
  ruleEn: string;
}

/** 民法典 第二百零一条 / 第二百零三条: `from` + `days`, moved past rest days at the end, explained. */
export function period(spec: PeriodSpec, calendar: Calendar): Deadline {
  const { from, days, event } = spec;
  assertValidDate(from, 'from');
  const plain = addDays(from, days);
  let date = plain;
  while (calendar.isRestDay(date)) date = addDays(date, 1);
  const rest = calendar.restDayReason(plain);
  const moved = date !== plain && rest !== null;
  const articles = moved ? '民法典第二百零一条、第二百零三条' : '民法典第二百零一条';
  const unknownYears = [...new Set([plain, date].map((d) => Number(d.slice(0, 4))))].filter(
    (y) => !calendar.knowsYear(y),
  );
  const caveat = unknownYears.length
    ? {
        zh: `；注意：${unknownYears.join('、')}年放假安排尚未录入，仅按周末计算`,
        en: `; note: the ${unknownYears.join(', ')} holiday schedule is not entered yet, only weekends were counted`,
      }
    : { zh: '', en: '' };
  const zh = moved
    ? `${monthDay(from)}${event.zh}，次日起算${days}日，届满日${monthDay(plain, from)}为${rest.zh}，顺延至${monthDay(date, from)}`
    : `${monthDay(from)}${event.zh}，次日起算${days}日，至${monthDay(date, from)}届满`;
  const en = moved
    ? `${event.en} ${from}; ${days} days counted from the next day end on ${plain}, ${rest.en}, so the period ends on the next working day, ${date}`
    : `${event.en} ${from}; ${days} days counted from the next day end on ${date}`;
  const articlesEn = moved ? 'Civil Code art. 201, 203' : 'Civil Code art. 201';
  return {
    date,
    explain: {
      zh: `${zh}（${articles}；${spec.rule}）${caveat.zh}`,
      en: `${en} (${articlesEn}; ${spec.ruleEn})${caveat.en}`,
    },
  };
}

/** '9月21日'; with the year ('2027年1月4日') when it is not the year of `sameYearAs`. */
function monthDay(date: string, sameYearAs: string = date): string {
  const md = `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  return date.slice(0, 4) === sameYearAs.slice(0, 4) ? md : `${date.slice(0, 4)}年${md}`;
}
