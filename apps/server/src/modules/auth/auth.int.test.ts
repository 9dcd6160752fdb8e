import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('GET /api/health', () => {
  it('answers ok without a session and names the database kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: 'external' });
  });
});

describe('sign-in', () => {
  it('sets an HTTP-only session cookie and returns the account', async () => {
    const res = await login('lst_officer', 'Taobo@2026');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'lst_officer',
      role: 'officer',
      orgUnit: { id: '431103001', name: '梅湾街道' },
      today: '2026-11-29', // the server's business date, from its (here fixed) clock
    });
    const cookie = res.cookies.find((c) => c.name === 'taobo_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `taobo_session=${cookie!.value}` },
    });
    expect(me.json().username).toBe('lst_officer');
  });

  it('answers 401 with a code for a wrong password or an unknown user', async () => {
    for (const [u, p] of [
      ['lst_officer', 'wrong-password'],
      ['nobody', 'Taobo@2026'],
    ]) {
      const res = await login(u!, p!);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('BAD_CREDENTIALS');
    }
    await login('lst_officer', 'Taobo@2026'); // clears the failure count again
  });

  it('answers 400 with a code for a malformed body, never 500', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION' });
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{bad json',
    });
    expect(notJson.statusCode).toBe(400);
  });

  it('locks the account for 15 minutes after 5 failed attempts, even for the right password', async () => {
    const first = await login('sp_officer', 'nope-nope');
    for (let i = 2; i <= 5; i++) expect((await login('sp_officer', 'nope-nope')).statusCode).toBe(401);
    // Locked, the right password gets the same answer as a wrong one.
    const locked = await login('sp_officer', 'Taobo@2026');
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toEqual(first.json());

    t.clock.advanceDays(14 / (24 * 60)); // 14 minutes later: still locked
    expect((await login('sp_officer', 'Taobo@2026')).statusCode).toBe(401);
    t.clock.advanceDays(2 / (24 * 60)); // 16 minutes: open again
    expect((await login('sp_officer', 'Taobo@2026')).statusCode).toBe(200);
  });

  it('without a session, API routes answer 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/persons' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });
});

describe('sign-out and sessions', () => {
  it('logout ends the session on the server', async () => {
    const cookie = await t.login('lst_police');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it('a session expires after 8 idle hours', async () => {
    const cookie = await t.login('lst_social');
    t.clock.advanceDays(9 / 24);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });
});

describe('change password', () => {
  it('checks the current password and the new password rules, then ends other sessions', async () => {
    const first = await t.login('lst_tester');
    const second = await t.login('lst_tester');
    const change = (cookie: string, currentPassword: string, newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { cookie },
        payload: { currentPassword, newPassword },
      });

    const wrong = await change(first, 'not-it', 'NewPass2026');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('WRONG_PASSWORD');

    const weak = await change(first, 'Taobo@2026', 'short');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('VALIDATION');

    expect((await change(first, 'Taobo@2026', 'NewPass2026')).statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first } })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: second } })).statusCode,
    ).toBe(401);
    expect((await login('lst_tester', 'Taobo@2026')).statusCode).toBe(401);
    expect((await login('lst_tester', 'NewPass2026')).statusCode).toBe(200);
  });
});
