import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has defaults that need nothing set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      portFixed: false,
      host: '127.0.0.1',
      databaseUrl: undefined,
      demoPassword: 'Taobo@2026',
      env: 'development',
    });
  });

  it('listens on loopback unless HOST says otherwise, and keeps a PORT that was set', () => {
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '3005' })).toMatchObject({
      host: '0.0.0.0',
      port: 3005,
      portFixed: true,
    });
  });

  it('keeps the key in the data directory unless TAOBO_SECRET_KEY_FILE says where', () => {
    expect(loadConfig({ TAOBO_DATA_DIR: '/srv/taobo' }).secretKeyFile).toBe('/srv/taobo/secret.key');
    expect(
      loadConfig({ TAOBO_DATA_DIR: '/srv/taobo', TAOBO_SECRET_KEY_FILE: '/etc/taobo/key' }).secretKeyFile,
    ).toBe('/etc/taobo/key');
    // In production a key file is enough, and it must exist (never generated there).
    expect(loadConfig({ NODE_ENV: 'production', TAOBO_SECRET_KEY_FILE: '/etc/taobo/key' })).toMatchObject({
      secretKeyFileMustExist: true,
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ TAOBO_SECRET_KEY: 'short' }, /TAOBO_SECRET_KEY/],
    [{ TAOBO_CLOCK: 'yesterday' }, /TAOBO_CLOCK/],
    [{ NODE_ENV: 'production', TAOBO_SECRET_KEY: 'ab'.repeat(32), TAOBO_CLOCK: '2027-01-01' }, /refused/],
    [{ NODE_ENV: 'production' }, /TAOBO_SECRET_KEY/],
    [{ TAOBO_TRUST_PROXY: 'yes please' }, /TAOBO_TRUST_PROXY/],
  ])('refuses %o with one sentence naming the setting', (env, pattern) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(pattern);
  });

  it.each([
    [undefined, false],
    ['true', true],
    ['false', false],
    ['1', 1],
    ['127.0.0.1', '127.0.0.1'],
    ['127.0.0.1, 10.0.0.0/8', '127.0.0.1,10.0.0.0/8'],
  ])('reads TAOBO_TRUST_PROXY=%s as %o', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TAOBO_TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });
});
