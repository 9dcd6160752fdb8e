/** What other modules write on a measure, inside their own transaction. */
import type { Db } from '../../db/database.ts';
import { createMeasureRepo } from './repo.ts';
import type { MeasureRow } from './tables.ts';

/**
 * An event on the measure's history, shown on the person's timeline (timeline.ts): `summary`, when
 * given, is its one-line detail.
 */
export async function recordMeasureEvent(
  db: Db,
  e: {
    measureId: string;
    personId: string;
    at: Date;
    date: string;
    kind: string;
    summary?: string;
    details?: Record<string, unknown>;
    actorId: string | null;
  },
): Promise<void> {
  await createMeasureRepo(db).addEvent({
    measureId: e.measureId,
    personId: e.personId,
    at: e.at,
    date: e.date,
    kind: e.kind,
    details: { ...e.details, ...(e.summary !== undefined && { summary: e.summary }) },
    actorId: e.actorId,
  });
}

/** The measure, locked in the caller's transaction, for a check that writes on it. */
export const lockMeasure = (db: Db, measureId: string): Promise<MeasureRow> =>
  createMeasureRepo(db).lock(measureId);

/**
 * 戒毒条例 第三十八条 第二款: flags a 社区康复 refused or seriously violated and then relapsed, so that
 * a later 强制隔离戒毒 is not released early (the caller has applied the rule).
 */
export async function flagNoEarlyRelease(db: Db, measureId: string, at: Date): Promise<void> {
  await createMeasureRepo(db).update(measureId, { no_early_release: true, updated_at: at });
}
