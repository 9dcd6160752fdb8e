import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { databaseUrl } from '../testing/databases.ts';
import {
  isAlive,
  killEmbeddedPostgres,
  killGroup,
  nthIdNumber,
  signIn,
  spawnServer,
  type ServerProcess,
} from '../testing/serverProcess.ts';

/**
 * Crash safety, proven on the real process: persons are created through the API by several
 * writers at once; once enough are acknowledged (201 received), everything is killed with SIGKILL
 * while requests are still in flight. After a restart on the same data, every acknowledged write
 * must be there. Nothing here depends on timing: the kill comes after a count of
 * acknowledgements, and the checks run after the restart.
 */
const KEY = 'a1'.repeat(32);
const WRITERS = 4;
const KILL_AFTER = 200;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  attempted: number;
  acknowledged: { id: string; name: string }[];
}

/** Writes until KILL_AFTER acknowledgements, then calls `kill` at once, with writes in flight. */
async function writeUntilKilled(url: string, kill: () => void): Promise<Run> {
  const headers = await signIn(url);
  const run: Run = { attempted: 0, acknowledged: [] };
  let killed = false;
  let next = 0;
  const writer = async () => {
    while (!killed) {
      const n = next++;
      // Names hold no digits: n in Chinese numerals.
      const name = `崩溃${[...String(n)].map((d) => '零一二三四五六七八九'[Number(d)]).join('')}`;
      run.attempted++;
      try {
        const res = await fetch(`${url}/api/persons`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            name,
            idNumber: nthIdNumber(10_000 + n),
            phone: `139${String(70_000_000 + n).padStart(8, '0')}`,
            orgUnitId: '431123100',
          }),
        });
        const body = (await res.json()) as { id?: string };
        // Any 201 that arrived is an acknowledgement, also one that arrives after the kill began.
        if (res.status === 201) run.acknowledged.push({ id: body.id!, name });
        else throw new Error(`unexpected ${res.status}: ${JSON.stringify(body)}`);
      } catch (e) {
        if (!killed) throw e;
        // A request cut by the kill: never acknowledged, so it may or may not have been written.
      }
      if (run.acknowledged.length >= KILL_AFTER && !killed) {
        killed = true;
        kill();
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  return run;
}

/** How many of the acknowledged persons the restarted server returns, unchanged. */
async function countFound(url: string, run: Run): Promise<number> {
  const headers = await signIn(url);
  let found = 0;
  for (const { id, name } of run.acknowledged) {
    const res = await fetch(`${url}/api/persons/${id}`, { headers });
    if (res.status === 200 && ((await res.json()) as { name: string }).name === name) found++;
  }
  return found;
}

async function settings(client: pg.Client) {
  const { rows } = await client.query<{ name: string; setting: string }>(
    "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes') ORDER BY name",
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
}

describe('crash safety: every acknowledged write survives a kill -9', () => {
  it('of the app and its embedded PostgreSQL, mid-stream', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'taobo-crash-'));
    made.push(dataDir);
    const env = { TAOBO_DATA_DIR: dataDir, TAOBO_SECRET_KEY: KEY, PORT: '0' };
    const first = spawnServer(env);
    let killedPids: number[] | undefined;
    const kill = () => {
      killGroup(first.child);
      killedPids ??= killEmbeddedPostgres(dataDir);
    };
    let run: Run;
    try {
      run = await writeUntilKilled(await first.healthy(), kill);
    } finally {
      kill(); // a failed run leaves nothing behind
    }
    await first.exited;
    expect(killedPids!.length).toBeGreaterThan(1); // the postmaster and its backends
    for (const pid of killedPids!) await expect.poll(() => isAlive(pid), { timeout: 60_000 }).toBe(false);

    const second = spawnServer(env);
    try {
      const found = await countFound(await second.healthy(), run);
      console.log(
        `crash test, embedded PostgreSQL (kill -9 of app and server): ${run.attempted} writes attempted, ` +
          `${run.acknowledged.length} acknowledged, ${found} of them found after restart`,
      );
      expect(run.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(found).toBe(run.acknowledged.length);
      // The durability settings stayed PostgreSQL's defaults.
      const password = fs.readFileSync(path.join(dataDir, 'pg.password'), 'utf8').trim();
      const client = new pg.Client({
        host: path.join(dataDir, 'pg'),
        port: 5432,
        user: 'postgres',
        password,
      });
      await client.connect();
      expect(await settings(client)).toEqual({
        fsync: 'on',
        full_page_writes: 'on',
        synchronous_commit: 'on',
      });
      await client.end();
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('of the app alone, on an external PostgreSQL', async () => {
    const { adminUrl } = inject('testDb');
    const name = `taobo_crash_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'taobo-crash-'));
    made.push(dataDir);
    const env = {
      DATABASE_URL: databaseUrl(adminUrl, name),
      TAOBO_DATA_DIR: dataDir,
      TAOBO_SECRET_KEY: KEY,
      PORT: '0',
    };
    let second: ServerProcess | undefined;
    try {
      const first = spawnServer(env);
      let run: Run;
      try {
        run = await writeUntilKilled(await first.healthy(), () => killGroup(first.child));
      } finally {
        killGroup(first.child);
      }
      await first.exited;

      second = spawnServer(env);
      const found = await countFound(await second.healthy(), run);
      console.log(
        `crash test, external PostgreSQL (kill -9 of the app): ${run.attempted} writes attempted, ` +
          `${run.acknowledged.length} acknowledged, ${found} of them found after restart`,
      );
      expect(run.acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(found).toBe(run.acknowledged.length);
      expect(await settings(admin)).toMatchObject({ fsync: 'on', synchronous_commit: 'on' });
    } finally {
      if (second) expect(await second.stop()).toBe(0);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
