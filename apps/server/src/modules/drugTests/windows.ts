import type { WindowRef } from '@taobo/contracts';
import { addDays } from '@taobo/domain';
import type { TestRow } from './tables.ts';

/** A test's window as other modules show it: its last day is the day before `window_end`. */
export function windowRef(t: Pick<TestRow, 'id' | 'plan' | 'window_start' | 'window_end'>): WindowRef {
  return { testId: t.id, plan: t.plan, start: t.window_start, deadline: addDays(t.window_end, -1) };
}

/** The window a test on `date` serves: the first of `windows` open that day (a scheduled one comes first). */
export function windowOn(windows: readonly WindowRef[], date: string): WindowRef | null {
  return windows.find((w) => w.start <= date && date <= w.deadline) ?? null;
}
