import { sql } from 'kysely';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { verifyAuditChain } from '../platform/audit/auditLog.ts';
import type { BrokenReason } from '../platform/audit/chain.ts';
import { deriveAuditKey, loadMasterKey } from '../platform/crypto.ts';

const explain: Record<BrokenReason, string> = {
  hash_mismatch: 'its content is not what was written (or the key is not the one the app uses)',
  prev_hash_mismatch: 'it does not follow the event before it (an event was removed, inserted or rewritten)',
  legacy_after_keyed: 'an unkeyed event after the keyed chain began',
  seal_mismatch: 'the events before the keyed chain are not the ones that were sealed',
  unsealed: 'events from before the keyed chain that no seal covers yet (start the app once to seal them)',
  unknown_version: 'an unknown chain version',
};

/**
 * `npm run audit:verify`: walks the audit chain with the audit key (derived from the same master
 * key the app uses: TAOBO_SECRET_KEY or the data directory's secret.key) and reports the first
 * broken link (exit 1).
 */
const config = loadConfig();
const { key } = loadMasterKey({
  secretKeyHex: config.secretKeyHex,
  secretKeyFile: config.secretKeyFile,
  dataDir: config.dataDir,
  create: false,
});
const database = await openDatabase(config, 'tool');
try {
  const { rows } = await sql`SELECT 1 FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = 'audit_events' AND column_name = 'chain_version'`.execute(
    database.db,
  );
  if (rows.length === 0)
    throw new Error(
      'This database predates the keyed audit chain: start the app once (it migrates), then verify.',
    );
  const { checked, broken } = await verifyAuditChain(database.db, deriveAuditKey(key));
  if (broken) {
    console.error(
      `Audit chain BROKEN at event ${broken.id} (${broken.reason}: ${explain[broken.reason]}); ${checked} events before it are intact.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`Audit chain intact: ${checked} events verified.`);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await database.close();
}
