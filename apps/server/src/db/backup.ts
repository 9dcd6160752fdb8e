import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql, type Transaction } from 'kysely';
import pg from 'pg';
import { StartError } from '../startError.ts';
import type { Db } from './database.ts';
import { applyMigrations, migrationNames } from './migrate.ts';
import type { Database } from './types.ts';

/**
 * `npm run backup` / `npm run restore`: a logical, consistent copy of the database and the uploaded
 * files, in one gzip file of JSON lines. PostgreSQL's own pg_dump is not used: the embedded
 * package ships only initdb, pg_ctl and postgres, and a system pg_dump older than the server
 * refuses to dump it; a dump taken here restores on any PostgreSQL the app runs on.
 *
 * Layout: a header line; then per table its rows (row_to_json, as PostgreSQL writes them: Node
 * never parses a value, so numbers, bytes and times come back exact) and a line `\.`; then per
 * file a line naming it, its base64 lines and `\.`; then a trailer with the counts, so a cut file
 * is refused. The encryption key is never in it.
 */
const FORMAT = 'taobo-backup';
const VERSION = 1;
const END = '\\.';
const BATCH = 1000;

interface Header {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  /** The key fingerprint from instance_key, when the app had started on the database. */
  keyFingerprint: string | null;
  tables: { name: string; columns: string[] }[];
  sequences: { name: string; value: string }[];
}

interface Trailer {
  end: true;
  rows: Record<string, number>;
  files: number;
}

export interface BackupSummary {
  tables: number;
  rows: number;
  files: number;
}

/** Writes the backup to `file` (through `file.partial`, renamed when complete; mode 0600). */
export async function backupDatabase(url: string, filesDir: string, file: string): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    // One snapshot for every table: the copy is the database at one instant.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await setSession(client);
    const header = await readHeader(client);
    const rows: Record<string, number> = {};
    let files = 0;
    async function* lines(): AsyncGenerator<string> {
      yield JSON.stringify(header) + '\n';
      for (const table of header.tables) {
        let count = 0;
        const columns = table.columns.map((c) => client.escapeIdentifier(c)).join(', ');
        await client.query(
          `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS r FROM (SELECT ${columns} FROM ${client.escapeIdentifier(table.name)}) t`,
        );
        for (;;) {
          const { rows: batch } = await client.query<{ r: string }>(`FETCH ${BATCH} FROM backup_rows`);
          if (!batch.length) break;
          count += batch.length;
          yield batch.map((b) => b.r).join('\n') + '\n';
        }
        await client.query('CLOSE backup_rows');
        rows[table.name] = count;
        yield END + '\n';
      }
      for (const key of listFiles(filesDir)) {
        const bytes = fs.readFileSync(path.join(filesDir, key));
        yield JSON.stringify({ file: key, bytes: bytes.length }) + '\n';
        for (let i = 0; i < bytes.length; i += 48 * 1024) {
          yield bytes.subarray(i, i + 48 * 1024).toString('base64') + '\n';
        }
        yield END + '\n';
        files++;
      }
      yield JSON.stringify({ end: true, rows, files } satisfies Trailer) + '\n';
    }
    await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(partial, { mode: 0o600 }));
    await client.query('COMMIT');
    fs.renameSync(partial, file);
    return {
      tables: header.tables.length,
      rows: Object.values(rows).reduce((a, b) => a + b, 0),
      files,
    };
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  } finally {
    await client.end();
  }
}

async function setSession(client: pg.Client) {
  // The text forms that read back exactly, whatever the server's or the restoring server's defaults.
  await client.query(
    "SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 3; SET LOCAL bytea_output = 'hex'",
  );
}

