import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { pathWithin, personScope, type Actor } from '../../platform/access.ts';
import type { RandomDrawTable, TestRow, TestTable } from './tables.ts';

/** Staff who may collect a sample (吸毒检测程序规定 第八条: 工作人员): every role that works with persons. */
const COLLECTOR_ROLES = ['officer', 'police', 'tester', 'social_worker', 'grid_worker', 'admin'] as const;

function testQueries(db: Db) {
  /** A test with what the collector rules need of its person: gender, and where the file is kept. */
  const withPerson = (id: string) =>
    db
      .selectFrom('tests')
      .innerJoin('persons', 'persons.id', 'tests.person_id')
      .selectAll('tests')
      .select(['persons.gender as person_gender', 'persons.scope_path as person_scope'])
      .where('tests.id', '=', id);

  return {
    /** The test, if the actor's jurisdiction covers its person. */
    findScoped: (actor: Actor, id: string) => withPerson(id).where(personScope(actor)).executeTakeFirst(),
    /** The test, locked for a result, when the caller has authorized the actor by other means. */
    lockWithPerson: (id: string) => withPerson(id).forUpdate('tests').executeTakeFirst(),
    /** The open test whose window holds `date`, locked: a scheduled one before a random one. */
    lockOpenOn: (measureId: string, date: string) =>
      db
        .selectFrom('tests')
        .selectAll()
        .where('measure_id', '=', measureId)
        .where('status', '=', 'due')
        .where('window_start', '<=', date)
        .where('window_end', '>', date)
        .orderBy('plan', 'desc') // 'scheduled' before 'random'
        .forUpdate()
        .executeTakeFirst(),
    /**
     * The person's due tests of an executing measure whose windows overlap [from, to], a scheduled
     * one first; a random test only once its day has come (it is unannounced until then).
     */
    openWindows: (personId: string, from: string, to: string, today: string) =>
      db
        .selectFrom('tests')
        .innerJoin('measures', 'measures.id', 'tests.measure_id')
        .select(['tests.id', 'tests.plan', 'tests.window_start', 'tests.window_end'])
        .where('tests.person_id', '=', personId)
        .where('tests.status', '=', 'due')
        .where('measures.status', '=', 'executing')
        .where('tests.window_start', '<=', to)
        .where('tests.window_end', '>', from)
        .where((eb) => eb.or([eb('tests.plan', '=', 'scheduled'), eb('tests.window_start', '<=', today)]))
        .orderBy('tests.plan', 'desc')
        .orderBy('tests.window_start')
        .execute(),
    ofMeasure: (measureId: string) =>
      db
        .selectFrom('tests')
        .selectAll()
        .where('measure_id', '=', measureId)
        .orderBy('window_start')
        .orderBy('plan')
        .execute(),

    /** The last window of the measure's schedule as laid so far (scheduled windows only). */
    lastScheduled: (measureId: string) =>
      db
        .selectFrom('tests')
        .select(['window_index', 'window_end'])
        .where('measure_id', '=', measureId)
        .where('plan', '=', 'scheduled')
        .orderBy('window_index', 'desc')
        .limit(1)
        .executeTakeFirst(),
    insert: (row: Insertable<TestTable>): Promise<TestRow> =>
      db.insertInto('tests').values(row).returningAll().executeTakeFirstOrThrow(),
    /** Adds windows of the schedule; ones already laid are left as they are. */
    insertMissing: (rows: Insertable<TestTable>[]) =>
      db
        .insertInto('tests')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .execute(),
    insertMany: (rows: Insertable<TestTable>[]) => db.insertInto('tests').values(rows).execute(),
    update: (id: string, changes: Updateable<TestTable>): Promise<TestRow> =>
      db.updateTable('tests').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    cancelOpen: (measureId: string) =>
      db
        .updateTable('tests')
        .set({ status: 'cancelled' })
        .where('measure_id', '=', measureId)
        .where('status', '=', 'due')
        .execute(),
    /** The highest random-test index of the measure so far (0 when none). */
    lastRandomIndex: async (measureId: string) =>
      Number(
        (
          await db
            .selectFrom('tests')
            .select(sql<number>`coalesce(max(window_index), 0)`.as('n'))
            .where('measure_id', '=', measureId)
            .where('plan', '=', 'random')
            .executeTakeFirstOrThrow()
        ).n,
      ),

    /** Records a draw once per measure and period; undefined when that period was drawn already. */
    insertDraw: (row: Insertable<RandomDrawTable>) =>
      db
        .insertInto('random_draws')
        .values(row)
        .onConflict((oc) => oc.columns(['measure_id', 'period_start']).doNothing())
        .returning('id')
        .executeTakeFirst(),
    drawsOf: (measureId: string) =>
      db
        .selectFrom('random_draws')
        .selectAll()
        .where('measure_id', '=', measureId)
        .orderBy('period_start')
        .execute(),

    /** What the collector rules need of a person. */
    person: (personId: string) =>
      db
        .selectFrom('persons')
        .select(['gender', 'scope_path'])
        .where('id', '=', personId)
        .executeTakeFirstOrThrow(),
    staffNames: async (ids: string[]) => {
      if (!ids.length) return new Map<string, string>();
      const rows = await db
        .selectFrom('staff')
        .select(['id', 'display_name'])
        .where('id', 'in', ids)
        .execute();
      return new Map(rows.map((r) => [r.id, r.display_name]));
    },
    /** Which of `ids` are staff of the county, with their gender. */
    collectorsIn: (ids: string[], countyPath: string) =>
      db
        .selectFrom('staff')
        .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
        .select(['staff.id', 'staff.gender'])
        .where('staff.id', 'in', ids)
        .where((eb) => pathWithin(eb.ref('org_units.path'), countyPath))
        .execute(),
    /** Staff of the county who may collect, to choose from (first 200 by name). */
    collectorOptions: (countyPath: string) =>
      db
        .selectFrom('staff')
        .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
        .select(['staff.id', 'staff.display_name', 'staff.gender', 'org_units.name as org_name'])
        .where('staff.role', 'in', COLLECTOR_ROLES)
        .where((eb) => pathWithin(eb.ref('org_units.path'), countyPath))
        .orderBy('staff.display_name')
        .limit(200)
        .execute(),
  };
}

/** A measure's drug tests and random draws; `transaction` runs several queries as one unit. */
export const createTestRepo = (db: Db) => repository(db, testQueries);
export type TestRepo = ReturnType<typeof createTestRepo>;
