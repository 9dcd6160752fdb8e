/** The one way any module opens and closes tasks (the 待办 of the working group). */
import type { TaskKind } from '@taobo/contracts';
import type { Db } from '../../db/database.ts';
import { taskWrites, type NewTask, type TaskClose } from './repo.ts';

export type { Evidence, NewTask, TaskClose } from './repo.ts';

/**
 * Opens a task once: the dedupe key (e.g. `police:serious:<measure>`) makes a second call, by a
 * sweep re-run or a second server, a no-op. Returns whether a task was opened.
 */
export const openTask = (db: Db, t: NewTask): Promise<boolean> => taskWrites(db).insertOnce(t);

/** Closes the open tasks about a module record (a leave request, a check-in, …). */
export const closeTasksFor = (db: Db, ref: { kind: string; id: string }, close: TaskClose): Promise<void> =>
  taskWrites(db).closeByRef(ref, close);

/**
 * Closes a measure's open tasks of one kind as done (报到 closes "report overdue", signing the
 * agreement closes "sign the agreement").
 */
export const closeMeasureTasks = (
  db: Db,
  measureId: string,
  kind: TaskKind,
  close: { at: Date; by: string | null },
): Promise<void> => taskWrites(db).closeByMeasure(measureId, kind, close);
