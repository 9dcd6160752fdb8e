import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has defaults that need nothing set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      demoPassword: 'Taobo@2026',
      env: 'development',
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
