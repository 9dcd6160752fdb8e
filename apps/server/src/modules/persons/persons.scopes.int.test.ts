import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, personInput, type TestApp } from '../../testing/testApp.ts';

/**
 * The permission matrix: every role × every person endpoint × a person inside and outside the
 * account's jurisdiction. "hidden" answers 404 (or leaves the person out of a list), so that a
 * file's existence is not revealed; "forbid" is a role without the permission at all (403).
 */
type Outcome = 'allow' | 'hidden' | 'forbid' | 'invalid';
type Endpoint = 'list' | 'detail' | 'update' | 'reveal' | 'audit' | 'create';
const endpoints: Endpoint[] = ['list', 'detail', 'update', 'reveal', 'audit', 'create'];

// For each account: [inside outcome, outside outcome] per endpoint.
const matrix: Record<string, Record<Endpoint, [Outcome, Outcome]>> = {
  lst_admin: {
    list: ['allow', 'hidden'],
    detail: ['allow', 'hidden'],
    update: ['allow', 'hidden'],
    reveal: ['allow', 'hidden'],
    audit: ['allow', 'hidden'],
    create: ['allow', 'invalid'],
  },
  yz_leader: {
    list: ['forbid', 'forbid'],
    detail: ['forbid', 'forbid'],
    update: ['forbid', 'forbid'],
    reveal: ['forbid', 'forbid'],
    audit: ['forbid', 'forbid'],
    create: ['forbid', 'forbid'],
  },
  lst_officer: {
    list: ['allow', 'hidden'],
    detail: ['allow', 'hidden'],
    update: ['allow', 'hidden'],
    reveal: ['allow', 'hidden'],
    audit: ['allow', 'hidden'],
    create: ['allow', 'invalid'],
  },
  lst_police: {
    list: ['allow', 'hidden'],
    detail: ['allow', 'hidden'],
    update: ['forbid', 'forbid'],
    reveal: ['allow', 'hidden'],
    audit: ['forbid', 'forbid'],
    create: ['forbid', 'forbid'],
  },
  lst_grid: {
    list: ['allow', 'hidden'],
    detail: ['allow', 'hidden'],
    update: ['forbid', 'forbid'],
    reveal: ['forbid', 'forbid'],
    audit: ['forbid', 'forbid'],
    create: ['forbid', 'forbid'],
  },
  lst_social: {
    list: ['allow', 'hidden'],
    detail: ['allow', 'hidden'],
    update: ['forbid', 'forbid'],
    reveal: ['forbid', 'forbid'],
    audit: ['forbid', 'forbid'],
    create: ['forbid', 'forbid'],
  },
  lst_counsellor: {
    list: ['forbid', 'forbid'],
    detail: ['forbid', 'forbid'],
    update: ['forbid', 'forbid'],
    reveal: ['forbid', 'forbid'],
    audit: ['forbid', 'forbid'],
    create: ['forbid', 'forbid'],
  },
  lst_tester: {
    list: ['forbid', 'forbid'],
    detail: ['forbid', 'forbid'],
    update: ['forbid', 'forbid'],
    reveal: ['forbid', 'forbid'],
    audit: ['forbid', 'forbid'],
    create: ['forbid', 'forbid'],
  },
};

let t: TestApp;
let inside: { id: string; name: string };
let outside: { id: string; name: string };
const cookies = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  const staff = new Map(
    (await t.db.selectFrom('staff').select(['id', 'username']).execute()).map((s) => [s.username, s.id]),
  );
  const lst = await t.login('lst_officer');
  const sp = await t.login('sp_officer');
  const mk = async (cookie: string, body: object) =>
    (await t.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie }, payload: body })).json();
  inside = await mk(
    lst,
    personInput({
      name: '矩阵甲',
      orgUnitId: '431103001001',
      gridId: '43110300100101',
      policeId: staff.get('lst_police'),
      gridWorkerId: staff.get('lst_grid'),
      socialWorkerId: staff.get('lst_social'),
    }),
  );
  outside = await mk(sp, personInput({ name: '矩阵乙', orgUnitId: '431123100' }));
  for (const username of Object.keys(matrix)) cookies.set(username, await t.login(username));
});
afterAll(() => t.close());

async function call(
  username: string,
  endpoint: Endpoint,
  target: { id: string; name: string },
  isInside: boolean,
) {
  const cookie = cookies.get(username)!;
  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });
  switch (endpoint) {
    case 'list': {
      const res = await req('GET', `/api/persons?q=${encodeURIComponent(target.name)}`);
      if (res.statusCode !== 200) return res.statusCode;
      return res.json().items.some((i: { id: string }) => i.id === target.id) ? 200 : 404;
    }
    case 'detail':
      return (await req('GET', `/api/persons/${target.id}`)).statusCode;
    case 'update':
      return (await req('PATCH', `/api/persons/${target.id}`, { drugTypes: ['ketamine'] })).statusCode;
    case 'reveal':
      return (await req('POST', `/api/persons/${target.id}/reveal`, { field: 'phone', reason: '权限测试' }))
        .statusCode;
    case 'audit':
      return (await req('GET', `/api/persons/${target.id}/audit`)).statusCode;
    case 'create':
      return (
        await req('POST', '/api/persons', personInput({ orgUnitId: isInside ? '431103001' : '431123100' }))
      ).statusCode;
  }
}

const expected: Record<Outcome, (status: number) => boolean> = {
  allow: (s) => s === 200 || s === 201,
  hidden: (s) => s === 404,
  forbid: (s) => s === 403,
  invalid: (s) => s === 400,
};

describe('person endpoints: role × endpoint × jurisdiction', () => {
  const cases = Object.entries(matrix).flatMap(([username, row]) =>
    endpoints.flatMap((endpoint) =>
      ([true, false] as const).map((isInside) => ({
        username,
        endpoint,
        isInside,
        outcome: row[endpoint][isInside ? 0 : 1],
      })),
    ),
  );

  it.each(cases)(
    '$username $endpoint inside=$isInside → $outcome',
    async ({ username, endpoint, isInside, outcome }) => {
      const status = await call(username, endpoint, isInside ? inside : outside, isInside);
      expect(expected[outcome](status), `status ${status}`).toBe(true);
    },
  );

  it('the city admin sees both counties', async () => {
    const cookie = await t.login('yz_admin');
    for (const p of [inside, outside]) {
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/persons/${p.id}`, headers: { cookie } })).statusCode,
      ).toBe(200);
    }
  });

  it('a social worker and a grid worker see only their own cases, not the whole township', async () => {
    const other = (
      await t.app.inject({
        method: 'POST',
        url: '/api/persons',
        headers: { cookie: cookies.get('lst_officer')! },
        payload: personInput({ name: '矩阵丙', orgUnitId: '431103001002', gridId: '43110300100201' }),
      })
    ).json();
    for (const u of ['lst_social', 'lst_grid']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/persons/${other.id}`,
        headers: { cookie: cookies.get(u)! },
      });
      expect(res.statusCode, u).toBe(404);
    }
    const police = await t.app.inject({
      method: 'GET',
      url: `/api/persons/${other.id}`,
      headers: { cookie: cookies.get('lst_police')! },
    });
    expect(police.statusCode).toBe(200);
  });

  it('a leader gets aggregates without names or ID numbers', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/stats/persons',
      headers: { cookie: cookies.get('yz_leader')! },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(body)).not.toContain('矩阵');
    expect(body.byCounty.map((c: { orgUnit: { name: string } }) => c.orgUnit.name)).toEqual(
      expect.arrayContaining(['冷水滩区', '双牌县']),
    );
  });
});
