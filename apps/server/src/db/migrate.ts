import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Transaction } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './types.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The migration files this version knows, in the order they apply. */
export function migrationNames(): string[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
}

/**
 * Applies the plain SQL files in db/migrations in name order, each once, all in one transaction:
 * if one file fails, none of this run's files is applied. An advisory lock held to the end of
 * that transaction lets several instances start at once (the others wait, then find nothing to do).
 */
export async function migrate(db: Db): Promise<string[]> {
  return db.transaction().execute((trx) => applyMigrations(trx));
}

/**
 * The work of `migrate` inside the caller's transaction; `only` limits it to those files (a
 * restore first builds the schema its backup was made on).
 */
export async function applyMigrations(
  trx: Transaction<Database>,
  only?: ReadonlySet<string>,
): Promise<string[]> {
  const applied: string[] = [];
  await sql`SELECT pg_advisory_xact_lock(hashtext('taobo.migrate'))`.execute(trx);
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
    trx,
  );
  const done = new Set(
    (await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(trx)).rows.map((r) => r.name),
  );
  for (const file of migrationNames()) {
    if (done.has(file) || (only && !only.has(file))) continue;
    await sql.raw(fs.readFileSync(path.join(migrationsDir, file), 'utf8')).execute(trx);
    await sql`INSERT INTO schema_migrations (name) VALUES (${file})`.execute(trx);
    applied.push(file);
  }
  return applied;
}
