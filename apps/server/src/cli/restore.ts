import path from 'node:path';
import { loadConfig } from '../config.ts';
import { restoreDatabase } from '../db/backup.ts';
import { openDatabase } from '../db/open.ts';
import { keyFingerprint, loadMasterKey } from '../platform/crypto.ts';
import { StartError } from '../startError.ts';
import { runTool } from './runTool.ts';

/**
 * `npm run restore -- FILE [--force]`: a backup into the configured database (the embedded one in
 * TAOBO_DATA_DIR, or DATABASE_URL) and its files into the data folder. Refuses a database that
 * already holds data unless --force, and a key other than the backup's.
 */
runTool(async () => {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const file = args.find((a) => a !== '--force');
  if (!file) throw new StartError('Name the backup to restore: npm run restore -- FILE [--force].');
  const config = loadConfig();
  // The key the backup was written with must be here already: a restore never makes a new one.
  const { key } = loadMasterKey({
    secretKeyHex: config.secretKeyHex,
    secretKeyFile: config.secretKeyFile,
    dataDir: config.dataDir,
    create: false,
  });
  // As the app does: never beside a running app on the same data folder.
  const database = await openDatabase(config, 'app', { log: (line) => console.log(`  ${line}`) });
  try {
    const { tables, rows, files } = await restoreDatabase(
      database.db,
      path.resolve(process.env.INIT_CWD ?? '.', file),
      path.join(config.dataDir, 'files'),
      {
        force,
        keyFingerprint: keyFingerprint(key),
      },
    );
    console.log(
      `Restored ${file}: ${rows} rows in ${tables} tables, ${files} files. npm run audit:verify checks the audit chain.`,
    );
  } finally {
    await database.close();
  }
});
