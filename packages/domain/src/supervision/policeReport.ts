// Reports to the police (公安机关) that the township's staff must make.

import type { Calendar } from '../calendar/workdays.ts';
import { period, type Deadline } from './deadlines.ts';

/**
 * 戒毒条例 第二十一条 asks staff to report a refusal, a relapse or a serious violation of the
 * agreement to the police 及时 (promptly) and names no number of days. Local policy makes
 * "promptly" this many days after the fact is known.
 */
export const POLICE_REPORT_WITHIN_DAYS = 3;

/** The day by which a report to the police is due, for a fact known on `knownOn` (民法典 第二百零三条 applies). */
export function policeReportDueBy(knownOn: string, calendar: Calendar): Deadline {
  return period(
    {
      from: knownOn,
      days: POLICE_REPORT_WITHIN_DAYS,
      event: { zh: '知悉', en: 'Known on' },
      rule: '戒毒条例第二十一条“及时报告”；本地政策3日',
      ruleEn: 'Regulation art. 21 "promptly"; local policy 3 days',
    },
    calendar,
  );
}
