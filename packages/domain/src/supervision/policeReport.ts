// Reports to the police (公安机关) that the township's staff must make.

import { addDays, assertValidDate } from './dates.ts';

/**
 * 戒毒条例 第二十一条 asks staff to report a refusal, a relapse or a serious violation of the
 * agreement to the police 及时 (promptly) and names no number of days. Local policy makes
 * "promptly" this many days after the fact is known.
 */
export const POLICE_REPORT_WITHIN_DAYS = 3;

/** The day by which a report to the police is due, for a fact known on `knownOn`. */
export function policeReportDueBy(knownOn: string): string {
  assertValidDate(knownOn, 'knownOn');
  return addDays(knownOn, POLICE_REPORT_WITHIN_DAYS);
}
