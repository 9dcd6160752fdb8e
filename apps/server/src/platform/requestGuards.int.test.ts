import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../testing/databases.ts';
import { multipart, TINY_PNG } from '../testing/multipart.ts';
import { appPerson } from '../testing/personApp.ts';
import { createTestApp, personInput, type TestApp } from '../testing/testApp.ts';

/**
 * Request hygiene (issue 10, item 4), as an attacker would try it: writes from another site with
 * the victim's cookie, NUL bytes where the database cannot take them, an encoded `/api` prefix,
 * spoofed client addresses, and cached answers.
 */

let t: TestApp;
let officer: string;
let person: Awaited<ReturnType<typeof appPerson>>;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.login('lst_officer');
  person = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
});
afterAll(() => t?.close());

const personCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('persons')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('CSRF: a write with a cookie session must come from our own origin', () => {
  const createPerson = (headers: Record<string, string>, payload: object = personInput()) =>
    t.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie: officer, ...headers }, payload });

  it('refuses a foreign Origin and a cross-site or same-site Sec-Fetch-Site with 403, and writes nothing', async () => {
    const before = await personCount();
    const attempts = await Promise.all([
      ...Array.from({ length: 20 }, () => createPerson({ origin: 'https://evil.example' })),
      createPerson({ origin: 'null' }),
      createPerson({ origin: 'http://localhost.evil.example' }),
      createPerson({ 'sec-fetch-site': 'cross-site' }),
      createPerson({ 'sec-fetch-site': 'same-site' }),
      // A browser sends both; the foreign one decides.
      createPerson({ 'sec-fetch-site': 'cross-site', origin: 'http://localhost' }),
    ]);
    for (const res of attempts) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().code).toBe('CROSS_SITE_REQUEST');
    }
    expect(await personCount()).toBe(before);
  });

  it('refuses what an HTML form can send cross-site without Origin: text/plain, urlencoded, multipart', async () => {
    const before = await t.db
      .selectFrom('notifications')
      .select('id')
      .where('person_id', '=', person.personId)
      .where('read_at', 'is', null)
      .execute();
    await t.app.services.notifications.notify(t.db, {
      personId: person.personId,
      kind: 'leave_decision',
      title: '未读消息',
      body: '内容',
      link: '/m/leave',
    });
    // A route without a body schema: a text/plain body was parsed and the write went through.
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/m/notifications/read-all',
      headers: { cookie: person.cookie, 'content-type': 'text/plain' },
      payload: '{}',
    });
    expect(plain.statusCode, plain.body).toBeGreaterThanOrEqual(400);
    expect(plain.statusCode).toBeLessThan(500);
    expect((await person.api.ok('GET', '/api/m/notifications')).unread).toBe(before.length + 1);

    const form = await t.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: { cookie: officer, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=张三',
    });
    expect(form.statusCode, form.body).toBe(403);

    const upload = multipart({}, [{ field: 'file', bytes: TINY_PNG, type: 'image/png' }]);
    const photo = await t.app.inject({
      method: 'PUT',
      url: `/api/persons/${person.personId}/photo`,
      headers: { cookie: officer, 'content-type': upload.contentType },
      payload: upload.payload,
    });
    expect(photo.statusCode, photo.body).toBe(403);
    expect(photo.json().code).toBe('CROSS_SITE_REQUEST');
  });

  it('lets same-origin browser writes through, and JSON from clients that are not browsers', async () => {
    const same = await createPerson({ 'sec-fetch-site': 'same-origin', origin: 'http://localhost' });
    expect(same.statusCode, same.body).toBe(201);
    const byOrigin = await createPerson({ origin: 'http://localhost' });
    expect(byOrigin.statusCode, byOrigin.body).toBe(201);
    const json = await createPerson({});
    expect(json.statusCode, json.body).toBe(201);
    const upload = multipart({}, [{ field: 'file', bytes: TINY_PNG, type: 'image/png' }]);
    const photo = await t.app.inject({
      method: 'PUT',
      url: `/api/persons/${person.personId}/photo`,
      headers: { cookie: officer, 'content-type': upload.contentType, 'sec-fetch-site': 'same-origin' },
      payload: upload.payload,
    });
    expect(photo.statusCode, photo.body).toBe(200);
  });

  it('does not get in the way of reads', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/persons',
      headers: { cookie: officer, 'sec-fetch-site': 'cross-site' },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('Cache-Control', () => {
  it('is no-store on every /api answer: data, public, errors, unknown routes', async () => {
    const answers = await Promise.all([
      t.app.inject({ method: 'GET', url: '/api/persons', headers: { cookie: officer } }),
      t.app.inject({ method: 'GET', url: `/api/persons/${person.personId}`, headers: { cookie: officer } }),
      t.app.inject({ method: 'GET', url: '/api/m/home', headers: { cookie: person.cookie } }),
      t.app.inject({ method: 'GET', url: '/api/health' }),
      t.app.inject({ method: 'GET', url: '/api/persons' }),
      t.app.inject({ method: 'GET', url: '/api/no-such-route' }),
      t.app.inject({ method: 'GET', url: '/%61pi/persons', headers: { cookie: officer } }),
    ]);
    // Every GET route as every role on real records: platform/masking.int.test.ts.
    for (const res of answers) expect(res.headers['cache-control'], res.body.slice(0, 100)).toBe('no-store');
  });
});

describe('NUL bytes', () => {
  const NUL = '\u0000';
  it('answer 400 INVALID_CHARACTER, never 500: body, nested body, query, path, multipart field', async () => {
    const answers = await Promise.all([
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: `lst${NUL}`, password: 'x' },
      }),
      t.app.inject({
        method: 'POST',
        url: '/api/m/auth/login',
        payload: { phone: `138${NUL}`, password: 'x' },
      }),
      t.app.inject({ method: 'GET', url: '/api/persons?q=%00', headers: { cookie: officer } }),
      t.app.inject({ method: 'GET', url: '/api/persons?q=a%00b', headers: { cookie: officer } }),
      t.app.inject({ method: 'GET', url: '/api/persons/%00', headers: { cookie: officer } }),
      t.app.inject({
        method: 'POST',
        url: `/api/persons/${person.personId}/reveal`,
        headers: { cookie: officer },
        payload: { field: 'idNumber', reason: `核查${NUL}身份` },
      }),
      t.app.inject({
        method: 'POST',
        url: '/api/m/leave',
        headers: { cookie: person.cookie },
        payload: { destination: `广东${NUL}`, from: '2026-12-05', to: '2026-12-10', reason: '探望母亲身体' },
      }),
      t.app.inject({
        method: 'POST',
        url: '/api/persons',
        headers: { cookie: officer },
        payload: personInput({
          rehabEpisodes: [{ kind: 'voluntary', startDate: '2020-01-01', place: `某${NUL}地` }],
        }),
      }),
      t.app.inject({
        method: 'POST',
        url: '/api/persons',
        headers: { cookie: officer },
        payload: { ...personInput(), [`x${NUL}`]: 1 },
      }),
    ]);
    for (const res of answers) {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code, res.body).toBe('INVALID_CHARACTER');
    }
    const form = multipart(
      { type: 'employment', description: `希望介绍一份稳定的工作${NUL}，能够养家糊口。` },
      [{ field: 'file1', bytes: TINY_PNG, type: 'image/png' }],
    );
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/m/assistance',
      headers: { cookie: person.cookie, 'content-type': form.contentType, 'sec-fetch-site': 'same-origin' },
      payload: form.payload,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('INVALID_CHARACTER');
  });
});

