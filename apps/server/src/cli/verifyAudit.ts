import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { verifyAuditChain } from '../platform/audit/auditLog.ts';

/** `npm run audit:verify`: walks the audit hash chain and reports the first broken link (exit 1). */
const config = loadConfig();
const database = await openDatabase(config, 'tool');
try {
  const { checked, broken } = await verifyAuditChain(database.db);
  if (broken) {
    console.error(
      `Audit chain BROKEN at event ${broken.id} (${broken.reason}); ${checked} events before it are intact.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`Audit chain intact: ${checked} events verified.`);
  }
} finally {
  await database.close();
}
