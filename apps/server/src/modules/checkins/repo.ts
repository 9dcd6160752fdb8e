import type { CheckinListQuery, CheckinPolicy, FollowupOutcome } from '@taobo/contracts';
import { DEFAULT_CHECKIN_INTERVAL, DEFAULT_CHECKIN_REMIND_DAYS } from '@taobo/domain';
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { personScope, type Actor } from '../../platform/access.ts';
import type { CheckinTables } from './tables.ts';
import { isPersonInScope } from '../persons/personInScope.ts';
import { escapeLike } from '../../db/like.ts';

export type CheckinRow = Selectable<CheckinTables['checkins']>;
/** A check-in with the names staff see. */
export type StaffCheckinRow = CheckinRow & { person_name: string; followup_by_name: string | null };

/** Every query of 在线报到. `checkinQueries(trx)` runs them inside a caller's transaction (the sweep). */
export function checkinQueries(db: Db) {
  const withNames = () =>
    db
      .selectFrom('checkins')
      .innerJoin('persons', 'persons.id', 'checkins.person_id')
      .leftJoin('staff', 'staff.id', 'checkins.followup_by')
      .selectAll('checkins')
      .select(['persons.name as person_name', 'staff.display_name as followup_by_name']);

  return {
    /** The person's measure in execution, with the county whose policy applies. */
    liveMeasure: (personId: string) =>
      db
        .selectFrom('measures')
        .innerJoin('persons', 'persons.id', 'measures.person_id')
        .select(['measures.id', 'measures.status', 'measures.term_start', 'persons.county_id'])
        .where('measures.person_id', '=', personId)
        .where('measures.status', '=', 'executing')
        .executeTakeFirst(),

    /** Measures in execution with a term started (those that owe check-ins), a page at a time by id. */
    executingMeasures: (page: { after: string | null; limit: number }) =>
      db
        .selectFrom('measures')
        .innerJoin('persons', 'persons.id', 'measures.person_id')
        .select(['measures.id', 'measures.person_id', 'measures.term_start', 'persons.county_id'])
        .where('measures.status', '=', 'executing')
        .where('measures.term_start', 'is not', null)
        .$if(page.after !== null, (q) => q.where('measures.id', '>', page.after!))
        .orderBy('measures.id')
        .limit(page.limit)
        .execute(),

    /** The county's check-in policy, or the defaults until it sets its own. */
    async policy(countyId: string): Promise<CheckinPolicy> {
      const row = await db
        .selectFrom('checkin_policies')
        .selectAll()
        .where('county_id', '=', countyId)
        .executeTakeFirst();
      if (!row)
        return {
          countyId,
          intervalMonths: DEFAULT_CHECKIN_INTERVAL,
          remindDays: DEFAULT_CHECKIN_REMIND_DAYS,
          updatedAt: null,
        };
      return {
        countyId,
        intervalMonths: row.interval_months as CheckinPolicy['intervalMonths'],
        remindDays: row.remind_days,
        updatedAt: new Date(row.updated_at).toISOString(),
      };
    },

    setPolicy: (p: {
      countyId: string;
      intervalMonths: number;
      remindDays: number;
      at: Date;
      by: string;
    }) => {
      const values = {
        interval_months: p.intervalMonths,
        remind_days: p.remindDays,
        updated_at: p.at,
        updated_by: p.by,
      };
      return db
        .insertInto('checkin_policies')
        .values({ county_id: p.countyId, ...values })
        .onConflict((oc) => oc.column('county_id').doUpdateSet(values))
        .execute();
    },

    async isDone(measureId: string, periodKey: string): Promise<boolean> {
      const row = await db
        .selectFrom('checkins')
        .select('id')
        .where('measure_id', '=', measureId)
        .where('period_key', '=', periodKey)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** `measureId:periodKey` of every check-in done in these periods by these measures. */
    async doneIn(measureIds: string[], periodKeys: string[]): Promise<Set<string>> {
      if (!measureIds.length || !periodKeys.length) return new Set();
      const rows = await db
        .selectFrom('checkins')
        .select(['measure_id', 'period_key'])
        .where('period_key', 'in', periodKeys)
        .where('measure_id', 'in', measureIds)
        .execute();
      return new Set(rows.map((c) => `${c.measure_id}:${c.period_key}`));
    },

    /** The person's own check-ins, newest first. */
    ofPerson: (personId: string, limit: number) =>
      db
        .selectFrom('checkins')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('at', 'desc')
        .limit(limit)
        .execute(),

    async lastMood(personId: string): Promise<CheckinRow['mood'] | null> {
      const row = await db
        .selectFrom('checkins')
        .select('mood')
        .where('person_id', '=', personId)
        .orderBy('at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.mood ?? null;
    },

    insert: (row: Insertable<CheckinTables['checkins']>) =>
      db.insertInto('checkins').values(row).returningAll().executeTakeFirstOrThrow(),

    /** A check-in of a person within the actor's jurisdiction. */
    findScoped: (actor: Actor, id: string): Promise<StaffCheckinRow | undefined> =>
      withNames().where('checkins.id', '=', id).where(personScope(actor)).executeTakeFirst(),

    async list(actor: Actor, q: CheckinListQuery): Promise<{ rows: StaffCheckinRow[]; total: number }> {
      let query = withNames().where(personScope(actor));
      if (q.period) query = query.where('checkins.period_key', '=', q.period);
      const flagged = sql<boolean>`cardinality(checkins.flags) > 0`;
      if (q.flagged === 'flagged') query = query.where(flagged);
      if (q.flagged === 'open') query = query.where(flagged).where('checkins.followup_at', 'is', null);
      if (q.q) {
        const like = `%${escapeLike(q.q)}%`;
        const prefix = `${escapeLike(q.q.toLowerCase())}%`;
        query = query.where((eb) =>
          eb.or([
            eb('persons.name', 'like', like),
            eb('persons.name_pinyin', 'like', prefix),
            eb('persons.name_initials', 'like', prefix),
          ]),
        );
      }
      const [rows, count] = await Promise.all([
        query
          .orderBy('checkins.at', 'desc')
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

    personInScope: (actor: Actor, personId: string) => isPersonInScope(db, actor, personId),

    /** A person's check-ins with names, newest first (the caller has checked the jurisdiction). */
    forPerson: (personId: string) =>
      withNames()
        .where('checkins.person_id', '=', personId)
        .orderBy('checkins.at', 'desc')
        .limit(100)
        .execute(),

    /** Records the follow-up once: false when another one got there first. */
    async recordFollowup(
      id: string,
      f: { outcome: FollowupOutcome; note: string; by: string; at: Date },
    ): Promise<boolean> {
      const updated = await db
        .updateTable('checkins')
        .set({ followup_outcome: f.outcome, followup_note: f.note, followup_by: f.by, followup_at: f.at })
        .where('id', '=', id)
        .where('followup_at', 'is', null)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },
  };
}

export const createCheckinRepo = (db: Db) => repository(db, checkinQueries);
export type CheckinRepo = ReturnType<typeof createCheckinRepo>;
