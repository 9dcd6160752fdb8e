import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { personScope, type Actor } from '../../platform/access.ts';
import type { MeasureRow, MeasureTable } from './tables.ts';

function measureQueries(db: Db) {
  return {
    /** The measure, if the actor's jurisdiction covers its person. */
    findScoped: (actor: Actor, id: string): Promise<MeasureRow | undefined> =>
      db
        .selectFrom('measures')
        .innerJoin('persons', 'persons.id', 'measures.person_id')
        .selectAll('measures')
        .where('measures.id', '=', id)
        .where(personScope(actor))
        .executeTakeFirst(),

    /** Locks the row for a state change, so two concurrent transitions cannot both pass. */
    lock: (id: string) =>
      db.selectFrom('measures').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow(),

    byPerson: (personId: string) =>
      db
        .selectFrom('measures')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .execute(),

    insert: (row: Insertable<MeasureTable>) =>
      db.insertInto('measures').values(row).returningAll().executeTakeFirstOrThrow(),

    update: (id: string, changes: Updateable<MeasureTable>): Promise<MeasureRow> =>
      db.updateTable('measures').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

    addEvent: (e: {
      measureId: string;
      personId: string;
      at: Date;
      date: string | null;
      kind: string;
      details?: Record<string, unknown>;
      actorId: string | null;
    }) =>
      db
        .insertInto('measure_events')
        .values({
          measure_id: e.measureId,
          person_id: e.personId,
          at: e.at,
          date: e.date,
          kind: e.kind,
          details: JSON.stringify(e.details ?? {}),
          actor_id: e.actorId,
        })
        .execute(),

    suspensions: (measureId: string) =>
      db
        .selectFrom('suspensions')
        .selectAll()
        .where('measure_id', '=', measureId)
        .orderBy('from_date')
        .execute(),
    openSuspension: (measureId: string, from: string, reason: string) =>
      db.insertInto('suspensions').values({ measure_id: measureId, from_date: from, reason }).execute(),
    closeSuspension: (measureId: string, to: string) =>
      db
        .updateTable('suspensions')
        .set({ to_date: to })
        .where('measure_id', '=', measureId)
        .where('to_date', 'is', null)
        .execute(),

    /** What 禁毒法 第三十九条 needs of the person's file (gender, birth date), and where they live. */
    personFacts: (personId: string) =>
      db
        .selectFrom('persons')
        .select(['id', 'gender', 'birth_date'])
        .where('id', '=', personId)
        .executeTakeFirstOrThrow(),

    names: async (unitIds: string[], staffIds: string[]) => {
      const [units, staff] = await Promise.all([
        unitIds.length
          ? db
              .selectFrom('org_units')
              .select(['id', 'name', 'path', 'level'])
              .where('id', 'in', unitIds)
              .execute()
          : [],
        staffIds.length
          ? db.selectFrom('staff').select(['id', 'display_name']).where('id', 'in', staffIds).execute()
          : [],
      ]);
      return { units, staff };
    },

    /** What the person's timeline shows: measure events, tests taken, violations, tasks. */
    history: (personId: string) =>
      Promise.all([
        db
          .selectFrom('measure_events')
          .leftJoin('staff', 'staff.id', 'measure_events.actor_id')
          .select([
            'measure_events.at',
            'measure_events.date',
            'measure_events.kind',
            'measure_events.details',
            'staff.display_name',
          ])
          .where('measure_events.person_id', '=', personId)
          .execute(),
        db
          .selectFrom('tests')
          .leftJoin('staff', 'staff.id', 'tests.recorded_by')
          .select([
            'tests.recorded_at',
            'tests.taken_date',
            'tests.kind',
            'tests.outcome',
            'tests.plan',
            'staff.display_name',
          ])
          .where('tests.person_id', '=', personId)
          .where('tests.status', '=', 'done')
          .execute(),
        db.selectFrom('violations').selectAll().where('person_id', '=', personId).execute(),
        db.selectFrom('tasks').selectAll().where('person_id', '=', personId).execute(),
      ]),
  };
}

/** Measures, their events and suspensions; `transaction` runs several queries as one unit. */
export const createMeasureRepo = (db: Db) => repository(db, measureQueries);
export type MeasureRepo = ReturnType<typeof createMeasureRepo>;
