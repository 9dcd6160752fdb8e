import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditLogItem } from '@taobo/contracts';
import { verifyAuditChain } from '../../platform/audit/auditLog.ts';
import { apiAs, personWithMeasure, staffIds } from '../../testing/supervision.ts';
import { createTestApp, personInput, testIdNumber, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
let ids: Record<string, string>;
let admin: ReturnType<typeof apiAs>;
let officer: ReturnType<typeof apiAs>;
let cityAdmin: ReturnType<typeof apiAs>;
let spOfficer: ReturnType<typeof apiAs>;

beforeAll(async () => {
  t = await createTestApp();
  ids = await staffIds(t);
  admin = apiAs(t, await t.login('lst_admin'));
  officer = apiAs(t, await t.login('lst_officer'));
  cityAdmin = apiAs(t, await t.login('yz_admin'));
  spOfficer = apiAs(t, await t.login('sp_officer'));
});
afterAll(() => t.close());

/** The audit events with this action, oldest first, straight from the table. */
const events = (action: string) =>
  t.db.selectFrom('audit_events').selectAll().where('action', '=', action).orderBy('id').execute();

describe('every change and search of note is audited', () => {
  it('a staff account made: who made it, with what role where', async () => {
    const created = await admin.ok('POST', '/api/staff', {
      username: 'audit_tester',
      displayName: '审计测试员',
      role: 'tester',
      orgUnitId: '431103001',
      password: 'Audit2027pw!',
    });
    const [e] = await events('staff.create');
    expect(e).toMatchObject({
      actor_id: ids.lst_admin,
      actor_name: '冷水滩区禁毒办管理员',
      actor_role: 'admin',
      actor_unit_id: '431103',
      target_type: 'staff',
      target_id: created.id,
      details: { username: 'audit_tester', role: 'tester', orgUnitId: '431103001' },
    });
    // The password is never in the log, not even hashed.
    expect(JSON.stringify(e)).not.toContain('Audit2027pw!');
  });

  it('the county policies changed: test (before and after), check-in and leave', async () => {
    const { countyId: _c, updatedAt: _u, ...policy } = await admin.ok('GET', '/api/test-policies/431103');
    const changed = { ...policy, randomPerQuarter: policy.randomPerQuarter + 1 };
    await admin.ok('PUT', '/api/test-policies/431103', changed);
    await admin.ok('PUT', '/api/test-policies/431103', policy);
    const tests = await events('test.policy');
    expect(tests).toHaveLength(2);
    expect(tests[0]).toMatchObject({
      actor_id: ids.lst_admin,
      target_type: 'org_unit',
      target_id: '431103',
      details: { before: null, after: changed },
    });
    expect(tests[1]!.details).toEqual({ before: changed, after: policy });

    await admin.ok('PUT', '/api/checkin-policies/431103', { intervalMonths: 2, remindDays: 3 });
    await admin.ok('PUT', '/api/leave-policies/431103', { approvalRequired: true });
    expect(await events('checkin.policy')).toMatchObject([
      { target_id: '431103', details: { intervalMonths: 2, remindDays: 3 } },
    ]);
    expect(await events('leave.policy')).toMatchObject([
      { target_id: '431103', details: { approvalRequired: true } },
    ]);
  });

  it("a working group changed: its roles and accounts, never the members' names or phones", async () => {
    const { person, measure } = await personWithMeasure(officer, '2026-11-20');
    const members = [
      { role: 'officer', name: '李专干', staffId: ids.lst_officer, phone: '13800001111' },
      { role: 'family', name: '张母', phone: '13900002222' },
    ];
    await officer.ok('PUT', `/api/measures/${measure.id}/working-group`, { members });
    const [e] = await events('measure.working_group');
    expect(e).toMatchObject({
      actor_id: ids.lst_officer,
      target_type: 'person',
      target_id: person.id,
      details: {
        measureId: measure.id,
        members: [
          { role: 'officer', staffId: ids.lst_officer },
          { role: 'family', staffId: null },
        ],
      },
    });
    const text = JSON.stringify(e);
    for (const secret of ['张母', '13800001111', '13900002222']) expect(text).not.toContain(secret);
  });

  it('a person search: who searched what, with ID and phone numbers as blind indexes only', async () => {
    const idNumber = testIdNumber();
    const phone = '13712345678';
    const p = await officer.ok('POST', '/api/persons', personInput({ name: '搜索对象', idNumber, phone }));
    const before = (await events('person.search')).length;

    const byId = await officer.ok('GET', `/api/persons?q=${idNumber}`);
    expect(byId.items.map((i: { id: string }) => i.id)).toEqual([p.id]);
    await officer.ok('GET', `/api/persons?q=${phone}&status=pending_report`);
    await officer.ok('GET', `/api/persons?q=${idNumber.slice(-4)}`);
    await officer.ok('GET', `/api/persons?q=${encodeURIComponent(`搜索 ${idNumber.slice(0, 10)}`)}`);
    await officer.ok('GET', `/api/persons?q=${encodeURIComponent('搜索对象')}`);
    // Browsing the list without a term is not a search.
    await officer.ok('GET', '/api/persons?status=pending_report');

    const searches = (await events('person.search')).slice(before);
    expect(searches).toHaveLength(5);
    const stored = await t.db
      .selectFrom('persons')
      .select(['id_number_bidx', 'phone_bidx'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(searches[0]).toMatchObject({
      actor_id: ids.lst_officer,
      actor_role: 'officer',
      target_type: 'person',
      target_id: null,
      // The persons table's own blind index: an auditor with the app can tell whose number it was.
      details: {
        search: { kind: 'idNumber', blindIndex: Buffer.from(stored.id_number_bidx).toString('hex') },
        total: 1,
        page: 1,
      },
    });
    expect(searches[1]!.details).toMatchObject({
      search: { kind: 'phone', blindIndex: Buffer.from(stored.phone_bidx).toString('hex') },
      filters: { status: 'pending_report' },
    });
    expect(searches[2]!.details).toMatchObject({ search: { kind: 'idLast4' } });
    expect((searches[3]!.details as { search: { text: string } }).search.text).toMatch(
      /^搜索 #[0-9a-f]{64}$/,
    );
    expect(searches[4]!.details).toMatchObject({ search: { kind: 'name', text: '搜索对象' }, total: 1 });

    const text = JSON.stringify(searches);
    for (const plain of [idNumber, idNumber.slice(0, 10), phone, idNumber.slice(-4)])
      expect(text).not.toContain(plain);
  });
});

describe('GET /api/audit', () => {
  const query = async (as: ReturnType<typeof apiAs>, params: Record<string, string>) =>
    (await as.ok('GET', `/api/audit?${new URLSearchParams(params)}`)) as {
      items: AuditLogItem[];
      total: number;
    };

  it('filters by action (or its prefix), actor and Shanghai dates, newest first', async () => {
    const searches = await query(admin, { action: 'person.search', actorId: ids.lst_officer! });
    expect(searches.total).toBe(5);
    expect(searches.items.every((e) => e.action === 'person.search' && e.actorRole === 'officer')).toBe(true);
    const numbers = searches.items.map((e) => Number(e.id));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    const person = await query(admin, { action: 'person', pageSize: '100' });
    expect(new Set(person.items.map((e) => e.action))).toEqual(
      new Set(['person.create', 'person.duplicate_check', 'person.search']),
    );
    // The test clock is 2026-11-29 10:00 in Shanghai.
    expect((await query(admin, { action: 'person', from: '2026-11-29', to: '2026-11-29' })).total).toBe(
      person.total,
    );
    expect((await query(admin, { action: 'person', from: '2026-11-30' })).total).toBe(0);
    expect((await query(admin, { action: 'person', to: '2026-11-28' })).total).toBe(0);

    const backwards = await admin.call('GET', '/api/audit?from=2026-11-29&to=2026-11-28');
    expect(backwards.status).toBe(400);
    const bad = await admin.call('GET', '/api/audit?action=person%25');
    expect(bad.status).toBe(400);
  });

  it("another county's events stay out of a county admin's view; the city admin sees both", async () => {
    // In 双牌县: a person filed and searched for, and the county's test policy changed from the city.
    const sp = await spOfficer.ok(
      'POST',
      '/api/persons',
      personInput({ name: '双牌人员', orgUnitId: '431123100', idNumber: testIdNumber({ region: '431123' }) }),
    );
    await spOfficer.ok('GET', `/api/persons?q=${encodeURIComponent('双牌人员')}`);
    const { countyId: _c, updatedAt: _u, ...policy } = await cityAdmin.ok('GET', '/api/test-policies/431123');
    await cityAdmin.ok('PUT', '/api/test-policies/431123', policy);
    // And the city admin opens a 冷水滩 person's file: that one is the county's business.
    const lst = await officer.ok('POST', '/api/persons', personInput({ name: '冷水滩人员' }));
    await cityAdmin.ok('GET', `/api/persons/${lst.id}`);

    const county = await query(admin, { pageSize: '100' });
    const seen = (items: AuditLogItem[]) => items.map((e) => [e.action, e.targetId, e.actorId]);
    expect(county.items.some((e) => e.actorId === ids.sp_officer)).toBe(false);
    expect(county.items.some((e) => e.targetId === sp.id || e.targetId === '431123')).toBe(false);
    expect(seen(county.items)).toContainEqual(['person.view', lst.id, ids.yz_admin]);
    expect((await query(admin, { actorId: ids.sp_officer! })).total).toBe(0);
    // The city admin's own policy change in 双牌县 is not in 冷水滩's log either.
    expect((await query(admin, { action: 'test.policy', actorId: ids.yz_admin! })).total).toBe(0);

    const city = await query(cityAdmin, { actorId: ids.sp_officer! });
    // The officer's sign-in is audited too (auth.login).
    expect(city.items.map((e) => e.action).sort()).toEqual([
      'auth.login',
      'person.create',
      'person.duplicate_check',
      'person.search',
    ]);
    expect(seen((await query(cityAdmin, { action: 'test.policy' })).items)).toContainEqual([
      'test.policy',
      '431123',
      ids.yz_admin,
    ]);
  });

  it('is for admins only, and every query is itself audited', async () => {
    for (const who of ['lst_officer', 'lst_police', 'yz_leader']) {
      const res = await apiAs(t, await t.login(who)).call('GET', '/api/audit');
      expect(res.status, who).toBe(403);
    }
    const before = (await events('audit.query')).length;
    await query(admin, { action: 'staff', from: '2026-11-01' });
    const [e] = (await events('audit.query')).slice(before);
    expect(e).toMatchObject({
      actor_id: ids.lst_admin,
      details: { action: 'staff', from: '2026-11-01', page: 1, total: 1 },
    });
  });

  it('leaves an intact chain', async () => {
    expect((await verifyAuditChain(t.db, t.auditKey)).broken).toBeNull();
  });
});
