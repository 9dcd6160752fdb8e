/**
 * The daily sweep at national scale: BENCH_SWEEP_MEASURES active measures (default 200,000), made
 * with set-based SQL in a scratch database, swept on a business day where about a day's worth of
 * them has something to do. Prints the sweep's total time, each step's transactions and the
 * longest single transaction (the longest time any rows stayed locked), then a second run, which
 * changes nothing but still reads every candidate. BENCH_VERBOSE=1 also times each statement that
 * makes the data.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildServices } from '../apps/server/src/app.ts';
import { fixedClock } from '../apps/server/src/clock.ts';
import { createDb } from '../apps/server/src/db/database.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { createSweepRepo } from '../apps/server/src/modules/sweep/repo.ts';
import { createSweepService } from '../apps/server/src/modules/sweep/service.ts';
import { createFieldCipher } from '../apps/server/src/platform/crypto.ts';
import { diskFileStore } from '../apps/server/src/platform/files.ts';
import { ensureOrgUnits } from '../apps/server/src/seed/orgUnits.ts';
import { databaseUrl } from '../apps/server/src/testing/databases.ts';

const MEASURES = Number(process.env.BENCH_SWEEP_MEASURES ?? 200_000);
/** Persons whose measure has ended, for the 戒断3年 step. */
const RELEASED = Math.round(MEASURES * 0.15);
/** The business day swept: mid-month, mid-quarter, a Wednesday. */
const DAY = '2027-03-10';

/**
 * One statement per table, each `INSERT … SELECT` over generate_series. Measure i: every 50th
 * awaits 报到 (deadlines spread over the next 15 days, yesterday's passed), the next one is
 * suspended (中止, in custody for the last 20–50 days), the rest execute, their terms started on
 * any of the last 1,096 days (those started 36 months ago end today). Every 100th has no agreement.
 * Persons and measures have ids derived from i, so the tables can refer to each other.
 */
