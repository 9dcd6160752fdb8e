/**
 * What other modules change in a measure's test plan, inside their own transaction: the measure
 * lays it on 报到, extends it when 中止 days extend the term, and cancels it on 终止; a violation
 * excused by staff excuses its test; an on-the-spot refusal closes the window it falls in.
 */
import { extensionWindows, scheduleWindows, type TestWindow } from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import type { MeasureRow } from '../measures/tables.ts';
import { testPolicyOf } from '../policies/service.ts';
import { createTestRepo } from './repo.ts';

/**
 * Lays the schedule over the term (domain.md "Windows, done right"): window k is
 * [start + k·interval, start + (k+1)·interval), anchored on the 报到 date, at the county's
 * frequency (local policy). Returns how many windows the term has.
 */
export async function layTestPlan(db: Db, m: MeasureRow & { term_start: string }): Promise<number> {
  const policy = await testPolicyOf(db, m.county_id);
  const windows = scheduleWindows(m.term_start, m.term_months, policy[m.type]);
  await insertWindows(db, m, windows);
  return windows.length;
}

/**
 * 戒毒条例 第二十四条: when 中止 days push the term end to `newTermEnd`, the added days get windows
 * too, from the end of the last window laid (the domain's `extensionWindows`). Returns how many were
 * added (none when the term does not reach past the plan, e.g. shortened by 折抵).
 */
export async function extendTestPlan(db: Db, m: MeasureRow, newTermEnd: string): Promise<number> {
  const last = await createTestRepo(db).lastScheduled(m.id);
  if (!last || last.window_index === null) return 0;
  const policy = await testPolicyOf(db, m.county_id);
  const windows = extensionWindows({
    termMonths: m.term_months,
    policy: policy[m.type],
    last: { index: last.window_index, end: last.window_end },
    termEnd: newTermEnd,
  });
  await insertWindows(db, m, windows);
  return windows.length;
}

async function insertWindows(db: Db, m: MeasureRow, windows: readonly TestWindow[]): Promise<void> {
  if (!windows.length) return;
  await createTestRepo(db).insertMissing(
    windows.map((w) => ({
      measure_id: m.id,
      person_id: m.person_id,
      plan: 'scheduled' as const,
      window_index: w.index,
      window_start: w.start,
      window_end: w.end,
      status: 'due' as const,
    })),
  );
}

/** A terminated measure owes no more tests: its open ones are cancelled. */
export async function cancelOpenTests(db: Db, measureId: string): Promise<void> {
  await createTestRepo(db).cancelOpen(measureId);
}

/** A test whose miss staff excused (with the reason) is no longer owed. */
export async function excuseTest(db: Db, testId: string, note: string | null): Promise<void> {
  await createTestRepo(db).update(testId, { status: 'excused', note });
}

/**
 * 戒毒条例 第二十条: an on-the-spot refusal on `date` closes the open window that holds it (a
 * scheduled one before a random one), so the sweep does not raise a second evasion for it. Returns
 * the window's test id, or null when no window was open that day.
 */
export async function closeWindowOnRefusal(
  db: Db,
  measureId: string,
  date: string,
  note: string,
): Promise<string | null> {
  const r = createTestRepo(db);
  const open = await r.lockOpenOn(measureId, date);
  if (!open) return null;
  await r.update(open.id, { status: 'missed', note });
  return open.id;
}
