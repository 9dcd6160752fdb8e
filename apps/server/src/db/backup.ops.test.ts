import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { databaseUrl } from '../testing/databases.ts';
import { nthIdNumber, runToExit, signIn, spawnServer } from '../testing/serverProcess.ts';
import { startEmbeddedPostgres } from './embedded.ts';

const made: string[] = [];
function tempDir(prefix = 'taobo-backup-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

const BACKUP = 'apps/server/src/cli/backup.ts';
const RESTORE = 'apps/server/src/cli/restore.ts';
const VERIFY = 'apps/server/src/cli/verifyAudit.ts';

/** Every row of the tables compared, as PostgreSQL renders them, in primary-key order. */
async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async (table: string, order: string) =>
      (
        await client.query<{ r: unknown }>(`SELECT to_jsonb(t) AS r FROM ${table} t ORDER BY ${order}`)
      ).rows.map((x) => x.r);
    const { rows: counts } = await client.query<{ name: string }>(
      "SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND relkind = 'r' ORDER BY relname",
    );
    const perTable: Record<string, number> = {};
    for (const { name } of counts) {
      perTable[name] = Number((await client.query(`SELECT count(*) AS n FROM ${name}`)).rows[0].n);
    }
    return {
      persons: await rows('persons', 'id'),
      measures: await rows('measures', 'id'),
      audit: await rows('audit_events', 'id'),
      perTable,
    };
  } finally {
    await client.end();
  }
}

/** Runs `fn` with a URL to the embedded database of `dataDir` (started for it, or joined). */
async function withEmbedded<T>(dataDir: string, fn: (url: string) => Promise<T>): Promise<T> {
  const server = await startEmbeddedPostgres({ dataDir, role: 'tool' });
  try {
    return await fn(server.url);
  } finally {
    await server.stop();
  }
}

