/** The one way any module opens and closes tasks (the 待办 of the working group). */
import type { TaskKind } from '@taobo/contracts';
import type { Db } from '../../db/database.ts';

export interface Evidence {
  label: string;
  date: string | null;
  ref: string | null;
}

/**
 * Opens a task once: the dedupe key (e.g. `police:serious:<measure>`) makes a second call, by a
 * sweep re-run or a second server, a no-op. Returns whether a task was opened.
 */
export async function openTask(
  db: Db,
  t: {
    kind: TaskKind;
    personId: string;
    measureId: string | null;
    title: string;
    dueDate: string | null;
    evidence?: Evidence[];
    dedupeKey: string;
    now: Date;
    /** The module record the task is about (a leave request, a check-in, …). */
    ref?: { kind: string; id: string };
  },
): Promise<boolean> {
  const row = await db
    .insertInto('tasks')
    .values({
      kind: t.kind,
      person_id: t.personId,
      measure_id: t.measureId,
      title: t.title,
      due_date: t.dueDate,
      evidence: JSON.stringify(t.evidence ?? []),
      note: null,
      created_at: t.now,
      done_at: null,
      done_by: null,
      dedupe_key: t.dedupeKey,
      ref_kind: t.ref?.kind ?? null,
      ref_id: t.ref?.id ?? null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Closes the open tasks about a module record (a leave request, a check-in, …). `by` and `note`
 * are left as they are when not given.
 */
export async function closeTasksFor(
  db: Db,
  ref: { kind: string; id: string },
  close: { status: 'done' | 'cancelled'; at: Date; by?: string | null; note?: string | null },
): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ status: close.status, done_at: close.at, done_by: close.by, note: close.note })
    .where('ref_kind', '=', ref.kind)
    .where('ref_id', '=', ref.id)
    .where('status', '=', 'open')
    .execute();
}

/**
 * Closes a measure's open tasks of one kind as done (报到 closes "report overdue", signing the
 * agreement closes "sign the agreement").
 */
export async function closeMeasureTasks(
  db: Db,
  measureId: string,
  kind: TaskKind,
  close: { at: Date; by: string | null },
): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ status: 'done', done_at: close.at, done_by: close.by })
    .where('measure_id', '=', measureId)
    .where('kind', '=', kind)
    .where('status', '=', 'open')
    .execute();
}
