// An on-the-spot refusal to be tested (现场拒绝接受检测, 戒毒条例 第二十条).
//
// 戒毒条例 第二十条 counts "逃避或者拒绝接受检测" together toward 严重违反社区戒毒协议 (3 times or
// more). A window that closes without a test is only a candidate evasion until staff confirm it
// (the person may have had a good reason); a refusal made to staff's face needs no such review: it
// counts at once, as a confirmed evasion, on the day it happened.

import { assertValidDate, compareDates } from './dates.ts';
import type { MeasureStatus } from './lifecycle.ts';
import type { ViolationKind, ViolationStatus } from './violations.ts';

/** What the violation record says it rests on. */
export const TEST_REFUSAL_REASON = '现场拒绝接受检测';

/** 戒毒条例 第二十条: the violation an on-the-spot refusal is, recorded at once. */
export function testRefusalViolation(date: string): {
  kind: ViolationKind;
  status: ViolationStatus;
  date: string;
  reason: string;
} {
  assertValidDate(date, 'date');
  return { kind: 'evasion', status: 'confirmed', date, reason: TEST_REFUSAL_REASON };
}

export interface TestRefusalInput {
  measureStatus: MeasureStatus;
  /** The 报到 date; null before the first report. */
  termStart: string | null;
  /** The day of the refusal. */
  date: string;
  today: string;
}

/**
 * Whether a refusal on `date` can be recorded, or why not: only while the measure is carried out
 * (after 报到, not during 中止 when the person is held elsewhere, not once it has ended), on a day
 * of the term up to today.
 */
export function testRefusalProblem({
  measureStatus,
  termStart,
  date,
  today,
}: TestRefusalInput): { code: 'NOT_REPORTED' | 'MEASURE_CLOSED' | 'VALIDATION'; message: string } | null {
  assertValidDate(date, 'date');
  assertValidDate(today, 'today');
  if (termStart === null || measureStatus === 'pending_report' || measureStatus === 'refused')
    return { code: 'NOT_REPORTED', message: '报到后方可登记拒绝检测' };
  if (measureStatus !== 'executing')
    return { code: 'MEASURE_CLOSED', message: '措施不在执行中，不能登记拒绝检测' };
  if (compareDates(date, today) > 0) return { code: 'VALIDATION', message: '日期不能晚于今天' };
  if (compareDates(date, termStart) < 0)
    return { code: 'VALIDATION', message: `日期不能早于报到日期（${termStart}）` };
  return null;
}
