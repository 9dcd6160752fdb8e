import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const newStaff = (overrides: object = {}) => ({
  username: 'mw_grid2',
  displayName: '钱网格员',
  role: 'grid_worker',
  orgUnitId: '43110300100102',
  password: 'Start2026a',
  ...overrides,
});

describe('staff accounts', () => {
  it('an admin creates staff within their subtree, who must then change the password', async () => {
    const cookie = await t.login('lst_admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/staff',
      headers: { cookie },
      payload: newStaff(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'mw_grid2', role: 'grid_worker', orgUnitName: '第二网格' });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'mw_grid2', password: 'Start2026a' },
    });
    expect(login.json()).toMatchObject({ mustChangePassword: true, orgUnit: { level: 'grid' } });
    const list = (
      await t.app.inject({ method: 'GET', url: '/api/staff?q=mw_grid2', headers: { cookie } })
    ).json();
    expect(list.total).toBe(1);
  });

  it('refuses a unit outside the subtree, a taken username and weak passwords', async () => {
    const cookie = await t.login('lst_admin');
    const post = (body: object) =>
      t.app.inject({ method: 'POST', url: '/api/staff', headers: { cookie }, payload: body });
    const outside = await post(newStaff({ username: 'sp_new', orgUnitId: '431123100' }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().issues[0].path).toBe('orgUnitId');
    expect((await post(newStaff({ username: 'lst_officer' }))).statusCode).toBe(409);
    const weak = await post(newStaff({ username: 'weak_one', password: 'abcdefgh' }));
    expect(weak.statusCode).toBe(400);
    expect(weak.json().issues[0].path).toBe('password');
  });

  it('only admins manage staff', async () => {
    for (const u of ['lst_officer', 'yz_leader', 'lst_police']) {
      const cookie = await t.login(u);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/staff', headers: { cookie } })).statusCode,
        u,
      ).toBe(403);
      const post = await t.app.inject({
        method: 'POST',
        url: '/api/staff',
        headers: { cookie },
        payload: newStaff({ username: `x_${u}` }),
      });
      expect(post.statusCode, u).toBe(403);
    }
  });

  it('offers team members of one role in the county', async () => {
    const cookie = await t.login('lst_officer');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/staff/options?role=police&orgUnitId=431103001001',
      headers: { cookie },
    });
    expect(res.json()).toEqual([expect.objectContaining({ name: '王警官（梅湾街道）' })]);
  });
});
