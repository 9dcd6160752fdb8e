/**
 * `npm run bench`: the person API against the raw SQL it stands on, in the same run, so the
 * ratio means something on a noisy machine; then the daily sweep at national scale (bench/sweep.ts).
 * Uses TEST_DATABASE_URL's server when set, else an embedded one; each part loads its synthetic data
 * (BENCH_PERSONS persons, default 20,000, for the API) into a scratch database of its own.
 * BENCH=api or BENCH=sweep runs one part only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';
import { systemClock } from '../apps/server/src/clock.ts';
import { createDb } from '../apps/server/src/db/database.ts';
import { startEmbeddedPostgres } from '../apps/server/src/db/embedded.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { createFieldCipher } from '../apps/server/src/platform/crypto.ts';
import { diskFileStore } from '../apps/server/src/platform/files.ts';
import { ensureDemoAccounts, ensureDemoPersons } from '../apps/server/src/seed/demo.ts';
import { ensureOrgUnits } from '../apps/server/src/seed/orgUnits.ts';
import { databaseUrl } from '../apps/server/src/testing/databases.ts';
import { benchSweep } from './sweep.ts';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const PARTS = (process.env.BENCH ?? 'api,sweep').split(',');

async function main() {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'taobo-bench-'));
  if (!serverUrl) {
    const e = await startEmbeddedPostgres({ dataDir, persistent: false });
    serverUrl = e.url;
    stopEmbedded = e.stop;
  }
  try {
    if (PARTS.includes('api')) await benchApi(serverUrl, dataDir);
    if (PARTS.includes('sweep')) await benchSweep(serverUrl, dataDir);
  } finally {
    await stopEmbedded?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchApi(serverUrl: string, dataDir: string) {
  const name = `taobo_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const db = createDb(databaseUrl(serverUrl, name), 10);
  const cipher = createFieldCipher(crypto.randomBytes(32));
  try {
    await migrate(db);
    await ensureOrgUnits(db);
    await ensureDemoAccounts(db, 'Taobo@2026');
    let t = Date.now();
    await ensureDemoPersons(db, cipher, systemClock, PERSONS);
    console.log(`loaded ${PERSONS} persons in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const app = await buildApp({
      db,
      dbKind: 'external',
      clock: systemClock,
      cipher,
      auditKey: crypto.randomBytes(32),
      files: diskFileStore(path.join(dataDir, 'files')),
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lst_admin', password: 'Taobo@2026' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const scope = '4311/431103';
    const anyId = (
      await sql<{ id: string }>`SELECT id FROM persons WHERE scope_path LIKE ${scope + '/%'} LIMIT 1`.execute(
        db,
      )
    ).rows[0]!.id;

    const rawPool = new pg.Pool({ connectionString: databaseUrl(serverUrl, name), max: CONNECTIONS });
    rawPool.on('error', () => undefined);
    const tokenHash = (await sql<{ token_hash: string }>`SELECT token_hash FROM sessions LIMIT 1`.execute(db))
      .rows[0]!.token_hash;
    // The raw side runs the statements the API runs (session look-up included), hand-written, so
    // the ratio is what the HTTP stack, validation, scoping and serialization cost on top.
    const session = () =>
      rawPool.query(
        `SELECT s.id, s.role, o.path FROM staff s JOIN org_units o ON o.id = s.org_unit_id
         JOIN sessions x ON x.staff_id = s.id WHERE x.token_hash = $1 AND x.expires_at > now()`,
        [tokenHash],
      );
    const inScope = `(p.scope_path = $1 OR p.scope_path LIKE $2)`;
    const page = (extra: string, params: unknown[]) =>
      Promise.all([
        rawPool.query(
          `SELECT p.*, o.name AS org_name, g.name AS grid_name FROM (
             SELECT id, name, gender, birth_date, id_number_masked, phone_masked, org_unit_id, grid_id, status, drug_types, updated_at
             FROM persons p WHERE ${inScope} ${extra} ORDER BY updated_at DESC, id LIMIT 20) p
           JOIN org_units o ON o.id = p.org_unit_id LEFT JOIN org_units g ON g.id = p.grid_id ORDER BY p.updated_at DESC, p.id`,
          [scope, `${scope}/%`, ...params],
        ),
        rawPool.query(`SELECT count(*) FROM persons p WHERE ${inScope} ${extra}`, [
          scope,
          `${scope}/%`,
          ...params,
        ]),
      ]);
    const cases: { name: string; url: string; raw: () => Promise<unknown> }[] = [
      {
        name: 'list page (20 of a county)',
        url: '/api/persons?pageSize=20',
        raw: async () => {
          await session();
          await page('', []);
        },
      },
      {
        name: 'search by pinyin initials',
        url: '/api/persons?q=zs&pageSize=20',
        raw: async () => {
          await session();
          await page(`AND (p.name_pinyin LIKE $3 OR p.name_initials LIKE $3)`, ['zs%']);
        },
      },
      {
        name: 'person detail (audited view)',
        url: `/api/persons/${anyId}`,
        raw: async () => {
          await session();
          const c = await rawPool.connect();
          try {
            await c.query('BEGIN');
            await c.query(`SELECT * FROM persons p WHERE id = $3 AND ${inScope}`, [
              scope,
              `${scope}/%`,
              anyId,
            ]);
            await c.query(`SELECT pg_advisory_xact_lock(hashtext('taobo.audit'))`);
            const last = await c.query(`SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1`);
            await c.query(
              `INSERT INTO audit_events (at, actor_id, action, target_type, target_id, prev_hash, hash, chain_version)
               VALUES (now(), NULL, 'bench.view', 'bench', $1, $2, md5(random()::text), 2)`,
              [anyId, last.rows[0]?.hash ?? ''],
            );
            await c.query('COMMIT');
          } finally {
            c.release();
          }
          await rawPool.query(`SELECT id, name, path FROM org_units WHERE id = ANY($1)`, [
            ['4311', '431103'],
          ]);
        },
      },
    ];

    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, ${PERSONS} persons\n`);
    console.log(
      'case'.padEnd(32),
      'API req/s'.padStart(10),
      'raw SQL q/s'.padStart(12),
      'API ÷ SQL'.padStart(10),
      'API p99 ms'.padStart(11),
    );
    for (const c of cases) {
      const api = await autocannon({
        url: base + c.url,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { cookie },
      });
      if (api.non2xx > 0) throw new Error(`${c.name}: ${api.non2xx} non-2xx answers`);
      let done = 0;
      t = Date.now();
      const until = t + SECONDS * 1000;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (Date.now() < until) {
            await c.raw();
            done++;
          }
        }),
      );
      const rawRate = done / ((Date.now() - t) / 1000);
      console.log(
        c.name.padEnd(32),
        api.requests.average.toFixed(0).padStart(10),
        rawRate.toFixed(0).padStart(12),
        (api.requests.average / rawRate).toFixed(2).padStart(10),
        String(api.latency.p99).padStart(11),
      );
    }
    await rawPool.end();
    await app.close();
  } finally {
    await db.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
