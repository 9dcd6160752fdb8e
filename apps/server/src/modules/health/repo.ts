import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export function createHealthRepo(db: Db) {
  return {
    /** Throws when the database does not answer. */
    ping: async () => {
      await sql`SELECT 1`.execute(db);
    },
  };
}
export type HealthRepo = ReturnType<typeof createHealthRepo>;
