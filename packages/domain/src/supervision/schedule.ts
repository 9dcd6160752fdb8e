// Test plans: the windows in which a person under a measure must take a drug test.
//
// The rules (domain.md, "Windows, done right"; a deployed Hunan system got each of them wrong):
// - windows are anchored on the term start (报到), never on the first test;
// - window k is [termStart + offset_k months, termStart + offset_{k+1} months): half-open, each
//   bound computed from termStart (not chained from the previous window), clamped to month end;
// - one test satisfies exactly one window, and a late test never covers an earlier missed window;
// - a positive result is a test taken AND opens the 复吸 (relapse) workflow;
// - the test date is the server's calendar day, not the device's;
// - the plan follows the term: a 2-year 社区康复 stops after 24 months.
// How often to test is local policy (戒毒条例 第十九条 only obliges the person to take tests when
// required), configurable per county; `defaultPolicy` holds defaults seen in a deployed Hunan system.

import { addDays, addMonths, assertValidDate, minDate } from './dates.ts';
import { assertNever } from './exhaustive.ts';
import type { MeasureStatus } from './lifecycle.ts';
import type { MeasureType, SuspensionPeriod } from './term.ts';

export interface TestPolicyPhase {
  /** First month of the phase, counted from the term start (0 = the 报到 month). */
  fromMonth: number;
  /** Month at which the phase ends (exclusive). */
  toMonth: number;
  /** One test every `intervalMonths` months during the phase. */
  intervalMonths: number;
}

export interface TestPolicy {
  /** Contiguous phases starting at month 0. Past the last phase its interval continues. */
  phases: TestPolicyPhase[];
}

/**
 * Defaults from a deployed Hunan system. 社区戒毒: monthly in year 1, every 2 months in year 2,
 * quarterly in year 3 (22 tests). 社区康复: every 2 months, then quarterly, then half-yearly (12).
 */
export function defaultPolicy(type: MeasureType): TestPolicy {
  switch (type) {
    case 'community_detox':
      return {
        phases: [
          { fromMonth: 0, toMonth: 12, intervalMonths: 1 },
          { fromMonth: 12, toMonth: 24, intervalMonths: 2 },
          { fromMonth: 24, toMonth: 36, intervalMonths: 3 },
        ],
      };
    case 'community_rehab':
      return {
        phases: [
          { fromMonth: 0, toMonth: 12, intervalMonths: 2 },
          { fromMonth: 12, toMonth: 24, intervalMonths: 3 },
          { fromMonth: 24, toMonth: 36, intervalMonths: 6 },
        ],
      };
    default:
      return assertNever(type);
  }
}

/** What is wrong with a policy, for the person configuring it; null when it is usable. */
export function validatePolicy(policy: TestPolicy): string | null {
  const { phases } = policy;
  if (phases.length === 0) return '检测计划至少需要一个阶段';
  for (const [i, p] of phases.entries()) {
    const n = i + 1;
    if (![p.fromMonth, p.toMonth, p.intervalMonths].every(Number.isSafeInteger)) {
      return `第${n}阶段的月份和间隔应为整数`;
    }
    if (i === 0 && p.fromMonth !== 0) return '第1阶段应从第0个月（报到当月）开始';
    if (i > 0 && p.fromMonth !== phases[i - 1]!.toMonth) return `第${n}阶段应紧接上一阶段开始`;
    if (p.toMonth <= p.fromMonth) return `第${n}阶段的结束月份应晚于开始月份`;
    if (p.intervalMonths < 1) return `第${n}阶段的检测间隔应至少为1个月`;
  }
  return null;
}

/** A period in which one test is due: [start, end), `end` exclusive. */
export interface TestWindow {
  /** 0-based position in the plan. */
  index: number;
  start: string;
  end: string;
}

/**
 * The test windows of a term of `termMonths` months starting on `termStart` (the 报到 date). They
 * tile [termStart, termStart + termMonths months) without gaps or overlaps; each bound is
 * `addMonths(termStart, offset)`, so a start on the 31st gives bounds on the last day of short months.
 * Throws on an invalid policy or term.
 */
export function scheduleWindows(termStart: string, termMonths: number, policy: TestPolicy): TestWindow[] {
  assertValidDate(termStart, 'termStart');
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) {
    throw new RangeError(`scheduleWindows: termMonths must be a positive integer, got ${termMonths}`);
  }
  const problem = validatePolicy(policy);
  if (problem !== null) throw new RangeError(`scheduleWindows: ${problem}`);

  const offsets = [0];
  for (let month = 0; month < termMonths;) {
    const phase = policy.phases.find((p) => p.fromMonth <= month && month < p.toMonth);
    const next =
      phase === undefined
        ? month + policy.phases[policy.phases.length - 1]!.intervalMonths // past the last phase
        : Math.min(month + phase.intervalMonths, phase.toMonth);
    month = Math.min(next, termMonths);
    offsets.push(month);
  }
  return offsets.slice(1).map((offset, index) => ({
    index,
    start: addMonths(termStart, offsets[index]!),
    end: addMonths(termStart, offset),
  }));
}

