import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { backupDatabase } from '../db/backup.ts';
import { openDatabase } from '../db/open.ts';
import { runTool } from './runTool.ts';

/**
 * `npm run backup [-- FILE]`: the database (one consistent snapshot) and the uploaded files, into
 * FILE or backups/taobo-YYYYMMDD-HHMMSS.backup.gz (UTC). Works while the app runs. The encryption
 * key is never in it.
 */
runTool(async () => {
  const config = loadConfig();
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const file = path.resolve(
    process.env.INIT_CWD ?? '.',
    process.argv[2] ?? path.join('backups', `taobo-${stamp}.backup.gz`),
  );
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const database = await openDatabase(config, 'tool', { log: (line) => console.log(`  ${line}`) });
  try {
    const { tables, rows, files } = await backupDatabase(
      database.url,
      path.join(config.dataDir, 'files'),
      file,
    );
    console.log(`Backup written to ${file}: ${rows} rows in ${tables} tables, ${files} files.`);
    console.log(
      `It does not hold the encryption key: keep ${config.secretKeyHex ? 'TAOBO_SECRET_KEY' : config.secretKeyFile} safe, apart from it.`,
    );
  } finally {
    await database.close();
  }
});
