import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { pathWithin, type Actor } from '../../platform/access.ts';
import type { AppointmentTable, StationSlotTable, TestStationTable } from './tables.ts';
import { escapeLike } from '../../db/like.ts';

// The queries of test booking, one repository per service: stations (staff who manage them), the
// station's day (testers who work there) and the person's own bookings.

/**
 * Stations an actor may see: those in their subtree, and those of the units above them (a county
 * station serves its townships' staff). Managing one needs it in the subtree (see the station service).
 */
function stationVisible(actor: Actor): Expression<SqlBool> {
  const ref = sql.ref<string>('test_stations.scope_path');
  return sql<SqlBool>`(${pathWithin(ref, actor.orgPath)} OR ${actor.orgPath} LIKE ${ref} || '/%')`;
}

const visibleStation = (db: Db, actor: Actor, id: string) =>
  db
    .selectFrom('test_stations')
    .selectAll()
    .where('id', '=', id)
    .where(stationVisible(actor))
    .executeTakeFirst();

const closure = (db: Db, stationId: string, date: string) =>
  db
    .selectFrom('station_closures')
    .select('reason')
    .where('station_id', '=', stationId)
    .where('date', '=', date)
    .executeTakeFirst();

/** A station's weekly slots in use, by weekday and time. */
const activeSlots = (db: Db, stationId: string) =>
  db
    .selectFrom('station_slots')
    .selectAll()
    .where('station_id', '=', stationId)
    .where('active', '=', true)
    .orderBy('weekday')
    .orderBy('start_time')
    .execute();

const closuresBetween = (db: Db, stationId: string, from: string, to?: string) => {
  let q = db
    .selectFrom('station_closures')
    .select(['date', 'reason'])
    .where('station_id', '=', stationId)
    .where('date', '>=', from);
  if (to) q = q.where('date', '<=', to);
  return q.orderBy('date').execute();
};

/** Staff: test stations, their weekly slots and closed days. */
const stationQueries = (db: Db) => ({
  visible: (actor: Actor, id: string) => visibleStation(db, actor, id),

  async list(actor: Actor, query: { q?: string; active?: boolean; page: number; pageSize: number }) {
    let q = db.selectFrom('test_stations').where(stationVisible(actor));
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      q = q.where((eb) => eb.or([eb('name', 'like', like), eb('address', 'like', like)]));
    }
    if (query.active !== undefined) q = q.where('active', '=', query.active);
    const [rows, total] = await Promise.all([
      q
        .selectAll()
        .orderBy('active', 'desc')
        .orderBy('name')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(total.n) };
  },

  /** An org unit in the actor's subtree. */
  unitWithin: (actor: Actor, orgUnitId: string) =>
    db
      .selectFrom('org_units')
      .selectAll()
      .where('id', '=', orgUnitId)
      .where((eb) => pathWithin(eb.ref('path'), actor.orgPath))
      .executeTakeFirst(),

  async unitNames(ids: string[]): Promise<Map<string, string>> {
    const rows = await db.selectFrom('org_units').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((u) => [u.id, u.name]));
  },

  /** Places per week of each station, over its slots in use. */
  async weeklyCapacity(stationIds: string[]): Promise<Map<string, number>> {
    const rows = await db
      .selectFrom('station_slots')
      .select(['station_id', (eb) => eb.fn.sum<string>('capacity').as('total')])
      .where('station_id', 'in', stationIds)
      .where('active', '=', true)
      .groupBy('station_id')
      .execute();
    return new Map(rows.map((c) => [c.station_id, Number(c.total)]));
  },

  activeSlots: (stationId: string) => activeSlots(db, stationId),
  closuresFrom: (stationId: string, from: string) => closuresBetween(db, stationId, from),

  insert: (values: Insertable<TestStationTable>) =>
    db.insertInto('test_stations').values(values).returningAll().executeTakeFirstOrThrow(),
  update: (id: string, values: Updateable<TestStationTable>) =>
    db.updateTable('test_stations').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

  /** The ids of the station's slots in use, locked while the weekly template is replaced. */
  async lockActiveSlotIds(stationId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('station_slots')
      .select('id')
      .where('station_id', '=', stationId)
      .where('active', '=', true)
      .forUpdate()
      .execute();
    return rows.map((r) => r.id);
  },
  insertSlot: (values: Insertable<StationSlotTable>) =>
    db.insertInto('station_slots').values(values).execute(),
  updateSlot: (id: string, values: Updateable<StationSlotTable>) =>
    db.updateTable('station_slots').set(values).where('id', '=', id).execute(),
  /** Slots taken out of the template are kept, inactive: their bookings stand. */
  retireSlots: (ids: string[]) =>
    db.updateTable('station_slots').set({ active: false }).where('id', 'in', ids).execute(),

  closeDay: (c: { stationId: string; date: string; reason: string; by: string; at: Date }) =>
    db
      .insertInto('station_closures')
      .values({ station_id: c.stationId, date: c.date, reason: c.reason, created_by: c.by, created_at: c.at })
      .onConflict((oc) => oc.columns(['station_id', 'date']).doUpdateSet({ reason: c.reason }))
      .execute(),
  reopenDay: (stationId: string, date: string) =>
    db.deleteFrom('station_closures').where('station_id', '=', stationId).where('date', '=', date).execute(),
});
export const createStationRepo = (db: Db) => repository(db, stationQueries);
export type StationRepo = ReturnType<typeof createStationRepo>;

