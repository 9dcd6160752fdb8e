import fs from 'node:fs';
import path from 'node:path';

/**
 * The files that tell who runs the embedded PostgreSQL of a data folder: PostgreSQL's own
 * postmaster.pid (its pid, socket, port and status) and our pg.owner (the process of ours that
 * started it, its role and whether it is stopping), and the checks on those processes.
 */

/**
 * Who opens the data directory: the app owns its server and refuses a second app on the same
 * folder; a tool (backup, audit:verify) joins a server that another process of ours runs.
 */
export type EmbeddedRole = 'app' | 'tool';

export interface PidFile {
  pid: number;
  port: number;
  socketDir: string;
  listenAddress: string;
  status: string;
}

export interface Owner {
  /** 0: a file being written this instant (its owner unknown yet). */
  pid: number;
  /** The owner's start time (Linux), so a pid reused after a crash is not taken for the owner. */
  since?: string;
  role: EmbeddedRole;
  state: 'starting' | 'running' | 'stopping';
}

export function ownerFile(dataDir: string) {
  return path.join(dataDir, 'pg.owner');
}

/** Creates pg.owner for this process; when a live process has it, returns that owner instead. */
export function claimOwner(dataDir: string, role: EmbeddedRole): Owner | undefined {
  const file = ownerFile(dataDir);
  for (;;) {
    try {
      const owner: Owner = { pid: process.pid, since: processStart(process.pid), role, state: 'starting' };
      fs.writeFileSync(file, JSON.stringify(owner), {
        flag: 'wx',
        mode: 0o600,
      });
      return undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = readOwner(file);
    if (owner === 'unreadable') return { pid: 0, role: 'app', state: 'starting' };
    if (owner && owner.pid !== process.pid && ownerAlive(owner)) return owner;
    // Its process is gone (a crash, a kill -9): the claim is stale.
    fs.rmSync(file, { force: true });
  }
}

function readOwner(file: string): Owner | 'unreadable' | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Owner;
  } catch {
    // Just created and not written yet (wait for it), or left half-written long ago (stale).
    try {
      return Date.now() - fs.statSync(file).mtimeMs < 2000 ? 'unreadable' : undefined;
    } catch {
      return undefined;
    }
  }
}

function ownerAlive(owner: Owner): boolean {
  return isAlive(owner.pid) && (owner.since === undefined || processStart(owner.pid) === owner.since);
}

/** A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), on Linux. */
function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export function writeOwner(dataDir: string, owner: Owner) {
  const tmp = `${ownerFile(dataDir)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ ...owner, since: processStart(owner.pid) }), { mode: 0o600 });
  fs.renameSync(tmp, ownerFile(dataDir));
}

/**
 * A server whose owner died (kill -9, a crash) may still run, or still be shutting down, or have
 * left a postmaster.pid behind. A running one is stopped (fast shutdown: its committed data is
 * kept); the wait for it to go, and for its last backends, is in `launch`.
 */
export function stopOrphan(pgDir: string, log: (line: string) => void) {
  const left = readPidFile(pgDir);
  // A dead pid: PostgreSQL itself checks that the old server's shared memory is no longer in use
  // (its last backends may still be exiting) before it takes over, so the file stays for it.
  if (!left || !isAlive(left.pid)) return;
  if (!isPostgres(left.pid)) {
    // The pid now belongs to another program: PostgreSQL would refuse to start.
    fs.rmSync(path.join(pgDir, 'postmaster.pid'), { force: true });
    return;
  }
  log(`stopping the embedded PostgreSQL (pid ${left.pid}) left running by a process that ended`);
  try {
    process.kill(left.pid, 'SIGINT');
  } catch {
    // already gone
  }
}

export function readPidFile(pgDir: string): PidFile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  // pidfile.h: pid, data dir, start time, port, socket dir, listen address, shmem key, status.
  const lines = text.split('\n');
  return {
    pid: Number(lines[0]),
    port: Number(lines[3]),
    socketDir: lines[4]?.trim() ?? '',
    listenAddress: lines[5]?.trim() ?? '',
    status: lines[7]?.trim() ?? '',
  };
}

export function connectionUrl(
  server: Pick<PidFile, 'port' | 'socketDir' | 'listenAddress'>,
  password: string,
) {
  if (server.socketDir) {
    return `postgres://postgres:${password}@localhost/postgres?host=${encodeURIComponent(server.socketDir)}&port=${server.port}`;
  }
  return `postgres://postgres:${password}@127.0.0.1:${server.port}/postgres`;
}

export function isAlive(pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // An exited process that its parent has not reaped yet (a zombie) answers signals too.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return !fs.existsSync('/proc/self');
  }
}

/** On Linux, whether the pid is a PostgreSQL process (not a reused pid); elsewhere assumed. */
function isPostgres(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return !fs.existsSync('/proc/self');
  }
}
