import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.ts';
import { KeyError } from './platform/crypto.ts';
import { describeStartError, safeUrl, StartError } from './startError.ts';

const errno = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`boom ${code}`), { code, ...extra });
const URL_ = 'postgres://taobo:s3cret@db.example:5432/taobo';

describe('a failed start, in one sentence', () => {
  it.each([
    [
      errno('ECONNREFUSED'),
      /^The database server refused the connection \(postgres:\/\/taobo:\*\*\*@db\.example:5432\/taobo\): start PostgreSQL or correct DATABASE_URL\.$/,
    ],
    [errno('28P01'), /refused the user or password .*correct DATABASE_URL\.$/],
    [errno('3D000'), /does not exist .*create it \(createdb\)/],
    [errno('ENOTFOUND', { hostname: 'db.example' }), /^The database host db\.example is unknown/],
    [errno('EADDRINUSE', { port: 3000 }), /^Port 3000 is already in use: set PORT to a free port/],
    [errno('EACCES', { syscall: 'listen', port: 80 }), /use a port above 1023/],
    [
      errno('EACCES', { syscall: 'mkdir', path: '/srv/data' }),
      /may not mkdir \/srv\/data: give the user running it write access/,
    ],
    [
      new Error('first line\n    at stack frame'),
      /^Taobo could not start: first line\. \(TAOBO_DEBUG=1 prints the details\.\)$/,
    ],
  ])('%s', (e, sentence) => {
    const text = describeStartError(e, URL_);
    expect(text).toMatch(sentence);
    expect(text).not.toContain('\n');
    expect(text).not.toContain('s3cret');
  });

  it('passes on the sentence of config, key and start errors as it is', () => {
    for (const E of [ConfigError, KeyError, StartError])
      expect(describeStartError(new E('Exactly this.'))).toBe('Exactly this.');
  });

  it('never shows a password', () => {
    expect(safeUrl(URL_)).toBe('postgres://taobo:***@db.example:5432/taobo');
    expect(safeUrl('not a url')).toBe('DATABASE_URL');
  });
});
