import type { TaskKind } from '@taobo/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { personScope, type Actor } from '../../platform/access.ts';

/** The 待办 queries: tasks, and what the worklist gathers from other records, within a jurisdiction. */
function taskQueries(db: Db) {
  const scopedTasks = (actor: Actor) =>
    db.selectFrom('tasks').innerJoin('persons', 'persons.id', 'tasks.person_id').where(personScope(actor));
  const scopedMeasures = (actor: Actor) =>
    db
      .selectFrom('measures')
      .innerJoin('persons', 'persons.id', 'measures.person_id')
      .where(personScope(actor));

  return {
    /** One page of the actor's tasks, by due date (undated last), with the total. */
    page: async (
      actor: Actor,
      q: { status: 'open' | 'done' | 'all'; kind?: TaskKind; page: number; pageSize: number },
    ) => {
      let base = scopedTasks(actor);
      if (q.status !== 'all') base = base.where('tasks.status', '=', q.status);
      if (q.kind) base = base.where('tasks.kind', '=', q.kind);
      const [rows, count] = await Promise.all([
        base
          .selectAll('tasks')
          .select('persons.name as person_name')
          .orderBy(sql`tasks.due_date ASC NULLS LAST`)
          .orderBy('tasks.created_at')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    /** The task, if the actor's jurisdiction covers its person. */
    findScoped: (actor: Actor, id: string) =>
      scopedTasks(actor).selectAll('tasks').where('tasks.id', '=', id).executeTakeFirst(),

    markDone: (id: string, done: { note: string | null; at: Date; by: string }) =>
      db
        .updateTable('tasks')
        .set({ status: 'done', note: done.note, done_at: done.at, done_by: done.by })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow(),

    personName: async (personId: string) =>
      (await db.selectFrom('persons').select('name').where('id', '=', personId).executeTakeFirstOrThrow())
        .name,

    /** The actor's open tasks, by due date. */
    openTasks: (actor: Actor) =>
      scopedTasks(actor)
        .selectAll('tasks')
        .select('persons.name as person_name')
        .where('tasks.status', '=', 'open')
        .orderBy('tasks.due_date')
        .execute(),

    /** Measures awaiting 报到, by deadline. */
    awaitingReport: (actor: Actor) =>
      scopedMeasures(actor)
        .select(['measures.id', 'measures.person_id', 'persons.name', 'measures.report_deadline'])
        .where('measures.status', '=', 'pending_report')
        .orderBy('measures.report_deadline')
        .execute(),

    /** Executing measures with no agreement signed, by report date. */
    awaitingAgreement: (actor: Actor) =>
      scopedMeasures(actor)
        .select(['measures.id', 'measures.person_id', 'persons.name', 'measures.reported_date'])
        .where('measures.status', '=', 'executing')
        .where('measures.agreement_signed_date', 'is', null)
        .orderBy('measures.reported_date')
        .execute(),

    /** Untested windows within the bounds (the domain's `dueWindowBounds`), by end. */
    testsDue: (actor: Actor, bounds: { startsBefore: string; endsAfter: string }) =>
      db
        .selectFrom('tests')
        .innerJoin('persons', 'persons.id', 'tests.person_id')
        .where(personScope(actor))
        .select([
          'tests.id',
          'tests.measure_id',
          'tests.person_id',
          'persons.name',
          'tests.window_start',
          'tests.window_end',
          'tests.plan',
          'tests.window_index',
        ])
        .where('tests.status', '=', 'due')
        .where('tests.window_start', '<', bounds.startsBefore)
        .where('tests.window_end', '>', bounds.endsAfter)
        .orderBy('tests.window_end')
        .execute(),

    /** Violations the system found, for staff to confirm or excuse, by date. */
    candidateViolations: (actor: Actor) =>
      db
        .selectFrom('violations')
        .innerJoin('persons', 'persons.id', 'violations.person_id')
        .where(personScope(actor))
        .select([
          'violations.id',
          'violations.measure_id',
          'violations.person_id',
          'persons.name',
          'violations.kind',
          'violations.date',
        ])
        .where('violations.status', '=', 'candidate')
        .orderBy('violations.date')
        .execute(),

    /** Executing measures whose term ends by `until`, by term end. */
    endingBy: (actor: Actor, until: string) =>
      scopedMeasures(actor)
        .select(['measures.id', 'measures.person_id', 'persons.name', 'measures.term_end'])
        .where('measures.status', '=', 'executing')
        .where('measures.term_end', '<=', until)
        .orderBy('measures.term_end')
        .execute(),
  };
}

export function createTaskRepo(db: Db) {
  return repository(db, taskQueries);
}
export type TaskRepo = ReturnType<typeof createTaskRepo>;

export interface Evidence {
  label: string;
  date: string | null;
  ref: string | null;
}

/** A task to open: what it is about, and the key that makes opening it twice a no-op. */
export interface NewTask {
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
}

/** How open tasks are closed: `by` and `note` are left as they are when not given. */
export interface TaskClose {
  status: 'done' | 'cancelled';
  at: Date;
  by?: string | null;
  note?: string | null;
}

/**
 * The writes other modules make through `tasks.ts`, in their own transaction: open once by dedupe
 * key, close by the record a task is about, close a measure's tasks of one kind.
 */
export function taskWrites(db: Db) {
  return {
    insertOnce: async (t: NewTask): Promise<boolean> => {
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
    },
    closeByRef: async (ref: { kind: string; id: string }, close: TaskClose): Promise<void> => {
      await db
        .updateTable('tasks')
        .set({ status: close.status, done_at: close.at, done_by: close.by, note: close.note })
        .where('ref_kind', '=', ref.kind)
        .where('ref_id', '=', ref.id)
        .where('status', '=', 'open')
        .execute();
    },
    closeByMeasure: async (
      measureId: string,
      kind: TaskKind,
      close: { at: Date; by: string | null },
    ): Promise<void> => {
      await db
        .updateTable('tasks')
        .set({ status: 'done', done_at: close.at, done_by: close.by })
        .where('measure_id', '=', measureId)
        .where('kind', '=', kind)
        .where('status', '=', 'open')
        .execute();
    },
  };
}
