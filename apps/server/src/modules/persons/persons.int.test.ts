import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, personInput, testIdNumber, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
let officer: string;
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.login('lst_officer');
});
afterAll(() => t.close());

const create = (body: object, cookie = officer) =>
  t.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie }, payload: body });
const get = (url: string, cookie = officer) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('person files: create, read, update', () => {
  it('creates a file, derives birth date and gender from the ID number, and masks sensitive values', async () => {
    const idNumber = testIdNumber({ birth: '1988-02-29', female: true });
    const res = await create(
      personInput({ name: '刘晓红', idNumber, phone: '13912345678', residenceAddress: '梅湾路88号3栋201' }),
    );
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      name: '刘晓红',
      gender: 'female',
      // The birth date is kept for the rules (禁毒法 第三十九条) and shown as the age (mask.ts).
      age: 38,
      idNumber: `431***********${idNumber.slice(-4)}`,
      phone: '139****5678',
      orgUnit: { id: '431103001', name: '梅湾街道' },
      status: 'pending_report',
      residenceAddress: '梅湾路88号****',
    });
    expect(p.orgPath.map((o: { name: string }) => o.name)).toEqual(['永州市', '冷水滩区', '梅湾街道']);
    const row = await t.db
      .selectFrom('persons')
      .select('birth_date')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row.birth_date).toBe('1988-02-29');

    const read = await get(`/api/persons/${p.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().name).toBe('刘晓红');
  });

  it('updates only the fields sent, and keeps the rest', async () => {
    const p = (await create(personInput({ name: '王五', drugTypes: ['heroin'] }))).json();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/persons/${p.id}`,
      headers: { cookie: officer },
      payload: {
        gridId: '43110300100101',
        drugTypes: ['heroin', 'methamphetamine'],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: '王五',
      // The status follows the measures, never a PATCH (dataHygiene.int.test.ts).
      status: 'pending_report',
      grid: { id: '43110300100101', name: '第一网格' },
      drugTypes: ['heroin', 'methamphetamine'],
      idNumber: p.idNumber,
    });
  });

  it('refuses a duplicate ID number with 409 and a clear code', async () => {
    const idNumber = testIdNumber();
    expect((await create(personInput({ idNumber }))).statusCode).toBe(201);
    const dup = await create(personInput({ idNumber, name: '李四' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'DUPLICATE_ID_NUMBER', issues: [{ path: 'idNumber' }] });
  });

  it('answers 400 with a code and field paths for invalid input', async () => {
    const bad = await create({
      name: '',
      idNumber: '430103199001011235',
      phone: '123',
      orgUnitId: '431103001',
    });
    expect(bad.statusCode).toBe(400);
    const body = bad.json();
    expect(body.code).toBe('VALIDATION');
    expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['idNumber', 'name', 'phone']);
    expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses to file a person outside the writer’s jurisdiction or above township level', async () => {
    const outside = await create(personInput({ orgUnitId: '431123100' }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().issues[0].path).toBe('orgUnitId');
    const county = await create(personInput({ orgUnitId: '431103' }));
    expect(county.statusCode).toBe(400);
  });

  it('checks team members’ roles', async () => {
    const staff = await t.db.selectFrom('staff').select(['id', 'username']).execute();
    const id = (u: string) => staff.find((s) => s.username === u)!.id;
    const wrongRole = await create(personInput({ policeId: id('lst_social') }));
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().issues[0].path).toBe('policeId');
    const ok = await create(personInput({ policeId: id('lst_police'), socialWorkerId: id('lst_social') }));
    expect(ok.statusCode).toBe(201);
    expect(ok.json().team).toMatchObject({
      police: { name: '王警官' },
      socialWorker: { name: '陈社工' },
      gridWorker: null,
    });
  });

  it('an unknown id answers 404, a malformed one 400', async () => {
    expect((await get('/api/persons/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/persons/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('search', () => {
  let target: { id: string };
  const idNumber = testIdNumber({ birth: '1979-03-08' });
  beforeAll(async () => {
    target = (await create(personInput({ name: '曾小军', idNumber, phone: '13607461234' }))).json();
    await create(personInput({ name: '赵小明' }));
  });
  const search = async (q: string) => {
    const res = await get(`/api/persons?q=${encodeURIComponent(q)}&pageSize=100`);
    expect(res.statusCode).toBe(200);
    return res.json().items.map((i: { id: string }) => i.id) as string[];
  };

  it.each([
    ['the name', '曾小军'],
    ['part of the name', '小军'],
    ['full pinyin (surname read as zeng)', 'zengxiaojun'],
    ['a pinyin prefix', 'zengxiao'],
    ['pinyin initials', 'zxj'],
    ['upper-case initials', 'ZXJ'],
    ['the full ID number', idNumber],
    ['the last 4 of the ID number', idNumber.slice(-4)],
    ['the phone number', '13607461234'],
  ])('finds the person by %s', async (_what, q) => {
    expect(await search(q)).toContain(target.id);
  });

  it('does not match other people', async () => {
    expect(await search('zxm')).not.toContain(target.id);
    expect(await search('13607460000')).not.toContain(target.id);
  });

  it('lists with masked ID numbers and pages with a total', async () => {
    const res = await get('/api/persons?page=1&pageSize=2');
    const body = res.json();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(4);
    for (const item of body.items) expect(item.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const page2 = (await get('/api/persons?page=2&pageSize=2')).json();
    expect(page2.items[0].id).not.toBe(body.items[0].id);
  });

  it('filters by org unit, status and gender', async () => {
    const inGrid = (await get('/api/persons?orgUnitId=43110300100101&pageSize=100')).json();
    expect(inGrid.items.every((i: { grid: { id: string } | null }) => i.grid?.id === '43110300100101')).toBe(
      true,
    );
    const women = (await get('/api/persons?gender=female&pageSize=100')).json();
    expect(women.items.every((i: { gender: string }) => i.gender === 'female')).toBe(true);
    expect((await get('/api/persons?status=nonsense')).statusCode).toBe(400);
  });
});

describe('sensitive data', () => {
  it('stores the ID number, phone and address encrypted, never in plaintext', async () => {
    const idNumber = testIdNumber();
    const p = (
      await create(personInput({ idNumber, phone: '18874561234', householdAddress: '肖家园路17号' }))
    ).json();
    const raw = await sql<{ row: string }>`SELECT p::text AS row FROM persons p WHERE id = ${p.id}`.execute(
      t.db,
    );
    const text = raw.rows[0]!.row;
    for (const secret of [idNumber, '18874561234', '肖家园路17号']) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(Buffer.from(secret).toString('hex'));
    }
    const dump = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM persons WHERE id_number_enc::text LIKE ${'%' + idNumber + '%'}`.execute(
      t.db,
    );
    expect(Number(dump.rows[0]!.n)).toBe(0);
  });

  it('reveals a value only through the explicit, audited action with a reason', async () => {
    const idNumber = testIdNumber();
    const p = (await create(personInput({ idNumber }))).json();
    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/persons/${p.id}/reveal`,
      headers: { cookie: officer },
      payload: { field: 'idNumber', reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/persons/${p.id}/reveal`,
      headers: { cookie: officer },
      payload: { field: 'idNumber', reason: '核对报到信息' },
    });
    expect(res.json()).toEqual({ field: 'idNumber', value: idNumber });
    const trail = (await get(`/api/persons/${p.id}/audit`)).json();
    expect(trail.items[0]).toMatchObject({
      action: 'person.reveal',
      reason: '核对报到信息',
      details: { field: 'idNumber' },
    });
    expect(JSON.stringify(trail)).not.toContain(idNumber);
  });
});

describe('audit trail', () => {
  it('records create, each view and each change, newest first, with actor and IP', async () => {
    const p = (await create(personInput())).json();
    await get(`/api/persons/${p.id}`);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/persons/${p.id}`,
      headers: { cookie: officer },
      payload: { phone: '13700001111' },
    });
    const res = await get(`/api/persons/${p.id}/audit`);
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json();
    expect(total).toBe(3);
    expect(items.map((e: { action: string }) => e.action)).toEqual([
      'person.update',
      'person.view',
      'person.create',
    ]);
    expect(items[0]).toMatchObject({ actorName: '李专干', ip: '127.0.0.1', details: { fields: ['phone'] } });
    expect(JSON.stringify(items)).not.toContain('13700001111');
  });

  it('the audit table refuses updates and deletes', async () => {
    await expect(sql`UPDATE audit_events SET reason = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
  });
});
