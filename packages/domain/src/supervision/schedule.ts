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

import { addDays, addMonths, assertValidDate, compareDates } from './dates.ts';
import { assertNever } from './exhaustive.ts';
import type { MeasureType } from './term.ts';

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

/** 待确认: an on-site positive awaiting confirmation, or a result not yet back from the lab. */
export type DrugTestOutcome = 'negative' | 'positive' | 'pending';

export interface DrugTest {
  id: string;
  /** The server's calendar day of the test (the device's clock is not trusted). */
  date: string;
  outcome: DrugTestOutcome;
}

export interface TestMatching<T extends DrugTest> {
  /** `matches[i]` is the test that satisfies `windows[i]`, or null. */
  matches: (T | null)[];
  /** Every confirmed positive, by date, in a window or not: each opens the 复吸 workflow. */
  positives: T[];
}

/**
 * Which test satisfies each window: the earliest test dated inside it (ties: the first given).
 * A test satisfies only the window containing its date, so one test never counts twice and a late
 * test never covers an earlier missed window. A positive or pending test is a test taken: it
 * satisfies its window. Confirmed positives are also listed as relapses. Further tests in a
 * satisfied window and tests outside the term satisfy nothing.
 */
export function matchTestsToWindows<T extends DrugTest>(
  windows: readonly TestWindow[],
  tests: readonly T[],
): TestMatching<T> {
  for (const t of tests) assertValidDate(t.date, `test ${t.id} date`);
  const byDate = tests
    .map((test, order) => ({ test, order }))
    .sort((a, b) => compareDates(a.test.date, b.test.date) || a.order - b.order)
    .map(({ test }) => test);

  const matches: (T | null)[] = windows.map(() => null);
  for (const test of byDate) {
    const i = windowIndexOf(windows, test.date);
    if (i !== -1 && matches[i] === null) matches[i] = test;
  }
  return { matches, positives: byDate.filter((t) => t.outcome === 'positive') };
}

/**
 * Windows that closed (end ≤ today) with no test: candidate 逃避检测 events. Staff confirm each
 * before it counts toward 严重违反 (戒毒条例 第二十条); a window spent in custody (中止) is not one.
 */
export function missedWindows<T extends DrugTest>(
  windows: readonly TestWindow[],
  matches: readonly (T | null)[],
  today: string,
): TestWindow[] {
  assertValidDate(today, 'today');
  assertAligned(windows, matches);
  return windows.filter((w, i) => matches[i] === null && w.end <= today);
}

/**
 * Unsatisfied windows open today (start ≤ today < end) and those starting in the next
 * `horizonDays` days (start < today + horizonDays), for worklists: "tests due this week" is 7.
 */
export function dueWindows<T extends DrugTest>(
  windows: readonly TestWindow[],
  matches: readonly (T | null)[],
  today: string,
  horizonDays: number,
): TestWindow[] {
  assertValidDate(today, 'today');
  assertAligned(windows, matches);
  if (!Number.isSafeInteger(horizonDays) || horizonDays < 0) {
    throw new RangeError(`dueWindows: horizonDays must be a non-negative integer, got ${horizonDays}`);
  }
  const horizonEnd = addDays(today, horizonDays);
  return windows.filter(
    (w, i) => matches[i] === null && today < w.end && (w.start <= today || w.start < horizonEnd),
  );
}

/** Index of the window containing `date` (binary search; windows are sorted and disjoint), or −1. */
function windowIndexOf(windows: readonly TestWindow[], date: string): number {
  let lo = 0;
  let hi = windows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = windows[mid]!;
    if (date < w.start) hi = mid - 1;
    else if (date >= w.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function assertAligned(windows: readonly TestWindow[], matches: readonly unknown[]): void {
  if (windows.length !== matches.length) {
    throw new RangeError(
      `expected one match per window: ${windows.length} windows, ${matches.length} matches`,
    );
  }
}
