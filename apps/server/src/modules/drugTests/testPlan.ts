/**
 * What other modules change in a measure's test plan, inside their own transaction: the measure
 * lays it on 报到 and cancels it on 终止; a violation excused by staff excuses its test.
 */
import { scheduleWindows } from '@taobo/domain';
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
  if (!windows.length) return 0;
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
  return windows.length;
}

/** A terminated measure owes no more tests: its open ones are cancelled. */
export async function cancelOpenTests(db: Db, measureId: string): Promise<void> {
  await createTestRepo(db).cancelOpen(measureId);
}

/** A test whose miss staff excused (with the reason) is no longer owed. */
export async function excuseTest(db: Db, testId: string, note: string | null): Promise<void> {
  await createTestRepo(db).update(testId, { status: 'excused', note });
}