/** Appointments with the person and test columns of a station's day list. */
const dayRows = (db: Db) =>
  db
    .selectFrom('appointments')
    .innerJoin('persons', 'persons.id', 'appointments.person_id')
    .innerJoin('tests', 'tests.id', 'appointments.test_id')
    .selectAll('appointments')
    .select([
      'persons.name',
      'persons.gender',
      'tests.plan',
      'tests.window_start',
      'tests.window_end',
      'tests.outcome',
    ]);
export type DayRow = Awaited<ReturnType<ReturnType<typeof dayRows>['execute']>>[number];

/** Testers: a station's day list, arrivals, results and cancellations. */
const stationDayQueries = (db: Db) => ({
  visibleStation: (actor: Actor, id: string) => visibleStation(db, actor, id),
  closure: (stationId: string, date: string) => closure(db, stationId, date),

  dayList: (stationId: string, date: string) =>
    dayRows(db)
      .where('appointments.station_id', '=', stationId)
      .where('appointments.date', '=', date)
      .orderBy('appointments.start_time')
      .orderBy('persons.name')
      .execute(),
  dayItem: (stationId: string, id: string) =>
    dayRows(db)
      .where('appointments.id', '=', id)
      .where('appointments.station_id', '=', stationId)
      .executeTakeFirst(),

  /** A booking at a station the actor may see, locked for a change by station staff. */
  lockVisible: (actor: Actor, id: string) =>
    db
      .selectFrom('appointments')
      .innerJoin('test_stations', 'test_stations.id', 'appointments.station_id')
      .selectAll('appointments')
      .select(['test_stations.name as station_name'])
      .where('appointments.id', '=', id)
      .where(stationVisible(actor))
      .forUpdate('appointments')
      .executeTakeFirst(),

  update: (id: string, values: Updateable<AppointmentTable>) =>
    db.updateTable('appointments').set(values).where('id', '=', id).execute(),

  /** Staff of the county (its path `4311/431103`) in roles that may collect a sample. */
  collectors: (countyPath: string) =>
    db
      .selectFrom('staff')
      .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
      .select(['staff.id', 'staff.display_name', 'staff.gender', 'org_units.name as org_name'])
      .where('staff.role', 'in', ['officer', 'police', 'tester', 'social_worker', 'grid_worker', 'admin'])
      .where((eb) => pathWithin(eb.ref('org_units.path'), countyPath))
      .orderBy('staff.display_name')
      .limit(200)
      .execute(),
});
export const createStationDayRepo = (db: Db) => repository(db, stationDayQueries);
export type StationDayRepo = ReturnType<typeof createStationDayRepo>;
/** The station-day queries bound to one transaction. */
export type StationDayQueries = ReturnType<typeof stationDayQueries>;

