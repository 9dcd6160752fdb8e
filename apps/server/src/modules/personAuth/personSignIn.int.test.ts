import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.ts';
import { SIGN_IN_LIMITS } from '../../platform/signInLimits.ts';
import { apiAs } from '../../testing/supervision.ts';
import { createTestApp, personInput, type TestApp } from '../../testing/testApp.ts';

/**
 * The person app's sign-in and activation as an attacker tries them: many requests at once,
 * guessing codes and passwords. `t` has no rate limits (the lockouts alone are tested); `limited`
 * has the real ones, on a clock of its own.
 */
let t: TestApp;
let limited: TestApp;
const limitClock = fixedClock('2026-11-29T02:00:00.000Z');
const officers = new Map<TestApp, string>();
beforeAll(async () => {
  t = await createTestApp();
  limited = await createTestApp({ signInLimits: SIGN_IN_LIMITS, limitClock });
  officers.set(t, await t.login('lst_officer'));
  officers.set(limited, await limited.login('lst_officer'));
});
afterAll(async () => {
  await t.close();
  await limited.close();
});

const minutes = (n: number) => n / (24 * 60);
const PASSWORD = 'Jiayuan2026';

/** A person on file in 梅湾街道 with a live activation code. */
async function personWithCode(app: TestApp) {
  const staff = apiAs(app, officers.get(app)!);
  const input = personInput();
  const p = await staff.ok('POST', '/api/persons', input);
  const { code } = await staff.ok('POST', `/api/persons/${p.id}/activation-code`);
  return { id: p.id as string, phone: input.phone, code: code as string };
}

/** `n` 8-digit codes, none of them `code`. */
const wrongCodes = (code: string, n: number) =>
  Array.from({ length: n }, (_, i) => String((Number(code) + 1 + i * 7919) % 100_000_000).padStart(8, '0'));

const activate = (app: TestApp, payload: object, remoteAddress = '127.0.0.1') =>
  app.app.inject({ method: 'POST', url: '/api/m/auth/activate', payload, remoteAddress });
const login = (app: TestApp, phone: string, password: string, remoteAddress = '127.0.0.1') =>
  app.app.inject({ method: 'POST', url: '/api/m/auth/login', payload: { phone, password }, remoteAddress });

async function activatedPerson(app: TestApp) {
  const p = await personWithCode(app);
  const res = await activate(app, { phone: p.phone, code: p.code, password: PASSWORD }, '10.9.9.9');
  expect(res.statusCode).toBe(200);
  return p;
}

const answer = (res: { statusCode: number; body: string }) => `${res.statusCode} ${res.body}`;

const audit = (app: TestApp, personId: string | null, actions: string[]) => {
  let q = app.db.selectFrom('audit_events').selectAll().where('action', 'in', actions);
  q = personId ? q.where('target_id', '=', personId) : q.where('target_id', 'is', null);
  return q.orderBy('id').execute();
};

describe('the app sign-in lockout holds under concurrency', () => {
  it('200 sign-ins at once, wrong passwords and the right one last: none signs in', async () => {
    const p = await activatedPerson(t);
    const passwords = Array.from({ length: 200 }, (_, i) => (i === 199 ? PASSWORD : `Wrong-${i}-pw`));
    const answers = await Promise.all(passwords.map((pw) => login(t, p.phone, pw)));
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(0);
    expect(new Set(answers.map(answer)).size).toBe(1);
    const checked = (await audit(t, p.id, ['person.app_login_failed'])).filter(
      (e) => (e.details as { reason?: string }).reason === 'wrong_password',
    );
    expect(checked).toHaveLength(5);
  }, 120_000); // 200 argon2 checks (19 MiB each) on a small machine
});

describe('every failed app sign-in answers alike', () => {
  it('an unknown phone, a wrong password, a phone not activated and a locked account', async () => {
    const p = await activatedPerson(t);
    const pending = await personWithCode(t);
    const unknown = await login(t, '13000000000', PASSWORD);
    const wrong = await login(t, p.phone, 'Wrong2026x');
    const notActivated = await login(t, pending.phone, PASSWORD);
    for (let i = 0; i < 4; i++) await login(t, p.phone, 'Wrong2026x');
    const locked = await login(t, p.phone, PASSWORD);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('BAD_CREDENTIALS');
    for (const other of [wrong, notActivated, locked]) expect(answer(other)).toBe(answer(unknown));
    // Nothing that tells an outsider this phone belongs to a person under supervision.
    expect(unknown.json().message).not.toMatch(/再错|还剩|剩余/);
    t.clock.advanceDays(minutes(16));
    expect((await login(t, p.phone, PASSWORD)).statusCode).toBe(200);
  });
});

