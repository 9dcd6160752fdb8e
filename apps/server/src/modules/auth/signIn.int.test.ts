import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.ts';
import { TEST_PASSWORD } from '../../testing/databases.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';
import { SIGN_IN_LIMITS } from '../../platform/signInLimits.ts';

/**
 * Staff sign-in as an attacker tries it: many requests at once, from one address or many, against
 * known and unknown accounts. `t` has no rate limits (the lockout alone is tested); `limited` has
 * the real ones, on a clock of its own.
 */
let t: TestApp;
let limited: TestApp;
const limitClock = fixedClock('2026-11-29T02:00:00.000Z');
beforeAll(async () => {
  t = await createTestApp();
  limited = await createTestApp({ signInLimits: SIGN_IN_LIMITS, limitClock });
});
afterAll(async () => {
  await t.close();
  await limited.close();
});

const minutes = (n: number) => n / (24 * 60);

function login(app: TestApp, username: string, password: string, remoteAddress = '127.0.0.1') {
  return app.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
}

/** What a client can tell one answer from another by: status and body. */
const answer = (res: { statusCode: number; body: string }) => `${res.statusCode} ${res.body}`;

const audit = (app: TestApp, actions: string[]) =>
  app.db.selectFrom('audit_events').selectAll().where('action', 'in', actions).orderBy('id').execute();

describe('the lockout holds under concurrency', () => {
  it('200 sign-ins at once, wrong passwords and the right one last: none signs in', async () => {
    const passwords = Array.from({ length: 200 }, (_, i) => (i === 199 ? TEST_PASSWORD : `Wrong-${i}-pw`));
    const answers = await Promise.all(passwords.map((p) => login(t, 'lst_grid', p)));
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(0);
    // Every one of them got the one answer, so none could tell how far the count had got.
    expect(new Set(answers.map(answer)).size).toBe(1);
    const row = await t.db
      .selectFrom('staff')
      .select('locked_until')
      .where('username', '=', 'lst_grid')
      .executeTakeFirstOrThrow();
    expect(new Date(row.locked_until!).getTime()).toBeGreaterThan(t.clock.now().getTime());
    // Only 5 passwords were checked against the account; the 195 others were refused unchecked.
    const failures = await audit(t, ['auth.login_failed']);
    const checked = failures.filter(
      (e) => (e.details as { reason?: string }).reason === 'wrong_password' && e.target_id,
    );
    expect(checked).toHaveLength(5);
  }, 120_000); // 200 argon2 checks (19 MiB each) on a small machine
});