async function readHeader(client: pg.Client): Promise<Header> {
  const has = async (table: string) =>
    (await client.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [`public.${table}`])).rows[0]
      .ok as boolean;
  if (!(await has('schema_migrations'))) {
    throw new StartError(
      'The database holds no Taobo data (no schema_migrations table): nothing to back up.',
    );
  }
  const migrations = (
    await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')
  ).rows.map((r) => r.name);
  const keyFingerprint = (await has('instance_key'))
    ? ((await client.query<{ fingerprint: string }>('SELECT fingerprint FROM instance_key')).rows[0]
        ?.fingerprint ?? null)
    : null;
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'schema_migrations'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
     GROUP BY c.relname
     ORDER BY c.relname`);
  const { rows: sequences } = await client.query<{ name: string; value: string }>(`
    SELECT sequencename AS name, last_value::text AS value
      FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL ORDER BY sequencename`);
  return {
    format: FORMAT,
    version: VERSION,
    createdAt: new Date().toISOString(),
    migrations,
    keyFingerprint,
    tables,
    sequences,
  };
}

/** The uploaded files, as keys relative to the files folder (temporary files left out). */
function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const key = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(key);
      else if (entry.isFile() && !entry.name.endsWith('.tmp')) out.push(key);
    }
  };
  walk('');
  return out.sort();
}

/**
 * Restores `file` into the database (one transaction: all or nothing) and its files into
 * `filesDir`. The database must hold no Taobo data unless `force`, which first removes it. The
 * schema is rebuilt from the backup's own migrations, the rows loaded with triggers and foreign
 * keys paused (as pg_restore --disable-triggers does: the rows come from one consistent snapshot,
 * and checks across tables would otherwise depend on the order they load in), then this
 * version's newer migrations are applied.
 */
export async function restoreDatabase(
  db: Db,
  file: string,
  filesDir: string,
  options: { force: boolean; keyFingerprint: string },
): Promise<BackupSummary> {
  const input = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  const it = input[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const r = await it.next();
    if (r.done) throw new StartError(`${file} ends early: the backup is incomplete.`);
    return r.value;
  };
  let header: Header;
  try {
    header = JSON.parse(await next()) as Header;
  } catch (e) {
    if (e instanceof StartError) throw e;
    throw new StartError(`${file} is not a Taobo backup (its first line is not the header).`);
  }
  if (header.format !== FORMAT || header.version !== VERSION) {
    throw new StartError(`${file} is not a Taobo backup of format version ${VERSION}.`);
  }
  const known = new Set(migrationNames());
  const unknown = header.migrations.find((m) => !known.has(m));
  if (unknown) {
    throw new StartError(
      `The backup comes from a newer Taobo (migration ${unknown}): update Taobo, then restore.`,
    );
  }
  if (header.keyFingerprint && header.keyFingerprint !== options.keyFingerprint) {
    throw new StartError(
      `The backup was written with another encryption key (fingerprint ${header.keyFingerprint}, this key ${options.keyFingerprint}): restore with that installation's key (TAOBO_SECRET_KEY_FILE or TAOBO_SECRET_KEY).`,
    );
  }
  const filesPresent = listFiles(filesDir).length > 0;

  const counts: Record<string, number> = {};
  const incoming: { key: string; tmp: string }[] = [];
  let total = 0;
  try {
    await db.transaction().execute(async (trx) => {
      const existing = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')`.execute(trx);
      if (existing.rows[0]!.n > 0) {
        if (!options.force) {
          throw new StartError(
            'The database is not empty: restore refuses to overwrite it; add --force to replace everything in it.',
          );
        }
        await dropEverything(trx);
      }
      if (filesPresent && !options.force) {
        throw new StartError(
          `${filesDir} already holds files: restore refuses to mix them; add --force to replace them.`,
        );
      }
      try {
        await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      } catch {
        throw new StartError(
          'Restore needs a database superuser (it loads rows with triggers paused): use such a user in DATABASE_URL for the restore.',
        );
      }
      await sql`SET LOCAL TimeZone = 'UTC'`.execute(trx);
      await sql`SET LOCAL DateStyle = 'ISO, YMD'`.execute(trx);
      await sql`SET LOCAL IntervalStyle = 'postgres'`.execute(trx);
      await applyMigrations(trx, new Set(header.migrations));

      for (const table of header.tables) {
        counts[table.name] = 0;
        let batch: string[] = [];
        const flush = async () => {
          if (!batch.length) return;
          const cols = sql.join(table.columns.map((c) => sql.ref(c)));
          await sql`INSERT INTO ${sql.table(table.name)} (${cols})
                    SELECT ${cols} FROM json_populate_recordset(NULL::${sql.table(table.name)}, ${`[${batch.join(',')}]`}::json)`.execute(
            trx,
          );
          counts[table.name]! += batch.length;
          batch = [];
        };
        for (let line = await next(); line !== END; line = await next()) {
          batch.push(line);
          if (batch.length >= BATCH) await flush();
        }
        await flush();
        total += counts[table.name]!;
      }
      for (const s of header.sequences) {
        await sql`SELECT setval(format('public.%I', ${s.name}::text)::regclass, ${s.value}::bigint, true)`.execute(
          trx,
        );
      }

      // The files: into temporary names now, renamed into place once the rows are committed.
      fs.mkdirSync(filesDir, { recursive: true, mode: 0o700 });
      let trailer: Trailer | undefined;
      for (;;) {
        const line = await next();
        const entry = JSON.parse(line) as { file: string; bytes: number } | Trailer;
        if ('end' in entry) {
          trailer = entry;
          break;
        }
        if (!/^[a-z0-9][a-z0-9/_-]*$/.test(entry.file) || entry.file.includes('..')) {
          throw new StartError(`${file} names a file outside the files folder (${entry.file}): refused.`);
        }
        const chunks: Buffer[] = [];
        for (let l = await next(); l !== END; l = await next()) chunks.push(Buffer.from(l, 'base64'));
        const bytes = Buffer.concat(chunks);
        if (bytes.length !== entry.bytes)
          throw new StartError(`${file} is damaged: ${entry.file} has the wrong size.`);
        const tmp = path.join(filesDir, `${entry.file}.${process.pid}.tmp`);
        fs.mkdirSync(path.dirname(tmp), { recursive: true, mode: 0o700 });
        fs.writeFileSync(tmp, bytes, { mode: 0o600 });
        incoming.push({ key: entry.file, tmp });
      }
      const cut = Object.entries(trailer.rows).find(([t, n]) => counts[t] !== n);
      if (cut || trailer.files !== incoming.length) {
        throw new StartError(`${file} is damaged: ${cut ? `table ${cut[0]}` : 'the files'} do not add up.`);
      }
      // This version's newer migrations, on the restored data, with triggers and checks on again.
      await sql`SET LOCAL session_replication_role = origin`.execute(trx);
      await applyMigrations(trx);
    });
  } catch (e) {
    for (const f of incoming) fs.rmSync(f.tmp, { force: true });
    throw e;
  } finally {
    input.close();
  }
  if (options.force && filesPresent) {
    const keep = new Set(incoming.map((f) => f.key));
    for (const key of listFiles(filesDir)) if (!keep.has(key)) fs.rmSync(path.join(filesDir, key));
  }
  for (const f of incoming) fs.renameSync(f.tmp, path.join(filesDir, f.key));
  return { tables: header.tables.length, rows: total, files: incoming.length };
}

