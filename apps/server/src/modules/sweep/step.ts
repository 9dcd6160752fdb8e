import type { SweepResult } from '@taobo/contracts';
import type { Calendar } from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import type { SweepQueries } from './repo.ts';

/** What a step did: the counts it adds to the day's result. */
export type Tally = Partial<Omit<SweepResult, 'date'>>;

/** What every step of one sweep works with. */
export interface SweepContext {
  /** The business day swept, and the moment the sweep started (the time of every write). */
  day: string;
  now: Date;
  /** The working-day calendar every deadline of this sweep is counted on (民法典 第二百零三条). */
  calendar: Calendar;
  /** Candidates are read, decided and written this many at a time. */
  batchSize: number;
  /**
   * Runs `work` in a short transaction of its own: the sweep's queries bound to it, and the
   * transaction to pass to other modules' writes (openTask, setPersonStatus, …).
   */
  transaction<T>(work: (repo: SweepQueries, trx: Db) => Promise<T>): Promise<T>;
}

/**
 * Runs `batch` page after page: each call gets the last id of the previous page (null at first)
 * and returns what it did with the ids it read, in one transaction. Stops at an empty page. The
 * tallies of committed pages add up.
 */
export async function inBatches(
  batch: (after: string | null) => Promise<{ lastId: string | null; tally: Tally }>,
): Promise<Tally> {
  const total: Tally = {};
  for (let after: string | null = null; ;) {
    const { lastId, tally } = await batch(after);
    addTally(total, tally);
    if (lastId === null) return total;
    after = lastId;
  }
}

export function addTally(into: Tally, more: Tally): void {
  for (const [key, n] of Object.entries(more) as [keyof Tally, number][]) into[key] = (into[key] ?? 0) + n;
}

/** The page's last id, null for an empty page (the end). */
export const lastIdOf = (rows: readonly { id: string }[]): string | null => rows.at(-1)?.id ?? null;
