import { ConfigError } from './config.ts';
import { KeyError } from './platform/crypto.ts';

/**
 * A start that cannot go on, said in one sentence that names the cause and the fix. main.ts prints
 * the message alone (no stack) and exits 1; `describeStartError` turns the other known failures
 * (a busy port, an unreachable or refusing database, a folder it may not write) into such a sentence.
 */
export class StartError extends Error {}

export function describeStartError(e: unknown, databaseUrl?: string): string {
  if (!(e instanceof Error)) return `Taobo could not start: ${String(e)}.`;
  if (e instanceof StartError || e instanceof ConfigError || e instanceof KeyError) return e.message;
  const err = e as NodeJS.ErrnoException & { port?: number; address?: string; hostname?: string };
  const where = databaseUrl ? ` (${safeUrl(databaseUrl)})` : '';
  switch (err.code) {
    case 'EADDRINUSE':
      return `Port ${err.port ?? ''} is already in use: set PORT to a free port, or stop the program that holds it.`;
    case 'EADDRNOTAVAIL':
      return `HOST ${err.address ?? ''} is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0 for all.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      if (err.syscall === 'listen')
        return `Taobo may not listen on port ${err.port ?? ''}: use a port above 1023 (PORT).`;
      return `Taobo may not ${err.syscall ?? 'use'} ${err.path ?? 'a file'}: give the user running it write access, or set TAOBO_DATA_DIR to a folder it owns.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${err.path ?? 'A path'} is a file where Taobo needs a folder: set TAOBO_DATA_DIR to a folder.`;
    case 'ECONNREFUSED':
      return `The database server refused the connection${where}: start PostgreSQL or correct DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The database host ${err.hostname ?? ''} is unknown${where}: correct DATABASE_URL.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `The database server did not answer${where}: check the network or DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `The database refused the user or password${where}: correct DATABASE_URL.`;
    case '3D000':
      return `The database named in DATABASE_URL does not exist${where}: create it (createdb) or correct the URL.`;
    case '42501':
      return `The database user may not create the schema${where}: give it a database it owns.`;
    default:
      return `Taobo could not start: ${firstLine(e.message) || err.code || e.name}. (TAOBO_DEBUG=1 prints the details.)`;
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim().replace(/[.:]$/, '');
}

/** The URL without its password, for messages. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_URL';
  }
}
