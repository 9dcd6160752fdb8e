import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiAs } from '../../testing/supervision.ts';
import { createTestApp, personInput, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
let officer: string;
beforeAll(async () => {
  t = await createTestApp();
});
// Tests move the clock by days; a staff session idles out after 8 hours.
beforeEach(async () => {
  officer = await t.login('lst_officer');
});
afterAll(() => t.close());

const minutes = (n: number) => n / (24 * 60);
const PASSWORD = 'Jiayuan2026';

/** A person on file in 梅湾街道, with the phone the app signs in with. */
async function newPerson(name = '李四') {
  const input = personInput({ name });
  const p = await apiAs(t, officer).ok('POST', '/api/persons', input);
  return { id: p.id as string, name, phone: input.phone };
}

async function issueCode(personId: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/persons/${personId}/activation-code`,
    headers: { cookie: officer },
  });
  expect(res.statusCode).toBe(201);
  return res.json().code;
}

const activate = (payload: object) => t.app.inject({ method: 'POST', url: '/api/m/auth/activate', payload });
const login = (phone: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/m/auth/login', payload: { phone, password } });
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/m/me', headers: { cookie } });
function appCookie(res: { cookies: { name: string; value: string }[] }): string {
  const c = res.cookies.find((x) => x.name === 'taobo_app_session');
  if (!c) throw new Error('no app session cookie');
  return `taobo_app_session=${c.value}`;
}

/** A person who has activated the app, with the cookie of that first session. */
async function activatedPerson(name?: string) {
  const p = await newPerson(name);
  const res = await activate({ phone: p.phone, code: await issueCode(p.id), password: PASSWORD });
  expect(res.statusCode).toBe(200);
  return { ...p, cookie: appCookie(res) };
}

describe('issuing an activation code', () => {
  it('gives staff an 8-digit code valid for 72 hours, audited without the code', async () => {
    const p = await newPerson();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/persons/${p.id}/activation-code`,
      headers: { cookie: officer },
    });
    expect(res.statusCode).toBe(201);
    const { code, expiresAt } = res.json();
    expect(code).toMatch(/^\d{8}$/);
    expect(new Date(expiresAt).getTime() - t.clock.now().getTime()).toBe(72 * 3_600_000);

    const events = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('target_id', '=', p.id)
      .where('action', '=', 'person.activation_code')
      .execute();
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(code);
  });

  it('keeps only a keyed hash of the code, never the code (nor its plain SHA-256)', async () => {
    const p = await newPerson();
    const code = await issueCode(p.id);
    const rows = await t.db
      .selectFrom('activation_codes')
      .selectAll()
      .where('person_id', '=', p.id)
      .execute();
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(crypto.createHash('sha256').update(code).digest('hex'));
    expect(rows[0]!.code_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('activation', () => {
  it('sets the password and opens a long-lived HTTP-only session that /api/m/me accepts', async () => {
    const p = await newPerson('王五');
    const code = await issueCode(p.id);
    const res = await activate({ phone: p.phone, code, password: PASSWORD, device: '华为 Mate 60' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      person: { id: p.id, name: '王五' },
      activatedAt: t.clock.now().toISOString(),
    });
    const cookie = res.cookies.find((c) => c.name === 'taobo_app_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 90 * 86_400 });

    const mine = await me(appCookie(res));
    expect(mine.statusCode).toBe(200);
    expect(mine.json().person).toEqual({ id: p.id, name: '王五' });

    const sessions = await apiAs(t, officer).ok('GET', `/api/persons/${p.id}/app-sessions`);
    expect(sessions).toMatchObject({ activated: true, activatedAt: t.clock.now().toISOString() });
    expect(sessions.sessions).toHaveLength(1);
    expect(sessions.sessions[0]).toMatchObject({ device: '华为 Mate 60' });
    expect(sessions.sessions[0].id).toHaveLength(12);
    // The password works from now on.
    expect((await login(p.phone, PASSWORD)).statusCode).toBe(200);
  });

  it('a code works once', async () => {
    const p = await newPerson();
    const code = await issueCode(p.id);
    expect((await activate({ phone: p.phone, code, password: PASSWORD })).statusCode).toBe(200);
    const again = await activate({ phone: p.phone, code, password: 'Another2026' });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('ACTIVATION_INVALID');
    expect((await login(p.phone, 'Another2026')).statusCode).toBe(401);
  });

  it('a code expires after 72 hours', async () => {
    const early = await newPerson();
    const late = await newPerson();
    const earlyCode = await issueCode(early.id);
    const lateCode = await issueCode(late.id);
    t.clock.advanceDays(3 - minutes(1));
    expect((await activate({ phone: early.phone, code: earlyCode, password: PASSWORD })).statusCode).toBe(
      200,
    );
    t.clock.advanceDays(minutes(2));
    const res = await activate({ phone: late.phone, code: lateCode, password: PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('ACTIVATION_INVALID');
  });

  it('a new code voids the earlier one', async () => {
    const p = await newPerson();
    const first = await issueCode(p.id);
    let second = await issueCode(p.id);
    while (second === first) second = await issueCode(p.id); // 1 in 10^8, but never flaky
    expect((await activate({ phone: p.phone, code: first, password: PASSWORD })).statusCode).toBe(400);
    expect((await activate({ phone: p.phone, code: second, password: PASSWORD })).statusCode).toBe(200);
  });

  it('a wrong code answers exactly as an unknown phone does', async () => {
    const p = await newPerson();
    const code = await issueCode(p.id);
    const wrong = code === '12345678' ? '87654321' : '12345678';
    const known = await activate({ phone: p.phone, code: wrong, password: PASSWORD });
    const unknown = await activate({ phone: '13000000000', code: wrong, password: PASSWORD });
    expect(known.statusCode).toBe(400);
    expect(known.json().code).toBe('ACTIVATION_INVALID');
    expect(known.json().message).toMatch(/激活码/);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.json()).toEqual(known.json());
  });

  it('after 5 wrong codes even the right one is refused, alike, for 15 minutes', async () => {
    const p = await newPerson();
    const code = await issueCode(p.id);
    const wrong = code === '00000000' ? '11111111' : '00000000';
    for (let i = 0; i < 5; i++)
      expect((await activate({ phone: p.phone, code: wrong, password: PASSWORD })).statusCode).toBe(400);
    const refused = await activate({ phone: p.phone, code, password: PASSWORD });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('ACTIVATION_INVALID');
    t.clock.advanceDays(minutes(16));
    expect((await activate({ phone: p.phone, code, password: PASSWORD })).statusCode).toBe(200);
  });

  it('a weak password is refused before the code is spent', async () => {
    const p = await newPerson();
    const code = await issueCode(p.id);
    const weak = await activate({ phone: p.phone, code, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('VALIDATION');
    expect((await activate({ phone: p.phone, code, password: PASSWORD })).statusCode).toBe(200);
  });

  it('a code issued again to an activated person resets the password and ends the old sessions', async () => {
    const p = await activatedPerson();
    const res = await activate({ phone: p.phone, code: await issueCode(p.id), password: 'Reset2026x' });
    expect(res.statusCode).toBe(200);
    expect((await me(p.cookie)).statusCode).toBe(401);
    expect((await me(appCookie(res))).statusCode).toBe(200);
    expect((await login(p.phone, PASSWORD)).statusCode).toBe(401);
    expect((await login(p.phone, 'Reset2026x')).statusCode).toBe(200);
  });

  it('a phone opens one account: no code for a second person whose phone another has activated', async () => {
    const first = await activatedPerson();
    const second = await apiAs(t, officer).ok('POST', '/api/persons', personInput({ phone: first.phone }));
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/persons/${second.id}/activation-code`,
      headers: { cookie: officer },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PHONE_IN_USE');
  });
});

describe('sign-in', () => {
  it('answers 401 alike for a wrong password, an unknown phone and a phone not yet activated', async () => {
    const p = await activatedPerson();
    const pending = await newPerson();
    await issueCode(pending.id);
    for (const [phone, password] of [
      [p.phone, 'Wrong2026x'],
      ['13000000000', PASSWORD],
      [pending.phone, PASSWORD],
    ] as const) {
      const res = await login(phone, password);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('BAD_CREDENTIALS');
    }
    expect((await login(p.phone, PASSWORD)).statusCode).toBe(200); // clears the failure count
  });

  it('locks for 15 minutes after 5 failed attempts, even for the right password', async () => {
    const p = await activatedPerson();
    const first = await login(p.phone, 'Wrong2026x');
    for (let i = 2; i <= 5; i++) expect((await login(p.phone, 'Wrong2026x')).statusCode).toBe(401);
    const locked = await login(p.phone, PASSWORD);
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toEqual(first.json());
    t.clock.advanceDays(minutes(14));
    expect((await login(p.phone, PASSWORD)).statusCode).toBe(401);
    t.clock.advanceDays(minutes(2));
    const ok = await login(p.phone, PASSWORD);
    expect(ok.statusCode).toBe(200);
    expect((await me(appCookie(ok))).statusCode).toBe(200);
  });

  it('logout ends the session on the server', async () => {
    const p = await activatedPerson();
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/m/auth/logout',
      headers: { cookie: p.cookie },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(p.cookie)).statusCode).toBe(401);
  });

  it('a session slides: 90 days after the last use, not after sign-in', async () => {
    const p = await activatedPerson();
    t.clock.advanceDays(80);
    expect((await me(p.cookie)).statusCode).toBe(200);
    t.clock.advanceDays(80); // 160 days after sign-in, 80 after the last use
    const used = await me(p.cookie);
    expect(used.statusCode).toBe(200);
    expect(used.cookies.find((c) => c.name === 'taobo_app_session')?.maxAge).toBe(90 * 86_400);
    t.clock.advanceDays(91);
    expect((await me(p.cookie)).statusCode).toBe(401);
  });
});

describe('staff revoke the app sessions', () => {
  it('ends every session of the person, audited', async () => {
    const p = await activatedPerson();
    const second = appCookie(await login(p.phone, PASSWORD));
    const api = apiAs(t, officer);
    expect((await api.ok('GET', `/api/persons/${p.id}/app-sessions`)).sessions).toHaveLength(2);

    expect(await api.ok('POST', `/api/persons/${p.id}/app-sessions/revoke`)).toEqual({ revoked: 2 });
    expect((await me(p.cookie)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(401);
    expect(await api.ok('GET', `/api/persons/${p.id}/app-sessions`)).toMatchObject({
      activated: true,
      sessions: [],
    });
    const event = await t.db
      .selectFrom('audit_events')
      .select(['actor_name', 'details'])
      .where('target_id', '=', p.id)
      .where('action', '=', 'person.app_sessions_revoke')
      .executeTakeFirstOrThrow();
    expect(event.details).toEqual({ revoked: 2 });
    // The password still works: revoking signs out, it does not lock out.
    expect((await login(p.phone, PASSWORD)).statusCode).toBe(200);
  });
});

describe('the two kinds of session never cross', () => {
  it('a staff cookie does not open /api/m/*, and an app cookie does not open staff routes', async () => {
    const p = await activatedPerson();
    const appToken = p.cookie.split('=')[1]!;
    const staffToken = officer.split('=')[1]!;
    const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

    expect((await get('/api/m/me', officer)).statusCode).toBe(401);
    expect((await get('/api/m/me', `taobo_app_session=${staffToken}`)).statusCode).toBe(401);
    for (const url of ['/api/auth/me', '/api/persons', `/api/persons/${p.id}`]) {
      expect((await get(url, p.cookie)).statusCode).toBe(401);
      expect((await get(url, `taobo_session=${appToken}`)).statusCode).toBe(401);
    }
    // Both cookies at once (one browser): each route still reads only its own.
    const both = `${officer}; ${p.cookie}`;
    expect((await get('/api/m/me', both)).json().person.id).toBe(p.id);
    expect((await get('/api/auth/me', both)).json().username).toBe('lst_officer');
  });
});
