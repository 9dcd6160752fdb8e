import type { LeaveListQuery, LeavePolicy } from '@taobo/contracts';
import { ACTIVE_LEAVE_STATUSES } from '@taobo/domain';
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { personScope, type Actor } from '../../platform/access.ts';
import type { LeaveTables } from './tables.ts';
import { isPersonInScope } from '../persons/personInScope.ts';
import { escapeLike } from '../../db/like.ts';

type LeaveTable = LeaveTables['leave_requests'];
export type LeaveRow = Selectable<LeaveTable>;
export type LeaveRowWithNames = LeaveRow & {
  person_name: string;
  decided_by_name: string | null;
  extension_decided_by_name: string | null;
};

/**
 * What awaits staff: a report to acknowledge (已报告), a decision under an approval policy (待审批,
 * 续假, 超时未审批), or a person not back (超时未归).
 */
const TODO = ['reported', 'pending', 'extension', 'lapsed', 'overdue'] as const;

/** To-do first: what awaits acknowledgment or a decision, then the overdue, then the rest, newest first. */
const leaveOrder = sql`CASE leave_requests.status
  WHEN 'reported' THEN 0 WHEN 'pending' THEN 0 WHEN 'extension' THEN 0 WHEN 'lapsed' THEN 0
  WHEN 'overdue' THEN 1 ELSE 2 END`;

/** Reported (or approved) and not yet back: the person is away with the report's cover. */
const AWAY = ['reported', 'acknowledged', 'approved', 'extension', 'overdue'] as const;

