import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import { pathWithin, type Actor } from '../../platform/access.ts';

/**
 * A counsellor's jurisdiction over persons (domain.md: "their clients' counselling records
 * only"): persons who booked with them, and persons who screened within their org subtree.
 * Use on a query that has `persons` in it. Counsellors get no general person-file access.
 */
export function counsellorScope(actor: Actor): Expression<SqlBool> {
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

export function createCounsellingRepo(db: Db) {
  const bookings = () =>
    db
      .selectFrom('counselling_bookings')
      .innerJoin('persons', 'persons.id', 'counselling_bookings.person_id')
      .innerJoin('staff', 'staff.id', 'counselling_bookings.counsellor_id')
      .select(bookingColumns);

  return {
    bookings,

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

    activeAvailability: (counsellorIds: string[]) =>
      counsellorIds.length
        ? db
            .selectFrom('counselling_availability')
            .selectAll()
            .where('counsellor_id', 'in', counsellorIds)
            .where('active', '=', true)
            .execute()
        : Promise.resolve([]),

    /** Slots of these counsellors already held by a live booking, as `counsellor|date|time`. */
    async takenSlots(counsellorIds: string[], from: string) {
      if (!counsellorIds.length) return new Set<string>();
      const rows = await db
        .selectFrom('counselling_bookings')
        .select(['counsellor_id', 'date', 'start_time'])
        .where('counsellor_id', 'in', counsellorIds)
        .where('date', '>=', from)
        .where('status', 'in', ['requested', 'confirmed'])
        .execute();
      return new Set(rows.map((r) => `${r.counsellor_id}|${r.date}|${r.start_time}`));
    },

    lockBooking: (id: string) =>
      db.selectFrom('counselling_bookings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

    screenings: () =>
      db
        .selectFrom('counselling_screenings')
        .innerJoin('persons', 'persons.id', 'counselling_screenings.person_id')
        .leftJoin('staff', 'staff.id', 'counselling_screenings.reviewed_by')
        .selectAll('counselling_screenings')
        .select(['persons.name as person_name', 'staff.display_name as reviewer_name']),
  };
}
export type CounsellingRepo = ReturnType<typeof createCounsellingRepo>;
