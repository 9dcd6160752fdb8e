import type { AssistanceQuery } from '@taobo/contracts';
import { looksLikePinyin } from '@taobo/domain';
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { personScope, type Actor } from '../../platform/access.ts';
import type { AssistanceTables } from './tables.ts';
import { escapeLike } from '../../db/like.ts';

type ApplicationTable = AssistanceTables['assistance_applications'];
/** An application with its person's name. */
export type ApplicationRow = Selectable<ApplicationTable> & { person_name: string };
export type AssistanceEventKind = AssistanceTables['assistance_events']['kind'];

export function assistanceQueries(db: Db) {
  /** Applications joined to their person, for scoping with `personScope` or by person id. */
  const applications = () =>
    db
      .selectFrom('assistance_applications')
      .innerJoin('persons', 'persons.id', 'assistance_applications.person_id')
      .selectAll('assistance_applications')
      .select('persons.name as person_name');

  return {
    /** An application known to exist (just written or locked). */
    get: (id: string): Promise<ApplicationRow> =>
      applications().where('assistance_applications.id', '=', id).executeTakeFirstOrThrow(),

    /** An application of a person within the actor's jurisdiction. */
    findScoped: (actor: Actor, id: string): Promise<ApplicationRow | undefined> =>
      applications()
        .where('assistance_applications.id', '=', id)
        .where(personScope(actor))
        .executeTakeFirst(),

    /** One of the person's own applications. */
    findOwn: (personId: string, id: string): Promise<ApplicationRow | undefined> =>
      applications()
        .where('assistance_applications.id', '=', id)
        .where('assistance_applications.person_id', '=', personId)
        .executeTakeFirst(),

    /** The person's own applications, newest first. */
    ofPerson: (personId: string): Promise<ApplicationRow[]> =>
      applications()
        .where('assistance_applications.person_id', '=', personId)
        .orderBy('assistance_applications.created_at', 'desc')
        .limit(100)
        .execute(),

    /** Staff's list: open ones first (已提交, then 受理中), newest first; with the attachment count. */
    async list(actor: Actor, q: AssistanceQuery) {
      let base = db
        .selectFrom('assistance_applications')
        .innerJoin('persons', 'persons.id', 'assistance_applications.person_id')
        .where(personScope(actor));
      if (q.type) base = base.where('assistance_applications.type', '=', q.type);
      if (q.status) base = base.where('assistance_applications.status', '=', q.status);
      if (q.personId) base = base.where('assistance_applications.person_id', '=', q.personId);
      const s = q.q?.trim();
      if (s) {
        const prefix = `${escapeLike(s.toLowerCase().replace(/\s+/g, ''))}%`;
        base = looksLikePinyin(s)
          ? base.where((eb) =>
              eb.or([eb('persons.name_pinyin', 'like', prefix), eb('persons.name_initials', 'like', prefix)]),
            )
          : base.where('persons.name', 'like', `%${escapeLike(s)}%`);
      }
      const [rows, count] = await Promise.all([
        base
          .selectAll('assistance_applications')
          .select('persons.name as person_name')
          .select((eb) =>
            eb
              .selectFrom('assistance_attachments')
              .select((e2) => e2.fn.countAll<string>().as('n'))
              .whereRef('assistance_attachments.application_id', '=', 'assistance_applications.id')
              .as('attachment_count'),
          )
          .orderBy((eb) =>
            eb
              .case()
              .when('assistance_applications.status', '=', 'submitted')
              .then(0)
              .when('assistance_applications.status', '=', 'in_progress')
              .then(1)
              .else(2)
              .end(),
          )
          .orderBy('assistance_applications.created_at', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    lock: (id: string) =>
      db
        .selectFrom('assistance_applications')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst(),

    insert: (row: Insertable<ApplicationTable>) =>
      db.insertInto('assistance_applications').values(row).execute(),

    update: (id: string, changes: Updateable<ApplicationTable>) =>
      db.updateTable('assistance_applications').set(changes).where('id', '=', id).execute(),

    addAttachment: (row: Insertable<AssistanceTables['assistance_attachments']>) =>
      db.insertInto('assistance_attachments').values(row).execute(),

    attachment: (applicationId: string, attachmentId: string) =>
      db
        .selectFrom('assistance_attachments')
        .selectAll()
        .where('id', '=', attachmentId)
        .where('application_id', '=', applicationId)
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
      kind: AssistanceEventKind;
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

export type AssistanceQueries = ReturnType<typeof assistanceQueries>;
export const createAssistanceRepo = (db: Db) => repository(db, assistanceQueries);
export type AssistanceRepo = ReturnType<typeof createAssistanceRepo>;