/** --force: removes every table, view, sequence, function and type of ours (extensions stay). */
async function dropEverything(trx: Transaction<Database>) {
  const notExtension = sql`NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = o.oid AND d.deptype = 'e')`;
  const drop = async (kind: string, names: { rows: { name: string }[] }) => {
    for (const { name } of names.rows) await sql.raw(`DROP ${kind} IF EXISTS ${name} CASCADE`).execute(trx);
  };
  await drop(
    'VIEW',
    await sql<{
      name: string;
    }>`SELECT o.oid::regclass::text AS name FROM pg_class o JOIN pg_namespace n ON n.oid = o.relnamespace
      WHERE n.nspname = 'public' AND o.relkind = 'v' AND ${notExtension}`.execute(trx),
  );
  await drop(
    'MATERIALIZED VIEW',
    await sql<{
      name: string;
    }>`SELECT o.oid::regclass::text AS name FROM pg_class o JOIN pg_namespace n ON n.oid = o.relnamespace
      WHERE n.nspname = 'public' AND o.relkind = 'm' AND ${notExtension}`.execute(trx),
  );
  await drop(
    'TABLE',
    await sql<{
      name: string;
    }>`SELECT o.oid::regclass::text AS name FROM pg_class o JOIN pg_namespace n ON n.oid = o.relnamespace
      WHERE n.nspname = 'public' AND o.relkind IN ('r', 'p') AND ${notExtension}`.execute(trx),
  );
  await drop(
    'SEQUENCE',
    await sql<{
      name: string;
    }>`SELECT o.oid::regclass::text AS name FROM pg_class o JOIN pg_namespace n ON n.oid = o.relnamespace
      WHERE n.nspname = 'public' AND o.relkind = 'S' AND ${notExtension}`.execute(trx),
  );
  await drop(
    'ROUTINE',
    await sql<{
      name: string;
    }>`SELECT o.oid::regprocedure::text AS name FROM pg_proc o JOIN pg_namespace n ON n.oid = o.pronamespace
      WHERE n.nspname = 'public' AND ${notExtension}`.execute(trx),
  );
  await drop(
    'TYPE',
    await sql<{
      name: string;
    }>`SELECT format_type(o.oid, NULL) AS name FROM pg_type o JOIN pg_namespace n ON n.oid = o.typnamespace
      WHERE n.nspname = 'public' AND o.typtype IN ('e', 'd', 'c', 'r') AND o.typrelid = 0 AND ${notExtension}`.execute(
      trx,
    ),
  );
}
