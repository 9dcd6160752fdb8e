// Statutory and policy deadlines of a measure.
//
// Counting (民法典 第二百零一条): for a period "within N days of X" the day of X is not counted, so
// the period runs X+1 … X+N and the deadline — the last day on which acting is in time — is X + N.
// Received on 2024-03-03 → report by 2024-03-18; reporting on the 18th is in time, on the 19th late.
//
// 民法典 第二百零三条: when the last day of a period is a statutory rest day, the period ends on the
// first working day after it. We know no holiday calendar (the State Council publishes one each
// year, with make-up working days), so callers that have one pass the rest days as `restDays`;
// without it the deadline is the plain X + N. Extending never makes a person late who was in time.

import { addDays, assertValidDate } from './dates.ts';

/** Dates ('YYYY-MM-DD') on which offices are closed: weekends not worked and public holidays. */
export type RestDays = ReadonlySet<string>;

/** 戒毒条例 第十四条 (社区戒毒) / 第三十八条 (社区康复): report within 15 days of receiving the decision. */
export const REPORT_WITHIN_DAYS = 15;
/** Our policy for 戒毒条例 第十六条 ("报到后及时签订社区戒毒协议"): an agreement within 7 days of 报到. */
export const AGREEMENT_WITHIN_DAYS = 7;
/** 戒毒条例 第二十三条: the deciding authority is notified within 7 days of the end of the term. */
export const RELEASE_NOTICE_WITHIN_DAYS = 7;
/** 戒毒条例 第二十二条: after a change of execution place, report at the new place within 15 days. */
export const TRANSFER_REPORT_WITHIN_DAYS = 15;

/**
 * Last day on which a person who received the decision on `receivedDate` reports in time.
 * 戒毒条例 第十四条 (社区戒毒); 第三十八条 (社区康复, same 15 days); counted per 民法典 第二百零一条.
 */
export function reportDeadline(receivedDate: string, restDays?: RestDays): string {
  return deadlineAfter(receivedDate, REPORT_WITHIN_DAYS, restDays);
}

/**
 * 戒毒条例 第十六条 ("报到后及时签订社区戒毒协议"), our policy: the agreement is due within 7 days of
 * 报到. A case with no agreement after this day is flagged. Also applies to the new agreement after
 * a change of execution place (条例 第二十二条), counted from the report at the new place.
 */
export function agreementDueBy(reportDate: string, restDays?: RestDays): string {
  return deadlineAfter(reportDate, AGREEMENT_WITHIN_DAYS, restDays);
}

export interface AgreementStatusInput {
  reportDate: string;
  /** The date the 社区戒毒协议 was signed, or null/undefined while there is none. */
  signedDate?: string | null;
  today: string;
  restDays?: RestDays;
}

/** 戒毒条例 第十六条 (our 7-day policy): true when no agreement is signed and today is after the due day. */
export function isAgreementOverdue({
  reportDate,
  signedDate,
  today,
  restDays,
}: AgreementStatusInput): boolean {
  assertValidDate(today, 'today');
  if (signedDate != null) return false;
  return today > agreementDueBy(reportDate, restDays);
}

/**
 * 戒毒条例 第二十三条: when the term is complete the township issues the 解除社区戒毒通知书 and notifies
 * the deciding public-security authority within 7 days; `termEnd` is the 解除 date (see `termEnd`).
 */
export function releaseNoticeDeadline(termEnd: string, restDays?: RestDays): string {
  return deadlineAfter(termEnd, RELEASE_NOTICE_WITHIN_DAYS, restDays);
}

/**
 * 戒毒条例 第二十二条: after the execution place changes on `transferDate`, the person reports at the
 * new township within 15 days.
 */
export function transferReportDeadline(transferDate: string, restDays?: RestDays): string {
  return deadlineAfter(transferDate, TRANSFER_REPORT_WITHIN_DAYS, restDays);
}

/** 民法典 第二百零一条 / 第二百零三条: `from` + `days`, moved past any rest days at the end. */
function deadlineAfter(from: string, days: number, restDays: RestDays | undefined): string {
  let deadline = addDays(from, days);
  if (restDays !== undefined) {
    while (restDays.has(deadline)) deadline = addDays(deadline, 1);
  }
  return deadline;
}