const GENERATE = [
  `CREATE TEMP TABLE bench_units AS
     SELECT (row_number() OVER (ORDER BY id) - 1)::int AS n, id, path, split_part(path, '/', 2) AS county
     FROM org_units WHERE level = 'township'`,
  `CREATE TEMP TABLE bench_measures AS
     SELECT i, md5('person' || i)::uuid AS person_id, md5('measure' || i)::uuid AS id,
       CASE WHEN i >= $2::int THEN 'released' WHEN i % 50 = 0 THEN 'pending_report'
            WHEN i % 50 = 1 THEN 'suspended' ELSE 'executing' END AS status,
       CASE WHEN i >= $2::int THEN $1::date - 1096 + i % 365
            WHEN i % 50 = 0 THEN NULL ELSE $1::date - ((i::bigint * 7919) % 1096)::int END AS term_start,
       CASE WHEN i % 50 = 0 THEN $1::date - 16 + (i / 50) % 16 ELSE $1::date - 1200 END AS received_date
     FROM generate_series(0, $2::int + $3::int - 1) AS i`,
  `INSERT INTO persons (id, name, name_pinyin, name_initials, gender, birth_date, id_number_enc,
     id_number_bidx, id_number_masked, id_last4, phone_enc, phone_bidx, phone_masked, org_unit_id,
     scope_path, county_id, first_found_date, status, created_at, updated_at)
   SELECT m.person_id, '测试' || m.i, 'ceshi' || m.i, 'cs', CASE WHEN m.i % 5 = 0 THEN 'female' ELSE 'male' END,
     DATE '1975-01-01' + m.i % 9000, '\\x00', decode(md5('id' || m.i), 'hex'), '431103********' || lpad((m.i % 10000)::text, 4, '0'),
     lpad((m.i % 10000)::text, 4, '0'), '\\x00', decode(md5('phone' || m.i), 'hex'), '139****' || lpad((m.i % 10000)::text, 4, '0'),
     u.id, u.path, u.county, DATE '2023-01-01' - m.i % 400,
     CASE m.status WHEN 'executing' THEN 'community_detox' ELSE m.status END, now(), now()
   FROM bench_measures m JOIN bench_units u ON u.n = m.i % (SELECT count(*) FROM bench_units)`,
  `INSERT INTO measures (id, person_id, county_id, type, status, decision_no, decision_date, received_date,
     township_id, term_months, report_deadline, reported_date, agreement_signed_date, term_start, term_end,
     created_at, updated_at)
   SELECT m.id, m.person_id, p.county_id, 'community_detox', m.status, 'BENCH-' || m.i, m.received_date, m.received_date,
     p.org_unit_id, 36, m.received_date + 15, m.term_start,
     CASE WHEN m.i % 100 = 3 THEN NULL ELSE m.term_start END,
     m.term_start, (m.term_start + interval '36 months')::date, now(), now()
   FROM bench_measures m JOIN persons p ON p.id = m.person_id`,
  `INSERT INTO suspensions (measure_id, from_date, reason)
   SELECT id, $1::date - 20 - i % 30, 'detention' FROM bench_measures WHERE status = 'suspended'`,
  // The monthly windows around the day: closed in the last 20 days (tested), closing on it (15 in
  // 100 untested), open or opening within 10 days (40 in 100 untested). The untested ones are 'due'.
  `INSERT INTO tests (measure_id, person_id, plan, window_index, window_start, window_end, status, kind, outcome, taken_date)
   SELECT m.id, m.person_id, 'scheduled', k, w.s, w.e, st.status,
     CASE st.status WHEN 'done' THEN 'urine' END, CASE st.status WHEN 'done' THEN 'negative' END,
     CASE st.status WHEN 'done' THEN w.s + 2 END
   FROM bench_measures m
   CROSS JOIN LATERAL generate_series(0, 35) AS k
   CROSS JOIN LATERAL (SELECT (m.term_start + k * interval '1 month')::date AS s,
                              (m.term_start + (k + 1) * interval '1 month')::date AS e) w
   CROSS JOIN LATERAL (SELECT CASE WHEN w.e < $1::date OR (w.e = $1::date AND (m.i * 31) % 100 >= 15)
                                     OR (w.e > $1::date AND (m.i * 17) % 100 >= 40) THEN 'done' ELSE 'due' END AS status) st
   WHERE m.status IN ('executing', 'suspended') AND w.e > $1::date - 20 AND w.s <= $1::date + 10`,
  // 3 in 100 have one or two confirmed evasions (the sweep weighs them daily); 1 in 1000 three.
  `INSERT INTO violations (measure_id, person_id, kind, status, date, created_at, dedupe_key)
   SELECT m.id, m.person_id, 'evasion', 'confirmed', $1::date - 60 - 30 * j, now(), 'bench:' || m.i || ':' || j
   FROM bench_measures m CROSS JOIN LATERAL generate_series(1, CASE WHEN m.i % 1000 = 5 THEN 3 ELSE 1 + m.i % 2 END) AS j
   WHERE m.status IN ('executing', 'suspended') AND (m.i % 100 IN (5, 6, 7))`,
  // Last month's check-in by 95 in 100 of those who owed it.
  `INSERT INTO checkins (person_id, measure_id, period_key, at, date, mood, work, callback, selfie_key,
     selfie_type, location_status)
   SELECT person_id, id, to_char($1::date - interval '1 month', 'YYYY-MM'), now(), (date_trunc('month', $1::date) - interval '5 days')::date,
     'good', 'employed', false, 'bench', 'image/jpeg', 'ok'
   FROM bench_measures WHERE status = 'executing' AND (i * 13) % 100 >= 5
     AND term_start <= date_trunc('month', $1::date)::date - 7`,
  // This quarter's random draw, made on its first day, for all but 1 in 100.
  `INSERT INTO random_draws (measure_id, period_start, period_end, quota, seed, algorithm, days, created_at)
   SELECT id, greatest(date_trunc('quarter', $1::date)::date, term_start),
     (date_trunc('quarter', $1::date) + interval '3 months')::date, 1, md5('seed' || i), 'bench',
     ARRAY[(date_trunc('quarter', $1::date) + interval '80 days')::date], now()
   FROM bench_measures WHERE status = 'executing' AND i % 100 <> 9`,
  // Half the persons use the app (test reminders go to them).
  `INSERT INTO person_accounts (person_id, password_hash, activated_at)
   SELECT person_id, 'bench', now() FROM bench_measures WHERE i % 2 = 0`,
  `ANALYZE`,
];

