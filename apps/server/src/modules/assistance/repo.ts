import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export function createAssistanceRepo(db: Db) {
  return {
    /** Applications joined to their person, for scoping with `personScope` or by person id. */
    applications: () =>
      db
        .selectFrom('assistance_applications')
        .innerJoin('persons', 'persons.id', 'assistance_applications.person_id')
        .selectAll('assistance_applications')
        .select('persons.name as person_name'),

    lock: (id: string) =>
      db
        .selectFrom('assistance_applications')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst(),

    attachments: (ids: string[]) =>
      ids.length
        ? db
            .selectFrom('assistance_attachments')
            .selectAll()
            .where('application_id', 'in', ids)
            .orderBy('created_at')
            .execute()
        : Promise.resolve([]),

    events: (ids: string[]) =>
      ids.length
        ? db
            .selectFrom('assistance_events')
            .leftJoin('staff', 'staff.id', 'assistance_events.staff_id')
            .selectAll('assistance_events')
            .select('staff.display_name')
            .where('application_id', 'in', ids)
            .orderBy('at')
            // Steps of one instant (a fixed clock, a fast hand) still read in their natural order.
            .orderBy(
              sql`array_position(ARRAY['submitted','accepted','helped','declined','withdrawn'], assistance_events.kind)`,
            )
            .execute()
        : Promise.resolve([]),

    addEvent: (e: {
      applicationId: string;
      kind: 'submitted' | 'accepted' | 'helped' | 'declined' | 'withdrawn';
      at: Date;
      staffId: string | null;
      note: string | null;
    }) =>
      db
        .insertInto('assistance_events')
        .values({
          application_id: e.applicationId,
          kind: e.kind,
          at: e.at,
          staff_id: e.staffId,
          note: e.note,
        })
        .execute(),
  };
}
export type AssistanceRepo = ReturnType<typeof createAssistanceRepo>;