describe('authentication is decided on the matched route, not the raw URL', () => {
  it('treats /%61pi/… as the /api/… route it matches', async () => {
    const me = await t.app.inject({ method: 'GET', url: '/%61pi/auth/me', headers: { cookie: officer } });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().username).toBe('lst_officer');
    const anon = await t.app.inject({ method: 'GET', url: '/%61pi/persons' });
    expect(anon.statusCode).toBe(401);
    // The app's cookie does not open a staff route under another spelling either.
    const app = await t.app.inject({
      method: 'GET',
      url: '/%61pi/persons',
      headers: { cookie: person.cookie },
    });
    expect(app.statusCode).toBe(401);
    const cross = await t.app.inject({
      method: 'POST',
      url: '/%61pi/persons',
      headers: { cookie: officer, origin: 'https://evil.example' },
      payload: personInput(),
    });
    expect(cross.statusCode).toBe(403);
  });
});

describe('deployment settings', () => {
  it('ignores X-Forwarded-For by default, and records the real client behind a trusted proxy', async () => {
    // Without trustProxy: anyone could claim any address; the socket's is recorded.
    const direct = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': '203.0.113.9' },
      payload: { username: 'lst_police', password: TEST_PASSWORD },
    });
    expect(direct.statusCode).toBe(200);
    const directRow = await t.db
      .selectFrom('sessions')
      .innerJoin('staff', 'staff.id', 'sessions.staff_id')
      .select('sessions.ip')
      .where('staff.username', '=', 'lst_police')
      .executeTakeFirstOrThrow();
    expect(directRow.ip).toBe('127.0.0.1');

    const proxied = await createTestApp({ trustProxy: '127.0.0.1' });
    try {
      const cookie = await proxied.login('lst_officer', undefined, { 'x-forwarded-for': '203.0.113.9' });
      const row = await proxied.db
        .selectFrom('sessions')
        .innerJoin('staff', 'staff.id', 'sessions.staff_id')
        .select('sessions.ip')
        .where('staff.username', '=', 'lst_officer')
        .executeTakeFirstOrThrow();
      expect(row.ip).toBe('203.0.113.9');
      const p = await proxied.app.inject({
        method: 'POST',
        url: '/api/persons',
        headers: { cookie, 'x-forwarded-for': '203.0.113.10' },
        payload: personInput(),
      });
      expect(p.statusCode, p.body).toBe(201);
      const event = await proxied.db
        .selectFrom('audit_events')
        .select('ip')
        .where('action', '=', 'person.create')
        .where('target_id', '=', p.json().id)
        .executeTakeFirstOrThrow();
      expect(event.ip).toBe('203.0.113.10');
    } finally {
      await proxied.close();
    }
  });

  it('marks session cookies Secure in production, also over plain HTTP behind a proxy', async () => {
    const prod = await createTestApp({ production: true });
    try {
      const staff = await prod.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'lst_officer', password: TEST_PASSWORD },
      });
      expect(staff.cookies.find((c) => c.name === 'taobo_session')?.secure).toBe(true);
      const cookie = `taobo_session=${staff.cookies.find((c) => c.name === 'taobo_session')!.value}`;
      const out = await prod.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
      expect(out.cookies.find((c) => c.name === 'taobo_session')?.secure).toBe(true);
      const a = await appPerson(prod, await prod.login('lst_officer'));
      const login = await prod.app.inject({
        method: 'POST',
        url: '/api/m/auth/login',
        payload: { phone: a.phone, password: 'Jiayuan2026' },
      });
      expect(login.statusCode, login.body).toBe(200);
      expect(login.cookies.find((c) => c.name === 'taobo_app_session')?.secure).toBe(true);
    } finally {
      await prod.close();
    }
    // In development over HTTP they are not (the browser would drop them).
    const dev = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lst_grid', password: TEST_PASSWORD },
    });
    expect(dev.cookies.find((c) => c.name === 'taobo_session')?.secure).toBeFalsy();
  });

  it('serves /api/docs to staff only in production', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(200);
    const prod = await createTestApp({ production: true });
    try {
      for (const url of ['/api/docs', '/api/docs/json', '/api/docs/static/index.html', '/%61pi/docs/json']) {
        const res = await prod.app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(401);
      }
      const app = await appPerson(prod, await prod.login('lst_officer'));
      const asPerson = await prod.app.inject({
        method: 'GET',
        url: '/api/docs/json',
        headers: { cookie: app.cookie },
      });
      expect(asPerson.statusCode).toBe(401);
      const staff = await prod.login('lst_tester');
      const res = await prod.app.inject({ method: 'GET', url: '/api/docs/json', headers: { cookie: staff } });
      expect(res.statusCode).toBe(200);
      expect(res.json().info.title).toContain('Taobo');
    } finally {
      await prod.close();
    }
  });
});
