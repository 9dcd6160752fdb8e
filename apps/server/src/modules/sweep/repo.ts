import type { ClosedWindowOutcome } from '@taobo/domain';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';

/**
 * The daily sweep's SQL. Every candidate query reads one page by id (keyset pagination: the ids
 * after `after`, in order, at most `limit`), so a step never holds more than one page of rows; the
 * queries that lock (`FOR UPDATE`) lock that page only, until its transaction commits.
 *
 * Where the candidates are few among many rows (late reports, closed windows), they are chosen
 * first by their own index, in a MATERIALIZED CTE: asked for the first ids in order under a LIMIT,
 * the planner would walk the primary key instead, through the whole table when there are few.
 */
function sweepQueries(db: Db) {
  return {
    /** 报到 still owed after its deadline and not yet flagged, locked. */
    lateReports: (day: string, after: string | null, limit: number) =>
      db
        .with(
          (cte) => cte('candidates').materialized(),
          (db) =>
            db
              .selectFrom('measures')
              .select('measures.id')
              .where('measures.status', '=', 'pending_report')
              .where('measures.report_overdue', '=', false)
              .where('measures.report_deadline', '<', day)
              .$if(after !== null, (q) => q.where('measures.id', '>', after!)),
        )
        .selectFrom('measures')
        .innerJoin('candidates', 'candidates.id', 'measures.id')
        .selectAll('measures')
        .where('measures.status', '=', 'pending_report') // re-checked on the row as locked
        .orderBy('measures.id')
        .limit(limit)
        .forUpdate('measures')
        .execute(),

    /**
     * Open windows whose end has come, locked, each with what decides it: the measure's status,
     * its 中止 periods, and whether a remote upload of the window awaits review.
     */
    closedWindows: (day: string, after: string | null, limit: number) =>
      db
        .with(
          (cte) => cte('candidates').materialized(),
          (db) =>
            db
              .selectFrom('tests')
              .select('tests.id')
              .where('tests.status', '=', 'due')
              .where('tests.window_end', '<=', day)
              .$if(after !== null, (q) => q.where('tests.id', '>', after!)),
        )
        .selectFrom('tests')
        .innerJoin('candidates', 'candidates.id', 'tests.id')
        .innerJoin('measures', 'measures.id', 'tests.measure_id')
        .selectAll('tests')
        .select((eb) => [
          'measures.status as measure_status',
          jsonArrayFrom(
            eb
              .selectFrom('suspensions')
              .select(['suspensions.from_date as from', 'suspensions.to_date as to'])
              .whereRef('suspensions.measure_id', '=', 'tests.measure_id'),
          ).as('custody'),
          eb
            .exists(
              eb
                .selectFrom('remote_uploads')
                .select('remote_uploads.id')
                .whereRef('remote_uploads.test_id', '=', 'tests.id')
                .where('remote_uploads.status', '=', 'pending'),
            )
            .$castTo<boolean>()
            .as('awaiting_review'),
        ])
        .where('tests.status', '=', 'due') // re-checked on the row as locked
        .orderBy('tests.id')
        .limit(limit)
        .forUpdate('tests')
        .execute(),

    /** Closes windows with the outcome the domain gave them. */
    closeWindows: (ids: string[], status: ClosedWindowOutcome, note?: string) =>
      ids.length
        ? db
            .updateTable('tests')
            .set(note === undefined ? { status } : { status, note })
            .where('id', 'in', ids)
            .execute()
        : Promise.resolve(),

    /** Terms complete by `day`, locked. */
    completedTerms: (day: string, after: string | null, limit: number) =>
      db
        .selectFrom('measures')
        .selectAll()
        .where('status', '=', 'executing')
        .where('term_end', '<=', day)
        .$if(after !== null, (q) => q.where('measures.id', '>', after!))
        .orderBy('measures.id')
        .limit(limit)
        .forUpdate()
        .execute(),

    /** Measures reported but with no agreement signed yet. */
    unsignedAgreements: (after: string | null, limit: number) =>
      db
        .selectFrom('measures')
        .select(['id', 'person_id', 'reported_date', 'agreement_signed_date'])
        .where('status', '=', 'executing')
        .where('agreement_signed_date', 'is', null)
        .where('reported_date', 'is not', null)
        .$if(after !== null, (q) => q.where('measures.id', '>', after!))
        .orderBy('measures.id')
        .limit(limit)
        .execute(),

    /** Live measures not yet flagged 严重违反 whose record carries grounds for it. */
    seriousViolationSuspects: (after: string | null, limit: number) =>
      db
        .selectFrom('measures')
        .select('id')
        .where('serious_violation', '=', false)
        .where('status', 'in', ['executing', 'suspended'])
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('violations')
                .select('id')
                .whereRef('violations.measure_id', '=', 'measures.id')
                .where('kind', '=', 'evasion')
                .where('status', '=', 'confirmed'),
            ),
            eb.exists(
              eb
                .selectFrom('absences')
                .select('id')
                .whereRef('absences.measure_id', '=', 'measures.id')
                .where('reported', '=', false),
            ),
          ]),
        )
        .$if(after !== null, (q) => q.where('measures.id', '>', after!))
        .orderBy('measures.id')
        .limit(limit)
        .execute(),

    /** Released persons, locked, with the dates that tell their last known use. */
    releasedPersons: (after: string | null, limit: number) =>
      db
        .selectFrom('persons')
        .select(['persons.id', 'persons.first_found_date'])
        .select((eb) => [
          // Through the person's measures: tests are indexed by measure (tests.person_id is not).
          eb
            .selectFrom('measures')
            .innerJoin('tests', 'tests.measure_id', 'measures.id')
            .select((e) => e.fn.max('tests.taken_date').as('d'))
            .whereRef('measures.person_id', '=', 'persons.id')
            .where('tests.outcome', '=', 'positive')
            .$castTo<string | null>()
            .as('last_positive'),
          eb
            .selectFrom('measures')
            .select((e) => e.fn.max('term_start').as('d'))
            .whereRef('measures.person_id', '=', 'persons.id')
            .$castTo<string | null>()
            .as('last_term_start'),
        ])
        .where('persons.status', '=', 'released')
        .$if(after !== null, (q) => q.where('persons.id', '>', after!))
        .orderBy('persons.id')
        .limit(limit)
        .forUpdate()
        .execute(),

    /** Executing measures with no random draw in the period [start, end). */
    undrawnMeasures: (period: { start: string; end: string }, after: string | null, limit: number) =>
      db
        .selectFrom('measures')
        .selectAll()
        .where('status', '=', 'executing')
        .where('term_start', 'is not', null)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('random_draws')
                .select('id')
                .whereRef('random_draws.measure_id', '=', 'measures.id')
                .where('period_start', '>=', period.start)
                .where('period_start', '<', period.end),
            ),
          ),
        )
        .$if(after !== null, (q) => q.where('measures.id', '>', after!))
        .orderBy('measures.id')
        .limit(limit)
        .execute(),

    /**
     * Rows no one can use any more: sessions past their expiry, spent or expired activation codes,
     * and idempotency keys created before `keysBefore`. Returns how many went.
     */
    purgeExpired: async (now: Date, keysBefore: Date) => {
      const counts = [
        await db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst(),
        await db.deleteFrom('person_sessions').where('expires_at', '<', now).executeTakeFirst(),
        await db
          .deleteFrom('activation_codes')
          .where((eb) =>
            eb.or([
              eb('expires_at', '<', now),
              eb('used_at', 'is not', null),
              eb('voided_at', 'is not', null),
            ]),
          )
          .executeTakeFirst(),
        await db.deleteFrom('idempotency_keys').where('created_at', '<', keysBefore).executeTakeFirst(),
      ];
      return counts.reduce((n, r) => n + Number(r.numDeletedRows), 0);
    },

    /** Whether the sweep of `day` has finished. */
    finishedOn: async (day: string) =>
      (await db
        .selectFrom('sweep_runs')
        .select('business_date')
        .where('business_date', '=', day)
        .where('finished_at', 'is not', null)
        .executeTakeFirst()) !== undefined,

    recordRun: (run: { day: string; startedAt: Date; finishedAt: Date; result: unknown }) =>
      db
        .insertInto('sweep_runs')
        .values({
          business_date: run.day,
          started_at: run.startedAt,
          finished_at: run.finishedAt,
          result: JSON.stringify(run.result),
        })
        .onConflict((oc) =>
          oc
            .column('business_date')
            .doUpdateSet({ finished_at: run.finishedAt, result: JSON.stringify(run.result) }),
        )
        .execute(),
  };
}

export type SweepQueries = ReturnType<typeof sweepQueries>;

/** Same key as before the sweep ran in steps, so servers of either version exclude each other. */
const LOCK_KEY = 'taobo.sweep';

export function createSweepRepo(db: Db) {
  return Object.assign(repository(db, sweepQueries), {
    /**
     * Runs `work` while holding the sweep's advisory lock, so one server sweeps at a time. The lock
     * is held by a connection of its own (the steps commit on others) and goes when `work` ends, or
     * with the connection if the process dies. `{ locked: false }`: another server holds it.
     */
    async exclusively<T>(work: () => Promise<T>): Promise<{ locked: true; value: T } | { locked: false }> {
      return db.connection().execute(async (conn) => {
        const { rows } = await sql<{
          ok: boolean;
        }>`SELECT pg_try_advisory_lock(hashtext(${LOCK_KEY})) AS ok`.execute(conn);
        if (!rows[0]?.ok) return { locked: false };
        try {
          return { locked: true, value: await work() };
        } finally {
          await sql`SELECT pg_advisory_unlock(hashtext(${LOCK_KEY}))`.execute(conn);
        }
      });
    },
  });
}
export type SweepRepo = ReturnType<typeof createSweepRepo>;