/** The person's own bookings; also the day-before reminders of the daily sweep. */
export const appointmentQueries = (db: Db) => ({
  /** The person's county (`4311/431103` → `431103`), from their file's scope path. */
  async personCounty(personId: string): Promise<string> {
    const p = await db
      .selectFrom('persons')
      .select('scope_path')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    return p.scope_path.split('/')[1] ?? '';
  },

  countyStations: (countyId: string) =>
    db
      .selectFrom('test_stations')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('active', '=', true)
      .orderBy('name')
      .execute(),
  countyStation: (countyId: string, id: string) =>
    db
      .selectFrom('test_stations')
      .selectAll()
      .where('id', '=', id)
      .where('county_id', '=', countyId)
      .where('active', '=', true)
      .executeTakeFirst(),

  activeSlots: (stationId: string) => activeSlots(db, stationId),
  closure: (stationId: string, date: string) => closure(db, stationId, date),
  closuresBetween: (stationId: string, from: string, to: string) => closuresBetween(db, stationId, from, to),

  /**
   * A bookable slot of the county, locked: bookings of one slot are counted one at a time, so its
   * capacity holds under concurrency.
   */
  lockSlot: (countyId: string, slotId: string) =>
    db
      .selectFrom('station_slots')
      .innerJoin('test_stations', 'test_stations.id', 'station_slots.station_id')
      .selectAll('station_slots')
      .select(['test_stations.name as station_name'])
      .where('station_slots.id', '=', slotId)
      .where('station_slots.active', '=', true)
      .where('test_stations.active', '=', true)
      .where('test_stations.county_id', '=', countyId)
      .forUpdate('station_slots')
      .executeTakeFirst(),

  /** Active bookings per slot and day (`slotId:date` → count), for capacity. */
  async taken(slotIds: string[], from: string, to: string, exceptId?: string): Promise<Map<string, number>> {
    if (!slotIds.length) return new Map();
    let q = db
      .selectFrom('appointments')
      .select(['slot_id', 'date', (eb) => eb.fn.countAll<string>().as('n')])
      .where('slot_id', 'in', slotIds)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where('status', '<>', 'cancelled')
      .groupBy(['slot_id', 'date']);
    if (exceptId) q = q.where('id', '<>', exceptId);
    const rows = await q.execute();
    return new Map(rows.map((r) => [`${r.slot_id}:${r.date}`, Number(r.n)]));
  },

  /** The tests the person has a live (booked or arrived) booking for. */
  async bookedTestIds(personId: string): Promise<Set<string>> {
    const rows = await db
      .selectFrom('appointments')
      .select('test_id')
      .where('person_id', '=', personId)
      .where('status', 'in', ['booked', 'arrived'])
      .execute();
    return new Set(rows.map((r) => r.test_id));
  },

  insert: (values: Insertable<AppointmentTable>) =>
    db.insertInto('appointments').values(values).returningAll().executeTakeFirstOrThrow(),
  update: (id: string, values: Updateable<AppointmentTable>) =>
    db.updateTable('appointments').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

  lockOwn: (personId: string, id: string) =>
    db
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', id)
      .where('person_id', '=', personId)
      .forUpdate()
      .executeTakeFirst(),

  /** The person's latest bookings (or those of `ids`), with their station and test window. */
  mine: (personId: string, ids?: string[]) => {
    let q = db
      .selectFrom('appointments')
      .innerJoin('test_stations', 'test_stations.id', 'appointments.station_id')
      .innerJoin('tests', 'tests.id', 'appointments.test_id')
      .selectAll('appointments')
      .select([
        'test_stations.name',
        'test_stations.address',
        'test_stations.phone',
        'tests.plan',
        'tests.window_start',
        'tests.window_end',
      ])
      .where('appointments.person_id', '=', personId)
      .orderBy('appointments.date', 'desc')
      .orderBy('appointments.start_time', 'desc')
      .limit(30);
    if (ids) q = q.where('appointments.id', 'in', ids);
    return q.execute();
  },

  /** The person's next live bookings, from `from` on, for the home screen. */
  upcoming: (personId: string, from: string) =>
    db
      .selectFrom('appointments')
      .innerJoin('test_stations', 'test_stations.id', 'appointments.station_id')
      .select(['appointments.date', 'appointments.start_time', 'appointments.end_time', 'test_stations.name'])
      .where('appointments.person_id', '=', personId)
      .where('appointments.status', '=', 'booked')
      .where('appointments.date', '>=', from)
      .orderBy('appointments.date')
      .orderBy('appointments.start_time')
      .limit(3)
      .execute(),

  /** Everyone's live bookings on `date`, with where to go: the day-before reminders. */
  bookedOn: (date: string) =>
    db
      .selectFrom('appointments')
      .innerJoin('test_stations', 'test_stations.id', 'appointments.station_id')
      .select([
        'appointments.id',
        'appointments.person_id',
        'appointments.date',
        'appointments.start_time',
        'appointments.end_time',
        'test_stations.name',
        'test_stations.address',
      ])
      .where('appointments.date', '=', date)
      .where('appointments.status', '=', 'booked')
      .execute(),
});
export const createAppointmentRepo = (db: Db) => repository(db, appointmentQueries);
export type AppointmentRepo = ReturnType<typeof createAppointmentRepo>;
/** The booking queries bound to one transaction. */
export type AppointmentQueries = ReturnType<typeof appointmentQueries>;
