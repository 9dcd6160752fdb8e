import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import { LIVE_BOOKING_STATUSES } from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { pathWithin, type Actor } from '../../platform/access.ts';
import type { CounsellingTables } from './tables.ts';
import { isPersonInScope } from '../persons/personInScope.ts';

/**
 * A counsellor's jurisdiction over persons (domain.md: "their clients' counselling records
 * only"): persons who booked with them, and persons who screened within their org subtree.
 * Use on a query that has `persons` in it. Counsellors get no general person-file access.
 */
function counsellorScope(actor: Actor): Expression<SqlBool> {
  return sql<SqlBool>`(
    EXISTS (SELECT 1 FROM counselling_bookings cb WHERE cb.person_id = persons.id AND cb.counsellor_id = ${actor.id})
    OR (${pathWithin(sql.ref<string>('persons.scope_path'), actor.orgPath)}
        AND EXISTS (SELECT 1 FROM counselling_screenings cs WHERE cs.person_id = persons.id))
  )`;
}

const bookingColumns = [
  'counselling_bookings.id',
  'counselling_bookings.person_id',
  'counselling_bookings.counsellor_id',
  'counselling_bookings.availability_id',
  'counselling_bookings.date',
  'counselling_bookings.start_time',
  'counselling_bookings.duration_minutes',
  'counselling_bookings.mode',
  'counselling_bookings.place',
  'counselling_bookings.status',
  'counselling_bookings.cancelled_by',
  'counselling_bookings.cancel_reason',
  'counselling_bookings.created_at',
  'counselling_bookings.confirmed_at',
  'counselling_bookings.completed_at',
  'counselling_bookings.cancelled_at',
  'persons.name as person_name',
  'staff.display_name as counsellor_name',
] as const;

type BookingStatus = CounsellingTables['counselling_bookings']['status'];
type Paging = { page: number; pageSize: number };