describe('activation codes under attack', () => {
  it('200 codes at once, wrong ones and the right one last: not activated, 5 compared', async () => {
    const p = await personWithCode(t);
    const codes = [...wrongCodes(p.code, 199), p.code];
    const answers = await Promise.all(
      codes.map((code) => activate(t, { phone: p.phone, code, password: PASSWORD })),
    );
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(0);
    expect(new Set(answers.map(answer)).size).toBe(1);
    const account = await t.db
      .selectFrom('person_accounts')
      .selectAll()
      .where('person_id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(account.activated_at).toBeNull();
    const compared = (await audit(t, p.id, ['person.app_activate_failed'])).filter(
      (e) => (e.details as { reason?: string }).reason === 'wrong_code',
    );
    expect(compared).toHaveLength(5);
  });

  it('a code that has taken 10 wrong guesses is spent, even after the lock ends', async () => {
    const p = await personWithCode(t);
    const wrong = wrongCodes(p.code, 10);
    for (const round of [wrong.slice(0, 5), wrong.slice(5)]) {
      for (const code of round) await activate(t, { phone: p.phone, code, password: PASSWORD });
      t.clock.advanceDays(minutes(16));
    }
    const res = await activate(t, { phone: p.phone, code: p.code, password: PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('ACTIVATION_INVALID');
    // A new code from staff works.
    const staff = apiAs(t, await t.login('lst_officer'));
    const { code } = await staff.ok('POST', `/api/persons/${p.id}/activation-code`);
    expect((await activate(t, { phone: p.phone, code, password: PASSWORD })).statusCode).toBe(200);
  });

  it('one address gets 5 wrong codes, over any phones, then 429 with Retry-After', async () => {
    const ip = '203.0.113.21';
    const guesses = Array.from({ length: 20 }, (_, i) => ({
      phone: `1390000${String(i).padStart(4, '0')}`,
      code: '12345678',
      password: PASSWORD,
    }));
    const answers = await Promise.all(guesses.map((g) => activate(limited, g, ip)));
    expect(answers.filter((a) => a.statusCode === 400)).toHaveLength(5);
    const refused = answers.filter((a) => a.statusCode === 429);
    expect(refused).toHaveLength(15);
    expect(refused[0]!.json().code).toBe('RATE_LIMITED');
    expect(Number(refused[0]!.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right code of a real person is refused from there; from elsewhere it works.
    const p = await personWithCode(limited);
    const right = { phone: p.phone, code: p.code, password: PASSWORD };
    expect((await activate(limited, right, ip)).statusCode).toBe(429);
    expect((await activate(limited, right, '203.0.113.22')).statusCode).toBe(200);
  });

  it('a right code does not count against the address', async () => {
    const ip = '203.0.113.23';
    for (let i = 0; i < 6; i++) {
      const p = await personWithCode(limited);
      expect(
        (await activate(limited, { phone: p.phone, code: p.code, password: PASSWORD }, ip)).statusCode,
      ).toBe(200);
    }
  });
});

describe('rate limits on /api/m/auth/*', () => {
  it('per IP and per phone: past the limit, 429 with Retry-After', async () => {
    const perIp = SIGN_IN_LIMITS.perIp.max;
    const burst = await Promise.all(
      Array.from({ length: perIp + 4 }, (_, i) =>
        login(limited, `1370000${String(i).padStart(4, '0')}`, 'Wrong2026x', '203.0.113.31'),
      ),
    );
    expect(burst.filter((r) => r.statusCode === 401)).toHaveLength(perIp);
    expect(burst.filter((r) => r.statusCode === 429)).toHaveLength(4);
    expect(burst.find((r) => r.statusCode === 429)!.headers['retry-after']).toBeDefined();

    const perPhone = SIGN_IN_LIMITS.perAccount.max;
    const phone = '13611112222';
    const spread = await Promise.all(
      Array.from({ length: perPhone + 2 }, (_, i) =>
        login(limited, phone, 'Wrong2026x', `198.51.100.${i + 1}`),
      ),
    );
    expect(spread.filter((r) => r.statusCode === 401)).toHaveLength(perPhone);
    expect(spread.filter((r) => r.statusCode === 429)).toHaveLength(2);
  });
});

describe('app sign-in is audited', () => {
  it('success, failure and lockout, against the person, without the phone or the password', async () => {
    const p = await activatedPerson(t);
    const ip = '203.0.113.41';
    expect((await login(t, p.phone, PASSWORD, ip)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) await login(t, p.phone, 'Plain-wrong-9', ip);
    const events = await audit(t, p.id, [
      'person.app_login',
      'person.app_login_failed',
      'person.app_lockout',
    ]);
    expect(events.map((e) => [e.action, e.ip])).toEqual([
      ['person.app_login', ip],
      ...Array.from({ length: 5 }, () => ['person.app_login_failed', ip]),
      ['person.app_lockout', ip],
    ]);
    const unknownBefore = (await audit(t, null, ['person.app_login_failed'])).length;
    await login(t, '13000000001', 'Plain-wrong-9', ip);
    const unknown = await audit(t, null, ['person.app_login_failed']);
    expect(unknown).toHaveLength(unknownBefore + 1);
    const text = JSON.stringify([...events, ...unknown]);
    for (const secret of [p.phone, '13000000001', 'Plain-wrong-9', PASSWORD])
      expect(text).not.toContain(secret);
  });
});
