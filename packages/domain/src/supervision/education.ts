// What answers a violation: 批评、教育, or a report to the police (禁毒法 第三十五条 第二款).
//
// 禁毒法 第三十五条 第二款: "对违反社区戒毒协议的戒毒人员，参与社区戒毒的工作人员应当进行批评、教育；
// 对严重违反社区戒毒协议或者在社区戒毒期间又吸食、注射毒品的，应当及时向公安机关报告。" An ordinary
// violation is answered with a recorded criticism and education before anything is escalated; a
// serious violation (戒毒条例 第二十条), a relapse, or a refusal of the measure (戒毒条例 第十四条、
// 第二十一条) goes to the police. 社区康复 follows the same rule (禁毒法 第四十八条 第二款).

import { addDays, assertValidDate } from './dates.ts';
import { assertNever } from './exhaustive.ts';
import type { ViolationKind, ViolationStatus } from './violations.ts';

/**
 * Local policy: the law asks for 批评、教育 without naming a period; the working group gives it
 * within this many days of the violation being confirmed.
 */
export const EDUCATION_WITHIN_DAYS = 7;

export type ViolationResponse = 'educate' | 'report_to_police' | 'none';

/**
 * 禁毒法 第三十五条 第二款: how a violation is answered. A candidate or an excused one needs nothing
 * yet; a confirmed ordinary violation (an evasion or refusal of a test, a departure without report,
 * a late re-report after 变更执行地) is educated while the measure is not seriously violated; once
 * it is (戒毒条例 第二十条) the police are told instead, as for a relapse or a refusal.
 */
export function violationResponse(
  violation: { kind: ViolationKind; status: ViolationStatus },
  measureSeriouslyViolated: boolean,
): ViolationResponse {
  if (violation.status !== 'confirmed') return 'none';
  switch (violation.kind) {
    case 'evasion':
    case 'departure':
    case 'late_rereport':
      return measureSeriouslyViolated ? 'report_to_police' : 'educate';
    case 'relapse':
    case 'refusal':
    case 'serious':
      return 'report_to_police';
    default:
      return assertNever(violation.kind);
  }
}

/** The day by which 批评教育 for a violation confirmed on `confirmedOn` is due (local policy). */
export function educationDueBy(confirmedOn: string): string {
  assertValidDate(confirmedOn, 'confirmedOn');
  return addDays(confirmedOn, EDUCATION_WITHIN_DAYS);
}
