import type { Config } from '../config.ts';
import { createDb, type Db } from './database.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import type { EmbeddedRole } from './embeddedProcess.ts';

export interface OpenDatabase {
  db: Db;
  kind: 'embedded' | 'external';
  /** The connection string (backup and restore talk to the server directly). */
  url: string;
  /** Says early that close() is coming (the embedded server's next owner then waits for it). */
  announceClose(): void;
  close(): Promise<void>;
}

/**
 * The external server at DATABASE_URL, or else the embedded one in the data directory: started
 * here and stopped on close, or, for a tool, joined when another process of ours runs it.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  role: EmbeddedRole,
  logs: { log?: (m: string) => void; serverLog?: (m: string) => void } = {},
): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const db = createDb(config.databaseUrl);
    return {
      db,
      kind: 'external',
      url: config.databaseUrl,
      announceClose: () => undefined,
      close: () => db.destroy(),
    };
  }
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, role, ...logs });
  const db = createDb(server.url);
  return {
    db,
    kind: 'embedded',
    url: server.url,
    announceClose: () => server.announceStop(),
    close: async () => {
      server.announceStop();
      await db.destroy();
      await server.stop();
    },
  };
}