describe('npm run backup / npm run restore', () => {
  it('round-trips into a fresh data folder: the same persons, measures, audit chain (verified) and files; never the key', async () => {
    // The key outside the data folder (TAOBO_SECRET_KEY_FILE): the folder, and the backup, hold no copy.
    const keyFile = path.join(tempDir('taobo-keys-'), 'taobo.key');
    const source = tempDir();
    const env = { TAOBO_DATA_DIR: source, TAOBO_SECRET_KEY_FILE: keyFile, TAOBO_DEMO_PERSONS: '25' };
    const server = spawnServer({ ...env, PORT: '0' });
    let backup: string;
    let person: { id: string; idNumber: string };
    try {
      const url = await server.healthy();
      const headers = await signIn(url);
      const idNumber = nthIdNumber(12_345);
      const res = await fetch(`${url}/api/persons`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: '备份测试', idNumber, phone: '13912345678', orgUnitId: '431123100' }),
      });
      expect(res.status).toBe(201);
      person = { id: ((await res.json()) as { id: string }).id, idNumber };
      // An uploaded file (the stores keep them encrypted under data/files).
      fs.mkdirSync(path.join(source, 'files', 'photos'), { recursive: true });
      fs.writeFileSync(path.join(source, 'files', 'photos', person.id), crypto.randomBytes(70_000));

      // Taken while the app runs: the tool joins its database.
      backup = path.join(tempDir(), 'taobo.backup.gz');
      const made = await runToExit(env, BACKUP, [backup]);
      expect(made).toMatchObject({ code: 0, stderr: '' });
      expect(made.stdout).toMatch(/Backup written to .*: \d+ rows in \d+ tables, 1 files\./);
      expect(made.stdout).toContain(`keep ${keyFile} safe`);
    } finally {
      expect(await server.stop()).toBe(0);
    }

    const key = fs.readFileSync(keyFile, 'utf8').trim();
    expect(fs.existsSync(path.join(source, 'secret.key'))).toBe(false);
    expect(grepTree(source, key)).toEqual([]);
    expect(zlib.gunzipSync(fs.readFileSync(backup)).includes(key)).toBe(false);
    expect(fs.statSync(backup).mode & 0o077).toBe(0);

    const target = tempDir();
    const restored = await runToExit({ TAOBO_DATA_DIR: target, TAOBO_SECRET_KEY_FILE: keyFile }, RESTORE, [
      backup,
    ]);
    expect(restored).toMatchObject({ code: 0, stderr: '' });

    const before = await withEmbedded(source, snapshot);
    const after = await withEmbedded(target, snapshot);
    expect(after.persons).toHaveLength(27); // 25 synthetic, 李明 (the demo app person), 备份测试
    expect(after.measures.length).toBeGreaterThan(0);
    expect(after.audit.length).toBeGreaterThan(0);
    expect(after.persons).toEqual(before.persons);
    expect(after.measures).toEqual(before.measures);
    expect(after.audit).toEqual(before.audit);
    expect(after.perTable).toEqual(before.perTable);
    expect(fs.readFileSync(path.join(target, 'files', 'photos', person.id))).toEqual(
      fs.readFileSync(path.join(source, 'files', 'photos', person.id)),
    );

    const verified = await runToExit({ TAOBO_DATA_DIR: target, TAOBO_SECRET_KEY_FILE: keyFile }, VERIFY);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/intact/);

    // The restored copy runs, and decrypts with the same key.
    const copy = spawnServer({ TAOBO_DATA_DIR: target, TAOBO_SECRET_KEY_FILE: keyFile, PORT: '0' });
    try {
      const url = await copy.healthy();
      const headers = await signIn(url);
      const reveal = await fetch(`${url}/api/persons/${person.id}/reveal`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ field: 'idNumber', reason: '恢复后核对' }),
      });
      expect(reveal.status).toBe(200);
      expect(((await reveal.json()) as { value: string }).value).toBe(person.idNumber);
    } finally {
      expect(await copy.stop()).toBe(0);
    }

    // Refusals, each one sentence: a database that holds data, another key, no key at all.
    const again = await runToExit({ TAOBO_DATA_DIR: target, TAOBO_SECRET_KEY_FILE: keyFile }, RESTORE, [
      backup,
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(
      'The database is not empty: restore refuses to overwrite it; add --force to replace everything in it.',
    );
    const otherKey = await runToExit(
      { TAOBO_DATA_DIR: tempDir(), TAOBO_SECRET_KEY: 'cd'.repeat(32) },
      RESTORE,
      [backup],
    );
    expect(otherKey.code).toBe(1);
    expect(otherKey.stderr.trim()).toMatch(/^The backup was written with another encryption key/);
    const noKey = tempDir();
    const missing = await runToExit({ TAOBO_DATA_DIR: noKey }, RESTORE, [backup]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(
      `No encryption key at ${path.join(noKey, 'secret.key')}: put the key this data was written with there (or set TAOBO_SECRET_KEY_FILE to it).`,
    );

    // --force replaces what is there, and the chain still verifies.
    const forced = await runToExit({ TAOBO_DATA_DIR: target, TAOBO_SECRET_KEY_FILE: keyFile }, RESTORE, [
      backup,
      '--force',
    ]);
    expect(forced).toMatchObject({ code: 0, stderr: '' });
    expect((await withEmbedded(target, snapshot)).audit).toEqual(before.audit);

    // The same file into an external PostgreSQL (another server version, too, when it is one).
    const { adminUrl } = inject('testDb');
    const name = `taobo_restore_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const external = {
        DATABASE_URL: databaseUrl(adminUrl, name),
        TAOBO_DATA_DIR: tempDir(),
        TAOBO_SECRET_KEY_FILE: keyFile,
      };
      expect(await runToExit(external, RESTORE, [backup])).toMatchObject({ code: 0, stderr: '' });
      expect((await snapshot(external.DATABASE_URL)).audit).toEqual(before.audit);
      expect((await runToExit(external, VERIFY)).code).toBe(0);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

/** The files under `dir` that contain `needle` (as text or as the bytes it encodes in hex). */
function grepTree(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'hex');
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const content = fs.readFileSync(p);
        if (content.includes(needle) || content.includes(bytes)) hits.push(p);
      }
    }
  };
  walk(dir);
  return hits;
}