function queries(db: Db) {
  const bookings = () =>
    db
      .selectFrom('counselling_bookings')
      .innerJoin('persons', 'persons.id', 'counselling_bookings.person_id')
      .innerJoin('staff', 'staff.id', 'counselling_bookings.counsellor_id')
      .select(bookingColumns);

  const screenings = () =>
    db
      .selectFrom('counselling_screenings')
      .innerJoin('persons', 'persons.id', 'counselling_screenings.person_id')
      .leftJoin('staff', 'staff.id', 'counselling_screenings.reviewed_by')
      .selectAll('counselling_screenings')
      .select(['persons.name as person_name', 'staff.display_name as reviewer_name']);

  /** Screenings of persons placed in the org subtree at `orgPath`. */
  const screeningsWithin = (orgPath: string) =>
    screenings().where(pathWithin(sql.ref<string>('persons.scope_path'), orgPath));

  return {
    // ---- availability ----

    /** A counsellor's open weekly times, and one-off times from `today` on. */
    availabilityOf: (counsellorId: string, today: string) =>
      db
        .selectFrom('counselling_availability')
        .selectAll()
        .where('counsellor_id', '=', counsellorId)
        .where('active', '=', true)
        .where((eb) => eb.or([eb('kind', '=', 'weekly'), eb('date', '>=', today)]))
        .orderBy('kind', 'desc')
        .orderBy('weekday')
        .orderBy('date')
        .orderBy('start_time')
        .execute(),

    addAvailability: (values: Insertable<CounsellingTables['counselling_availability']>) =>
      db.insertInto('counselling_availability').values(values).returningAll().executeTakeFirstOrThrow(),

    /** Withdraws an open time of this counsellor; false when there is none. */
    async withdrawAvailability(id: string, counsellorId: string): Promise<boolean> {
      const res = await db
        .updateTable('counselling_availability')
        .set({ active: false })
        .where('id', '=', id)
        .where('counsellor_id', '=', counsellorId)
        .where('active', '=', true)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    openAvailability: (id: string) =>
      db
        .selectFrom('counselling_availability')
        .selectAll()
        .where('id', '=', id)
        .where('active', '=', true)
        .executeTakeFirst(),

    activeAvailability: (counsellorIds: string[]) =>
      counsellorIds.length
        ? db
            .selectFrom('counselling_availability')
            .selectAll()
            .where('counsellor_id', 'in', counsellorIds)
            .where('active', '=', true)
            .execute()
        : Promise.resolve([]),

    /** Counsellors whose jurisdiction covers the person: their unit is the person's unit or above it. */
    counsellorsFor: (personId: string) =>
      db
        .selectFrom('staff')
        .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
        .innerJoin('persons', (j) => j.on('persons.id', '=', personId))
        .select(['staff.id', 'staff.display_name'])
        .where('staff.role', '=', 'counsellor')
        .where(
          sql<SqlBool>`(persons.scope_path = org_units.path OR persons.scope_path LIKE org_units.path || '/%')`,
        )
        .execute(),

    /** Slots of these counsellors already held by a live booking, as `counsellor|date|time`. */
    async takenSlots(counsellorIds: string[], from: string) {
      if (!counsellorIds.length) return new Set<string>();
      const rows = await db
        .selectFrom('counselling_bookings')
        .select(['counsellor_id', 'date', 'start_time'])
        .where('counsellor_id', 'in', counsellorIds)
        .where('date', '>=', from)
        .where('status', 'in', LIVE_BOOKING_STATUSES)
        .execute();
      return new Set(rows.map((r) => `${r.counsellor_id}|${r.date}|${r.start_time}`));
    },

    // ---- bookings ----

    booking: (id: string) => bookings().where('counselling_bookings.id', '=', id).executeTakeFirst(),

    counsellorBooking: (counsellorId: string, id: string) =>
      bookings()
        .where('counselling_bookings.id', '=', id)
        .where('counselling_bookings.counsellor_id', '=', counsellorId)
        .executeTakeFirst(),

    personBooking: (personId: string, id: string) =>
      bookings()
        .where('counselling_bookings.id', '=', id)
        .where('counselling_bookings.person_id', '=', personId)
        .executeTakeFirst(),

    /** A person's bookings, latest first. */
    bookingsOf: (personId: string, limit: number) =>
      bookings()
        .where('counselling_bookings.person_id', '=', personId)
        .orderBy('counselling_bookings.date', 'desc')
        .orderBy('counselling_bookings.start_time', 'desc')
        .limit(limit)
        .execute(),

    /** A counsellor's bookings: requests first, then the coming sessions soonest first, then the past. */
    async counsellorBookings(counsellorId: string, q: Paging & { status?: BookingStatus }) {
      let base = bookings().where('counselling_bookings.counsellor_id', '=', counsellorId);
      if (q.status) base = base.where('counselling_bookings.status', '=', q.status);
      const [rows, count] = await Promise.all([
        base
          .orderBy(
            sql`CASE counselling_bookings.status WHEN 'requested' THEN 0 WHEN 'confirmed' THEN 1 ELSE 2 END`,
          )
          .orderBy(
            sql`CASE WHEN counselling_bookings.status IN ('requested', 'confirmed') THEN counselling_bookings.date END ASC`,
          )
          .orderBy('counselling_bookings.date', 'desc')
          .orderBy('counselling_bookings.start_time')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        db
          .selectFrom('counselling_bookings')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('counsellor_id', '=', counsellorId)
          .$if(!!q.status, (qb) => qb.where('status', '=', q.status!))
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    lockBooking: (id: string) =>
      db.selectFrom('counselling_bookings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

    setBooking: async (id: string, values: Updateable<CounsellingTables['counselling_bookings']>) => {
      await db.updateTable('counselling_bookings').set(values).where('id', '=', id).execute();
    },

    /** Makes one person's bookings one at a time, until the transaction ends. */
    lockPersonBookings: async (personId: string) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext('taobo.counselling.book'), hashtext(${personId}))`.execute(
        db,
      );
    },

    async liveBookingCount(personId: string): Promise<number> {
      const row = await db
        .selectFrom('counselling_bookings')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('person_id', '=', personId)
        .where('status', 'in', LIVE_BOOKING_STATUSES)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Books a slot; undefined when a live booking already holds it. */
    async addBooking(values: Insertable<CounsellingTables['counselling_bookings']>) {
      const row = await db
        .insertInto('counselling_bookings')
        .values(values)
        .onConflict((oc) =>
          oc
            .columns(['counsellor_id', 'date', 'start_time'])
            .where('status', 'in', LIVE_BOOKING_STATUSES)
            .doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      return row?.id;
    },

    // ---- session notes ----

    note: (bookingId: string) =>
      db
        .selectFrom('counselling_notes')
        .innerJoin('staff', 'staff.id', 'counselling_notes.counsellor_id')
        .selectAll('counselling_notes')
        .select('staff.display_name')
        .where('booking_id', '=', bookingId)
        .executeTakeFirst(),

    /** Writes a session's note, replacing the one there was. */
    saveNote: (values: Insertable<CounsellingTables['counselling_notes']>) =>
      db
        .insertInto('counselling_notes')
        .values(values)
        .onConflict((oc) =>
          oc
            .column('booking_id')
            .doUpdateSet({ body_enc: (eb) => eb.ref('excluded.body_enc'), updated_at: values.updated_at }),
        )
        .returningAll()
        .executeTakeFirstOrThrow(),

    // ---- screenings ----

    screening: (id: string) =>
      screenings().where('counselling_screenings.id', '=', id).executeTakeFirstOrThrow(),

    screeningWithin: (orgPath: string, id: string) =>
      screeningsWithin(orgPath).where('counselling_screenings.id', '=', id).executeTakeFirst(),

    /** Screenings in the org subtree: open alerts first, then the latest. */
    async screeningsWithinPage(orgPath: string, q: Paging & { openAlerts?: boolean }) {
      let base = screeningsWithin(orgPath);
      if (q.openAlerts)
        base = base
          .where('counselling_screenings.alert', '=', true)
          .where('counselling_screenings.reviewed_at', 'is', null);
      const [rows, count] = await Promise.all([
        base
          .orderBy(sql`(counselling_screenings.alert AND counselling_screenings.reviewed_at IS NULL) DESC`)
          .orderBy('counselling_screenings.created_at', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base
          .clearSelect()
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    /** A person's screenings, latest first. */
    screeningsOf: (personId: string, limit: number) =>
      screenings()
        .where('counselling_screenings.person_id', '=', personId)
        .orderBy('counselling_screenings.created_at', 'desc')
        .limit(limit)
        .execute(),

    async addScreening(values: Insertable<CounsellingTables['counselling_screenings']>): Promise<string> {
      const row = await db
        .insertInto('counselling_screenings')
        .values(values)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    markReviewed: async (id: string, by: string, at: Date) => {
      await db
        .updateTable('counselling_screenings')
        .set({ reviewed_at: at, reviewed_by: by })
        .where('id', '=', id)
        .where('reviewed_at', 'is', null)
        .execute();
    },

    // ---- persons ----

    /** A person the counsellor serves (booked with them, or screened in their area). */
    clientOf: (actor: Actor, personId: string) =>
      db
        .selectFrom('persons')
        .select(['id', 'name'])
        .where('persons.id', '=', personId)
        .where(counsellorScope(actor))
        .executeTakeFirst(),

    /** A person in the officer's jurisdiction. */
    personInScope: (actor: Actor, personId: string) => isPersonInScope(db, actor, personId),
  };
}

export function createCounsellingRepo(db: Db) {
  return repository(db, queries);
}
export type CounsellingRepo = ReturnType<typeof createCounsellingRepo>;
export type BookingRow = NonNullable<Awaited<ReturnType<CounsellingRepo['booking']>>>;
export type ScreeningRow = Awaited<ReturnType<CounsellingRepo['screening']>>;
export type AvailabilityRow = Awaited<ReturnType<CounsellingRepo['addAvailability']>>;