export async function benchSweep(serverUrl: string, dataDir: string) {
  const name = `taobo_bench_sweep_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = databaseUrl(serverUrl, name);
  const db = createDb(url, 10);
  const clock = fixedClock(`${DAY}T02:00:00.000Z`); // 10:00 in Asia/Shanghai
  const services = buildServices({
    db,
    dbKind: 'external',
    clock,
    cipher: createFieldCipher(crypto.randomBytes(32)),
    auditKey: crypto.randomBytes(32),
    files: diskFileStore(path.join(dataDir, 'sweep-files')),
  });
  try {
    await migrate(db);
    await ensureOrgUnits(db);
    const loader = new pg.Client({ connectionString: url });
    await loader.connect();
    let t = performance.now();
    for (const statement of GENERATE) {
      const params = [DAY, MEASURES, RELEASED].slice(0, highestParam(statement));
      const s0 = performance.now();
      await loader.query(statement, params);
      if (process.env.BENCH_VERBOSE)
        console.log(
          `  ${seconds(performance.now() - s0)}  ${statement.trim().slice(0, 60).replace(/\s+/g, ' ')}`,
        );
    }
    const { rows } = await loader.query<{ tests: string }>(`SELECT count(*) AS tests FROM tests`);
    await loader.end();
    console.log(
      `\nsweep: generated ${MEASURES} active measures, ${RELEASED} released persons and ${rows[0]!.tests} test windows in ${seconds(performance.now() - t)}`,
    );

    for (const label of ['first run', 'second run (nothing left to change)']) {
      const steps = new Map<string, { transactions: number; ms: number; longest: number }>();
      const sweep = createSweepService({
        repo: createSweepRepo(db),
        clock,
        testPlans: services.tests,
        measures: services.measures,
        violations: services.violations,
        checkins: services.checkins,
        leave: services.leave,
        notifications: services.notifications,
        onTransaction: ({ step, ms }) => {
          const s = steps.get(step) ?? { transactions: 0, ms: 0, longest: 0 };
          steps.set(step, {
            transactions: s.transactions + 1,
            ms: s.ms + ms,
            longest: Math.max(s.longest, ms),
          });
        },
      });
      t = performance.now();
      const result = await sweep.run();
      const total = performance.now() - t;
      const longest = [...steps].reduce((a, b) => (b[1].longest > a[1].longest ? b : a));
      console.log(`\nsweep ${label} on ${DAY}: ${seconds(total)} in all, ${os.cpus().length} cores`);
      console.log(
        'step'.padEnd(24),
        'transactions'.padStart(13),
        'total s'.padStart(9),
        'longest ms'.padStart(11),
      );
      for (const [step, s] of steps)
        console.log(
          step.padEnd(24),
          String(s.transactions).padStart(13),
          (s.ms / 1000).toFixed(1).padStart(9),
          s.longest.toFixed(0).padStart(11),
        );
      console.log(`longest single transaction: ${longest[1].longest.toFixed(0)} ms (${longest[0]})`);
      const { date: _d, ...counts } = result;
      console.log(
        'result:',
        Object.entries(counts)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'nothing',
      );
    }
  } finally {
    services.notifications.close();
    await db.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** How many of $1, $2, $3 a statement uses (pg refuses unused parameters it cannot type). */
function highestParam(statement: string): number {
  return Math.max(0, ...[...statement.matchAll(/\$(\d)/g)].map((m) => Number(m[1])));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
