// 戒断3年未复吸: three years without drug use end 动态管控 of a drug user.
//
// domain.md cites 戒毒条例 第七条. In the published text we could check, 动态管控 by public security
// is 戒毒条例 第四条 (2018 revision) and 第七条 is about non-discrimination (不受歧视); the 3-year
// criterion itself comes from public-security rules on 动态管控. Verify the citation before quoting it.
//
// `lastUseDate` is the latest evidence of use the caller knows: the later of the date the person
// was first found using (查获), the last confirmed positive test and the last recorded relapse —
// use `maxDate` to combine them. It is an input, not something this module digs out of records.

import { addYears, assertValidDate } from './dates.ts';

export const ABSTINENCE_YEARS = 3;

export interface AbstinenceInput {
  lastUseDate: string;
}

/**
 * The last day of the 3 years without use. Counting starts the day after the last use and ends on
 * the corresponding day 3 years later (民法典 第二百零一条、第二百零二条), so the person qualifies on
 * the day after this date. Last use 2021-05-10 → due 2024-05-10 → 戒断3年 from 2024-05-11.
 */
export function abstinenceDueDate({ lastUseDate }: AbstinenceInput): string {
  return addYears(lastUseDate, ABSTINENCE_YEARS);
}

/** Whether 3 full years without use have passed by `today` (today is after the due date). */
export function isAbstinentThreeYears({ lastUseDate, today }: AbstinenceInput & { today: string }): boolean {
  assertValidDate(today, 'today');
  return today > abstinenceDueDate({ lastUseDate });
}
