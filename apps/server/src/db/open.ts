import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { createDb, type Db } from './database.ts';
import { startEmbeddedPostgres } from './embedded.ts';

export interface OpenDatabase {
  db: Db;
  kind: 'embedded' | 'external';
  close(): Promise<void>;
}

/**
 * The external server at DATABASE_URL, or else the embedded one in the data directory,
 * started here (or joined, when another process of ours already runs it) and stopped on close.
 */
export async function openDatabase(
  config: Config,
  log: (m: string) => void = () => undefined,
): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const db = createDb(config.databaseUrl);
    return { db, kind: 'external', close: () => db.destroy() };
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/postgres`;
  if (embeddedAlreadyRunning(config.dataDir)) {
    const db = createDb(url);
    return { db, kind: 'embedded', close: () => db.destroy() };
  }
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log });
  const db = createDb(server.url);
  return {
    db,
    kind: 'embedded',
    close: async () => {
      await db.destroy();
      await server.stop();
    },
  };
}

function embeddedAlreadyRunning(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    return pid > 0 && process.kill(pid, 0);
  } catch {
    return false;
  }
}
