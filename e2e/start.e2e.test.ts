import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { okFetch } from './support/api.ts';
import { runToExit, startServer } from './support/server.ts';

/** The README contract: `npm start` on the embedded database, a clean stop, a restart that keeps data. */
describe('npm start on the embedded PostgreSQL', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'taobo-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts, serves the console and the API with demo data, stops cleanly, and restarts with its data', async () => {
    const env = {
      TAOBO_DATA_DIR: dataDir,
      DATABASE_URL: '',
      TAOBO_DEMO_PERSONS: '300',
    };
    const first = await startServer(env);
    expect(first.output()).toMatch(/running at http:\/\/localhost:\d+/);
    expect(first.output()).toContain('lst_officer');
    expect(await (await fetch(`${first.url}/api/health`)).json()).toEqual({ status: 'ok', db: 'embedded' });

    const page = await fetch(`${first.url}/persons`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const asset = await fetch(`${first.url}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect((await fetch(`${first.url}/assets/missing-file.js`)).status).toBe(404);

    const login = await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'yz_admin', password: 'Taobo@2026' }),
    });
    await okFetch(login, 'sign in');
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const created = await fetch(`${first.url}/api/persons`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        name: '重启测试',
        idNumber: '431123198506150012',
        phone: '13974612345',
        orgUnitId: '431123100',
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const list = await fetch(`${first.url}/api/persons?pageSize=1`, { headers: { cookie } });
    const { total } = await okFetch<{ total: number }>(list, 'list persons');
    // The synthetic persons, the demo app person (李明) and this one.
    expect(total).toBe(302);

    expect(await first.stop()).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'secret.key'))).toBe(true);

    const second = await startServer(env);
    try {
      expect(second.output()).not.toContain('first start');
      const relogin = await fetch(`${second.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'yz_admin', password: 'Taobo@2026' }),
      });
      await okFetch(relogin, 'sign in again');
      const cookie2 = relogin.headers.get('set-cookie')!.split(';')[0]!;
      const again = await fetch(`${second.url}/api/persons/${id}`, { headers: { cookie: cookie2 } });
      expect((await okFetch<{ name: string }>(again, 'the person after restart')).name).toBe('重启测试');
      const reveal = await fetch(`${second.url}/api/persons/${id}/reveal`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookie2 },
        body: JSON.stringify({ field: 'idNumber', reason: '重启后核对' }),
      });
      expect((await okFetch<{ value: string }>(reveal, 'reveal')).value).toBe('431123198506150012');
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it.each([
    [{ PORT: 'not-a-port' }, /PORT/],
    [{ DATABASE_URL: 'mysql://localhost/x' }, /DATABASE_URL/],
    [
      { NODE_ENV: 'production', TAOBO_SECRET_KEY: 'ab'.repeat(32), TAOBO_CLOCK: '2027-01-01T00:00:00Z' },
      /TAOBO_CLOCK/,
    ],
  ])('a bad setting %o stops the process with one sentence and a non-zero exit', async (env, pattern) => {
    const { code, output } = await runToExit(env);
    expect(code).not.toBe(0);
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toMatch(pattern);
  });
});