/** Every query of 在线请假. `leaveQueries(trx)` runs them inside a caller's transaction (the sweep). */
export function leaveQueries(db: Db) {
  /** Leave requests with the names a view needs; callers add jurisdiction or ownership filters. */
  const withNames = () =>
    db
      .selectFrom('leave_requests')
      .innerJoin('persons', 'persons.id', 'leave_requests.person_id')
      .leftJoin('staff as d', 'd.id', 'leave_requests.decided_by')
      .leftJoin('staff as e', 'e.id', 'leave_requests.extension_decided_by')
      .selectAll('leave_requests')
      .select([
        'persons.name as person_name',
        'd.display_name as decided_by_name',
        'e.display_name as extension_decided_by_name',
      ]);

  return {
    byId: (id: string): Promise<LeaveRowWithNames> =>
      withNames().where('leave_requests.id', '=', id).executeTakeFirstOrThrow(),

    /** A request of a person within the actor's jurisdiction; `lock` takes the row for update. */
    findScoped(actor: Actor, id: string, lock = false): Promise<LeaveRow | undefined> {
      let q = db
        .selectFrom('leave_requests')
        .innerJoin('persons', 'persons.id', 'leave_requests.person_id')
        .selectAll('leave_requests')
        .where('leave_requests.id', '=', id)
        .where(personScope(actor));
      if (lock) q = q.forUpdate('leave_requests');
      return q.executeTakeFirst();
    },

    /** One of the person's own requests; `lock` takes the row for update. */
    findOwn(personId: string, id: string, lock = false): Promise<LeaveRow | undefined> {
      let q = db
        .selectFrom('leave_requests')
        .selectAll()
        .where('id', '=', id)
        .where('person_id', '=', personId);
      if (lock) q = q.forUpdate();
      return q.executeTakeFirst();
    },

    /** The staff list: to-do first, then by deadline, newest first. */
    async list(actor: Actor, q: LeaveListQuery): Promise<{ rows: LeaveRowWithNames[]; total: number }> {
      let query = withNames().where(personScope(actor));
      if (q.status === 'todo') query = query.where('leave_requests.status', 'in', TODO);
      else if (q.status !== 'all') query = query.where('leave_requests.status', '=', q.status);
      if (q.q) {
        const like = `%${escapeLike(q.q)}%`;
        const prefix = `${escapeLike(q.q.toLowerCase())}%`;
        query = query.where((eb) =>
          eb.or([
            eb('persons.name', 'like', like),
            eb('persons.name_pinyin', 'like', prefix),
            eb('persons.name_initials', 'like', prefix),
            eb('leave_requests.destination', 'like', like),
          ]),
        );
      }
      const [rows, count] = await Promise.all([
        query
          .orderBy(leaveOrder)
          .orderBy(sql`COALESCE(leave_requests.extension_deadline, leave_requests.decision_deadline)`)
          .orderBy('leave_requests.requested_at', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query
          .clearSelect()
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },

    /** A person's requests within the actor's jurisdiction, latest departure first. */
    forPerson: (actor: Actor, personId: string) =>
      withNames()
        .where('leave_requests.person_id', '=', personId)
        .where(personScope(actor))
        .orderBy('leave_requests.from_date', 'desc')
        .execute(),

    personInScope: (actor: Actor, personId: string) => isPersonInScope(db, actor, personId),

    /** The person's own requests, newest first. */
    ofPerson: (personId: string) =>
      withNames()
        .where('leave_requests.person_id', '=', personId)
        .orderBy('leave_requests.requested_at', 'desc')
        .limit(50)
        .execute(),

    /** The person's running requests, earliest departure first. */
    active: (personId: string) =>
      db
        .selectFrom('leave_requests')
        .selectAll()
        .where('person_id', '=', personId)
        .where('status', 'in', ACTIVE_LEAVE_STATUSES)
        .orderBy('from_date')
        .execute(),

    /** The county's leave policy, or the law's default (written reports, no approval) until it sets one. */
    async policy(countyId: string): Promise<LeavePolicy> {
      const row = await db
        .selectFrom('leave_policies')
        .selectAll()
        .where('county_id', '=', countyId)
        .executeTakeFirst();
      return {
        countyId,
        approvalRequired: row?.approval_required ?? false,
        updatedAt: row ? new Date(row.updated_at).toISOString() : null,
      };
    },

    /** The county of execution of a person (their file's county). */
    personCounty: async (personId: string): Promise<string> =>
      (
        await db
          .selectFrom('persons')
          .select('county_id')
          .where('id', '=', personId)
          .executeTakeFirstOrThrow()
      ).county_id,

    setPolicy: (p: { countyId: string; approvalRequired: boolean; at: Date; by: string }) => {
      const values = { approval_required: p.approvalRequired, updated_at: p.at, updated_by: p.by };
      return db
        .insertInto('leave_policies')
        .values({ county_id: p.countyId, ...values })
        .onConflict((oc) => oc.column('county_id').doUpdateSet(values))
        .execute();
    },

    /** The person's current measure (executing or suspended), locked so two requests do not race. */
    lockCurrentMeasure: (personId: string) =>
      db
        .selectFrom('measures')
        .innerJoin('persons', 'persons.id', 'measures.person_id')
        .select(['measures.id', 'measures.status', 'measures.term_start', 'persons.county_id'])
        .where('measures.person_id', '=', personId)
        .where('measures.status', 'in', ['executing', 'suspended'])
        .forUpdate('measures')
        .executeTakeFirst(),

    /** Whether a running request of the person overlaps [from, to] (an asked extension counts). */
    async overlaps(personId: string, from: string, to: string): Promise<boolean> {
      const row = await db
        .selectFrom('leave_requests')
        .select('id')
        .where('person_id', '=', personId)
        .where('status', 'in', ACTIVE_LEAVE_STATUSES)
        .where('from_date', '<=', to)
        .where(sql<boolean>`COALESCE(extension_to, to_date) >= ${from}`)
        .executeTakeFirst();
      return row !== undefined;
    },

    insert: async (row: Insertable<LeaveTable>): Promise<string> =>
      (await db.insertInto('leave_requests').values(row).returning('id').executeTakeFirstOrThrow()).id,

    update: (id: string, changes: Updateable<LeaveTable>) =>
      db.updateTable('leave_requests').set(changes).where('id', '=', id).execute(),

    /**
     * Whether `date` lies within leave the person reported (or, under an approval policy, was
     * granted): still running, or closed after it.
     */
    async onLeave(personId: string, date: string): Promise<boolean> {
      const row = await db
        .selectFrom('leave_requests')
        .select('id')
        .where('person_id', '=', personId)
        .where('from_date', '<=', date)
        .where('to_date', '>=', date)
        .where((eb) =>
          eb.or([
            eb('status', 'in', AWAY),
            eb.and([eb('status', '=', 'closed'), eb('returned_on', '>=', date)]),
          ]),
        )
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Undecided requests whose decision deadline is before `day`, locked. */
    lapsing: (day: string) =>
      db
        .selectFrom('leave_requests')
        .selectAll()
        .where('status', '=', 'pending')
        .where('decision_deadline', '<', day)
        .forUpdate()
        .execute(),

    /** Reported, approved or overdue leave whose end is before `day`, locked. */
    pastEnd: (day: string) =>
      db
        .selectFrom('leave_requests')
        .selectAll()
        .where('status', 'in', ['reported', 'acknowledged', 'approved', 'overdue'])
        .where('to_date', '<', day)
        .forUpdate()
        .execute(),
  };
}

export const createLeaveRepo = (db: Db) => repository(db, leaveQueries);
export type LeaveRepo = ReturnType<typeof createLeaveRepo>;
