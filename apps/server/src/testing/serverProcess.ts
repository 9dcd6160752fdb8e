import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { idNumberCheckChar } from '@taobo/domain';
import { TEST_PASSWORD } from './databases.ts';

const root = path.resolve(import.meta.dirname, '../../../..');

/**
 * The real server process (`node --import tsx apps/server/src/main.ts`, as `npm start` runs it),
 * for the tests of starting, stopping, crashing and restoring. It leads its own process group, so
 * a test can kill it and whatever it spawned at once.
 */
export interface ServerProcess {
  child: ChildProcess;
  output(): string;
  stderr(): string;
  exited: Promise<number | null>;
  /** Resolves with the URL once the server prints it and answers /api/health. */
  healthy(timeoutMs?: number): Promise<string>;
  /** SIGTERM, resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Settings that would leak from the test runner's environment into the server. */
const CLEARED = [
  'DATABASE_URL',
  'PORT',
  'HOST',
  'TAOBO_DATA_DIR',
  'TAOBO_SECRET_KEY',
  'TAOBO_SECRET_KEY_FILE',
  'TAOBO_CLOCK',
];

export function serverEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !CLEARED.includes(k)));
  return { ...base, NODE_ENV: 'test', LOG_LEVEL: 'warn', TAOBO_DEMO_PERSONS: '0', ...env };
}

export function spawnServer(env: Record<string, string>, script = 'apps/server/src/main.ts'): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: serverEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => {
    out += d;
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    stderr: () => err,
    exited,
    async healthy(timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
        const port = /running at http:\/\/localhost:(\d+)/.exec(out)?.[1];
        if (port) {
          const url = `http://127.0.0.1:${port}`;
          const ok = await fetch(`${url}/api/health`).then(
            (r) => r.ok,
            () => false,
          );
          if (ok) return url;
        }
        if (Date.now() > deadline) {
          killGroup(child);
          throw new Error(`server not healthy after ${timeoutMs} ms:\n${out}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs a script of ours to its end (a tool, or a server expected to refuse to start). */
export function runToExit(
  env: Record<string, string>,
  script = 'apps/server/src/main.ts',
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      env: serverEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** SIGKILL to the process and everything in its group. */
export function killGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * SIGKILL to the embedded PostgreSQL of `dataDir` (the postmaster named in postmaster.pid) and
 * every process it started (its backends lead process groups of their own). Returns the pids.
 */
export function killEmbeddedPostgres(dataDir: string): number[] {
  const postmaster = Number(
    fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  const children = fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  const pids = [postmaster, ...children];
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids;
}

/** Whether the process runs (a zombie, exited but not yet reaped, does not). */
export function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The inodes of the TCP sockets a process has open. */
function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      // closed meanwhile
    }
  }
  return inodes;
}

/** The local addresses (hex, as in /proc/net/tcp) on which a process listens for TCP connections. */
export function tcpListenAddresses(pid: number): string[] {
  const mine = socketInodes(pid);
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f[3] === '0A' && mine.has(f[9]!))
      .map((f) => f[1]!),
  );
}

/** Signs in as a demo account; returns the headers a same-origin browser request would carry. */
export async function signIn(url: string, username = 'yz_admin'): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { cookie, origin: url, 'content-type': 'application/json' };
}

/** A valid, unique ID number for the n-th person a test creates (birth day n after 1970-01-01). */
export function nthIdNumber(n: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + n * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '');
  const first17 = `431123${birth}${String((n % 499) * 2 + 1).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}
