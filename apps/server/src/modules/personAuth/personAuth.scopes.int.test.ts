import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, personInput, type TestApp } from '../../testing/testApp.ts';

/**
 * Who may manage a person's app account: `person:update` on a person in the caller's
 * jurisdiction. Outside it the file stays hidden (404); without the permission, 403.
 */
let t: TestApp;
let inside: string;
let outside: string;
const cookies = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  const mk = async (username: string, orgUnitId: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: { cookie: await t.login(username) },
      payload: personInput({ orgUnitId }),
    });
    return res.json().id as string;
  };
  inside = await mk('lst_officer', '431103001001');
  outside = await mk('sp_officer', '431123100');
  for (const u of ['lst_admin', 'lst_officer', 'yz_leader', 'lst_police', 'lst_grid', 'lst_social'])
    cookies.set(u, await t.login(u));
});
afterAll(() => t.close());

const endpoints = {
  issue: (id: string) => ({ method: 'POST' as const, url: `/api/persons/${id}/activation-code`, ok: 201 }),
  sessions: (id: string) => ({ method: 'GET' as const, url: `/api/persons/${id}/app-sessions`, ok: 200 }),
  revoke: (id: string) => ({
    method: 'POST' as const,
    url: `/api/persons/${id}/app-sessions/revoke`,
    ok: 200,
  }),
};

async function status(username: string, endpoint: keyof typeof endpoints, personId: string) {
  const { method, url } = endpoints[endpoint](personId);
  return (await t.app.inject({ method, url, headers: { cookie: cookies.get(username)! } })).statusCode;
}

describe.each(Object.keys(endpoints) as (keyof typeof endpoints)[])('%s', (endpoint) => {
  it.each(['lst_admin', 'lst_officer'])('%s: allowed inside the jurisdiction, 404 outside', async (u) => {
    expect(await status(u, endpoint, inside)).toBe(endpoints[endpoint](inside).ok);
    expect(await status(u, endpoint, outside)).toBe(404);
  });

  it.each(['yz_leader', 'lst_police', 'lst_grid', 'lst_social'])('%s: 403, inside or out', async (u) => {
    expect(await status(u, endpoint, inside)).toBe(403);
    expect(await status(u, endpoint, outside)).toBe(403);
  });

  it('without a staff session: 401', async () => {
    const { method, url } = endpoints[endpoint](inside);
    expect((await t.app.inject({ method, url })).statusCode).toBe(401);
  });
});