describe('every failed sign-in answers alike', () => {
  it('an unknown user, a wrong password and a locked account get the same status, code and message', async () => {
    const unknown = await login(t, 'no_such_user', TEST_PASSWORD);
    const wrong = await login(t, 'lst_social', 'Wrong-password-1');
    for (let i = 0; i < 4; i++) await login(t, 'lst_social', 'Wrong-password-1');
    const locked = await login(t, 'lst_social', TEST_PASSWORD); // the right password, while locked
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('BAD_CREDENTIALS');
    expect(answer(wrong)).toBe(answer(unknown));
    expect(answer(locked)).toBe(answer(unknown));
    // No count of attempts left: it would tell an outsider the account exists.
    expect(unknown.json().message).not.toMatch(/再错|还剩|剩余/);

    t.clock.advanceDays(minutes(16));
    expect((await login(t, 'lst_social', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('rate limits on /api/auth/*', () => {
  it('per IP: past the limit, 429 with Retry-After, for any account; other addresses go on', async () => {
    const ip = '203.0.113.7';
    const { max, windowMs } = SIGN_IN_LIMITS.perIp;
    // More than the limit at once, each for another (unknown) account: exactly `max` get an answer.
    const burst = await Promise.all(
      Array.from({ length: max + 10 }, (_, i) => login(limited, `ghost_${i}`, 'Whatever-1', ip)),
    );
    expect(burst.filter((r) => r.statusCode === 401)).toHaveLength(max);
    const refused = burst.filter((r) => r.statusCode === 429);
    expect(refused).toHaveLength(10);
    expect(refused[0]!.json().code).toBe('RATE_LIMITED');
    const retryAfter = Number(refused[0]!.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(windowMs / 1000);
    // The right password of a real account is refused too: the limit comes before the check.
    expect((await login(limited, 'lst_tester', TEST_PASSWORD, ip)).statusCode).toBe(429);
    expect((await login(limited, 'lst_tester', TEST_PASSWORD, '203.0.113.8')).statusCode).toBe(200);
    // Past the window, the address may try again.
    limitClock.set(new Date(limitClock.now().getTime() + windowMs + 1000));
    expect((await login(limited, 'lst_tester', TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('per account: past the limit, 429 from every address, for known and unknown accounts alike', async () => {
    const { max } = SIGN_IN_LIMITS.perAccount;
    for (const username of ['lst_counsellor', 'not_an_account']) {
      const burst = await Promise.all(
        Array.from({ length: max + 5 }, (_, i) =>
          login(limited, username, 'Wrong-pw-1', `198.51.100.${i + 1}`),
        ),
      );
      expect(
        burst.filter((r) => r.statusCode === 401),
        username,
      ).toHaveLength(max);
      expect(
        burst.filter((r) => r.statusCode === 429),
        username,
      ).toHaveLength(5);
      const next = await login(limited, username, 'Wrong-pw-1', '198.51.100.200');
      expect(next.statusCode).toBe(429);
      expect(Number(next.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Another account from those addresses is not held back.
    expect((await login(limited, 'lst_police', TEST_PASSWORD, '198.51.100.1')).statusCode).toBe(200);
  });

  it('who-am-I and sign-out are limited per IP too, more loosely', async () => {
    const ip = '192.0.2.55';
    const { max } = SIGN_IN_LIMITS.perIpOther;
    const burst = await Promise.all(
      Array.from({ length: max + 3 }, () =>
        limited.app.inject({ method: 'POST', url: '/api/auth/logout', remoteAddress: ip }),
      ),
    );
    expect(burst.filter((r) => r.statusCode === 204)).toHaveLength(max);
    expect(burst.filter((r) => r.statusCode === 429)).toHaveLength(3);
    expect(burst.find((r) => r.statusCode === 429)!.headers['retry-after']).toBeDefined();
  });
});

describe('a password that must change', () => {
  it('opens nothing but who-am-I, the password change and sign-out until it is changed', async () => {
    const admin = await t.login('lst_admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/staff',
      headers: { cookie: admin },
      payload: {
        username: 'mw_new_officer',
        displayName: '新专干',
        role: 'officer',
        orgUnitId: '431103001',
        password: 'Start2026a',
      },
    });
    expect(created.statusCode).toBe(201);
    const cookie = await t.login('mw_new_officer', 'Start2026a');
    const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });

    for (const [method, url] of [
      ['GET', '/api/persons'],
      ['GET', '/api/org-units'],
      ['GET', '/api/staff/options?role=officer'],
      ['POST', '/api/persons'],
    ] as const) {
      const res = await call(method, url, method === 'POST' ? {} : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().code, `${method} ${url}`).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    const me = await call('GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().mustChangePassword).toBe(true);

    const changed = await call('POST', '/api/auth/password', {
      currentPassword: 'Start2026a',
      newPassword: 'Changed2026b',
    });
    expect(changed.statusCode).toBe(204);
    expect((await call('GET', '/api/auth/me')).json().mustChangePassword).toBe(false);
    expect((await call('GET', '/api/persons')).statusCode).toBe(200);
    expect((await call('POST', '/api/auth/logout')).statusCode).toBe(204);
  });
});

describe('sign-in is audited', () => {
  it('success, failure, lockout and password change, without a password or an unknown username', async () => {
    const before = (
      await audit(t, ['auth.login', 'auth.login_failed', 'auth.lockout', 'auth.password_change'])
    ).length;
    const ip = '203.0.113.99';
    expect((await login(t, 'lst_police', TEST_PASSWORD, ip)).statusCode).toBe(200);
    await login(t, 'Secret-typed-as-username', 'Whatever-1', ip);
    for (let i = 0; i < 5; i++) await login(t, 'lst_police', 'Plain-wrong-pw', ip);
    const events = (
      await audit(t, ['auth.login', 'auth.login_failed', 'auth.lockout', 'auth.password_change'])
    ).slice(before);
    const police = (
      await t.db
        .selectFrom('staff')
        .select('id')
        .where('username', '=', 'lst_police')
        .executeTakeFirstOrThrow()
    ).id;
    expect(events.map((e) => [e.action, e.target_id, e.ip])).toEqual([
      ['auth.login', police, ip],
      ['auth.login_failed', null, ip],
      ...Array.from({ length: 5 }, () => ['auth.login_failed', police, ip]),
      ['auth.lockout', police, ip],
    ]);
    expect(events[0]!.actor_id).toBe(police);
    const text = JSON.stringify(events);
    expect(text).not.toContain('Plain-wrong-pw');
    expect(text).not.toContain('Secret-typed-as-username');
    expect(text).not.toContain(TEST_PASSWORD);

    const changesBefore = (await audit(t, ['auth.password_change'])).length;
    const cookie = await t.login('lst_tester');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Tester2027pw' },
    });
    expect(res.statusCode).toBe(204);
    const change = (await audit(t, ['auth.password_change'])).slice(changesBefore);
    expect(change).toHaveLength(1);
    expect(change[0]!.actor_name).toBeTruthy();
    expect(JSON.stringify(change)).not.toContain('Tester2027pw');
  });
});