/**
 * 戒毒条例 第二十四条: days of 中止 extend the term (term.ts `termEnd`), and the added days are
 * supervised like the rest, so they get test windows too (domain.md "中止 days extend the term, and
 * get test windows too"). These are the windows from the end of the last window laid (`last`) up to
 * the new `termEnd`: at the frequency in force in the plan's last month, anchored on `last.end` —
 * window k is [last.end + k·interval, last.end + (k+1)·interval), the final one clamped to the term
 * end — so the term stays tiled without gaps or overlaps, and a second extension continues from the
 * first. Empty when the term does not reach past `last.end`.
 */
export function extensionWindows(input: {
  termMonths: number;
  policy: TestPolicy;
  /** The last window of the plan as laid so far: its position and (exclusive) end. */
  last: { index: number; end: string };
  termEnd: string;
}): TestWindow[] {
  const { termMonths, policy, last, termEnd } = input;
  assertValidDate(last.end, 'last.end');
  assertValidDate(termEnd, 'termEnd');
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) {
    throw new RangeError(`extensionWindows: termMonths must be a positive integer, got ${termMonths}`);
  }
  const problem = validatePolicy(policy);
  if (problem !== null) throw new RangeError(`extensionWindows: ${problem}`);
  const lastMonth = termMonths - 1;
  const phase =
    policy.phases.find((p) => p.fromMonth <= lastMonth && lastMonth < p.toMonth) ??
    policy.phases[policy.phases.length - 1]!;
  const windows: TestWindow[] = [];
  for (let k = 0; ; k++) {
    const start = addMonths(last.end, k * phase.intervalMonths);
    if (start >= termEnd) break;
    windows.push({
      index: last.index + 1 + k,
      start,
      end: minDate(addMonths(last.end, (k + 1) * phase.intervalMonths), termEnd),
    });
  }
  return windows;
}

/**
 * What the daily sweep does with a window no test satisfied once it has closed: it was `missed` (a
 * candidate 逃避检测 for staff to confirm or excuse; only confirmed ones count toward 严重违反,
 * 戒毒条例 第二十条), `excused` (the person was in custody, 中止, during it: 戒毒条例 第二十四条), or
 * `cancelled` (the measure no longer runs, so nothing is owed).
 */
export type ClosedWindowOutcome = 'missed' | 'excused' | 'cancelled';

export interface UntestedWindow {
  /** The window, [start, end). */
  start: string;
  end: string;
  /** The status of the measure the window belongs to. */
  measureStatus: MeasureStatus;
  /** The measure's 中止 periods (detention or arrest), [from, to), `to` null while still held. */
  custody: readonly SuspensionPeriod[];
  /** A remote test uploaded in the window waits for staff review, which decides the window. */
  awaitingReview: boolean;
}

/**
 * The outcome of an untested window on `today`, or null while nothing is decided yet: the window is
 * still open (it is missed on its end day, not the day before), or an upload awaits review.
 */
export function closedWindowOutcome(w: UntestedWindow, today: string): ClosedWindowOutcome | null {
  assertValidDate(today, 'today');
  if (w.end > today || w.awaitingReview) return null;
  if (w.measureStatus !== 'executing' && w.measureStatus !== 'suspended') return 'cancelled';
  const heldDuring = w.custody.some((p) => p.from < w.end && (p.to === null || p.to > w.start));
  return heldDuring ? 'excused' : 'missed';
}

/**
 * Which untested windows a worklist lists as due ("tests due this week": `horizonDays` 7): those
 * open today (start ≤ today < end) or opening within the next `horizonDays` days, today included
 * (start < today + horizonDays). Given as bounds, so a query can select them: start < `startsBefore`
 * and end > `endsAfter`.
 */
export function dueWindowBounds(
  today: string,
  horizonDays: number,
): { startsBefore: string; endsAfter: string } {
  assertValidDate(today, 'today');
  if (!Number.isSafeInteger(horizonDays) || horizonDays < 1) {
    throw new RangeError(`dueWindowBounds: horizonDays must be a positive integer, got ${horizonDays}`);
  }
  return { startsBefore: addDays(today, horizonDays), endsAfter: today };
}
