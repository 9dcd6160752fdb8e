import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './types.ts';

// Business dates stay 'YYYY-MM-DD' strings end to end: never let a timezone shift them.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// …and so do arrays of them ('{2027-05-01,2027-06-12}'): ISO dates hold no commas or quotes.
const DATE_ARRAY_OID = 1182;
pg.types.setTypeParser(DATE_ARRAY_OID as Parameters<typeof pg.types.setTypeParser>[0], (v: string) =>
  v === '{}' ? [] : v.slice(1, -1).split(','),
);

export type Db = Kysely<Database>;

export function createDb(connectionString: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client that errors (e.g. the server restarted) must not crash the process.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
