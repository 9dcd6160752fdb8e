import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { StartError } from '../startError.ts';

/**
 * Records the key's fingerprint on the first start, and refuses a later start with another key:
 * a key file lost, replaced or pointed elsewhere (TAOBO_SECRET_KEY_FILE) would otherwise encrypt new
 * data with a key the old data was not written with.
 */
export async function checkKeyFingerprint(db: Db, fingerprint: string, keySource: string): Promise<void> {
  await sql`INSERT INTO instance_key (fingerprint) VALUES (${fingerprint}) ON CONFLICT (singleton) DO NOTHING`.execute(
    db,
  );
  const { rows } = await sql<{ fingerprint: string }>`SELECT fingerprint FROM instance_key`.execute(db);
  if (rows[0]!.fingerprint !== fingerprint) {
    throw new StartError(
      `The encryption key from ${keySource} is not the one this database was written with: use the original key (TAOBO_SECRET_KEY_FILE, TAOBO_SECRET_KEY or the data folder's secret.key).`,
    );
  }
}
