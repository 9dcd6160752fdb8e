import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_PASSWORD } from '../../testing/personApp.ts';
import { apiAs } from '../../testing/supervision.ts';
import { createTestApp, personInput, testIdNumber, type TestApp } from '../../testing/testApp.ts';

/**
 * Existence checks are scoped or audited (issue 10, item 3). A duplicate ID number or phone on a
 * file the caller cannot see must not tell them that a person is on file there: one neutral
 * answer (DUPLICATE_REVIEW), a review task for the city office, and an audit event for every
 * check. A duplicate in the caller’s own jurisdiction is named as before.
 */

let t: TestApp;
let lst: ReturnType<typeof apiAs>;
let sp: ReturnType<typeof apiAs>;
let lstAdmin: ReturnType<typeof apiAs>;
let yzAdmin: ReturnType<typeof apiAs>;
beforeAll(async () => {
  t = await createTestApp();
  lst = apiAs(t, await t.login('lst_officer'));
  sp = apiAs(t, await t.login('sp_officer'));
  lstAdmin = apiAs(t, await t.login('lst_admin'));
  yzAdmin = apiAs(t, await t.login('yz_admin'));
});
afterAll(() => t?.close());

/** 双牌县 泷泊镇: sp_officer's township, another county than 梅湾街道. */
const SP_TOWNSHIP = '431123100';

/** The duplicate checks a staff member made, oldest first. */
const checks = (username: string) =>
  t.db
    .selectFrom('audit_events')
    .innerJoin('staff', 'staff.id', 'audit_events.actor_id')
    .selectAll('audit_events')
    .where('action', '=', 'person.duplicate_check')
    .where('staff.username', '=', username)
    .orderBy('audit_events.id')
    .execute();

async function reviewTasks(personId: string) {
  return t.db
    .selectFrom('tasks')
    .selectAll()
    .where('kind', '=', 'duplicate_review')
    .where('person_id', '=', personId)
    .execute();
}

describe('ID number duplicates', () => {
  it('tells an officer of another county nothing about the file: one neutral answer, a review task, an audit event', async () => {
    const existing = await lst.ok('POST', '/api/persons', personInput({ name: '欧阳明' }));
    const idNumber = (
      await lst.ok('POST', `/api/persons/${existing.id}/reveal`, {
        field: 'idNumber',
        reason: '测试准备',
      })
    ).value as string;
    const before = (await checks('sp_officer')).length;

    const res = await sp.call('POST', '/api/persons', personInput({ idNumber, orgUnitId: SP_TOWNSHIP }));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('DUPLICATE_REVIEW');
    const text = JSON.stringify(res.body);
    for (const secret of [existing.id, '欧阳明', '梅湾', '冷水滩', '431103'])
      expect(text).not.toContain(secret);

    // The city office sees the review among its 待办; the file itself is untouched.
    const [task] = await reviewTasks(existing.id);
    expect(task).toMatchObject({ status: 'open', person_id: existing.id });
    const worklist = await yzAdmin.ok('GET', '/api/worklist');
    expect(
      worklist.items.some(
        (i: { category: string; refId: string }) => i.category === 'duplicates' && i.refId === task!.id,
      ),
    ).toBe(true);
    // sp_officer's own 待办 does not show it (the file is not theirs).
    const spWorklist = await sp.ok('GET', '/api/worklist');
    expect(JSON.stringify(spWorklist)).not.toContain(existing.id);

    const events = (await checks('sp_officer')).slice(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ target_type: 'person', target_id: existing.id });
    expect(events[0]!.details).toMatchObject({ field: 'idNumber', outcome: 'out_of_scope', on: 'create' });
    // Never the number itself.
    expect(JSON.stringify(events[0])).not.toContain(idNumber);
    expect(JSON.stringify(events[0])).not.toContain(idNumber.slice(-4));
  });

  it('gives the same answer for a file in the same county outside the caller’s township', async () => {
    // A file in 冷水滩区 outside 梅湾街道 (lst_officer's township), made by the county admin.
    const idNumber = testIdNumber();
    const elsewhere = await lstAdmin.ok(
      'POST',
      '/api/persons',
      personInput({ idNumber, orgUnitId: '431103002' }),
    );
    const fromOtherCounty = testIdNumber();
    await lst.ok('POST', '/api/persons', personInput({ idNumber: fromOtherCounty }));

    const sameCounty = await lst.call('POST', '/api/persons', personInput({ idNumber }));
    const otherCounty = await sp.call(
      'POST',
      '/api/persons',
      personInput({ idNumber: fromOtherCounty, orgUnitId: SP_TOWNSHIP }),
    );
    expect(sameCounty.status).toBe(409);
    expect(sameCounty.body).toEqual(otherCounty.body);
    expect(await reviewTasks(elsewhere.id)).toHaveLength(1);
  });

  it('names a duplicate the caller can see, and audits that check too', async () => {
    const existing = await lst.ok('POST', '/api/persons', personInput());
    const idNumber = (
      await lst.ok('POST', `/api/persons/${existing.id}/reveal`, {
        field: 'idNumber',
        reason: '测试准备',
      })
    ).value as string;
    const before = (await checks('lst_officer')).length;
    const res = await lst.call('POST', '/api/persons', personInput({ idNumber }));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'DUPLICATE_ID_NUMBER', issues: [{ path: 'idNumber' }] });
    expect(await reviewTasks(existing.id)).toHaveLength(0);
    const events = (await checks('lst_officer')).slice(before);
    expect(events.map((e) => (e.details as { outcome: string }).outcome)).toEqual(['in_scope']);
  });

  it('audits a check that finds nothing, on create and on an ID number changed by PATCH', async () => {
    const before = (await checks('sp_officer')).length;
    const created = await sp.ok('POST', '/api/persons', personInput({ orgUnitId: SP_TOWNSHIP }));
    await sp.ok('PATCH', `/api/persons/${created.id}`, { idNumber: testIdNumber() });
    await sp.ok('PATCH', `/api/persons/${created.id}`, { name: '改名字' }); // no ID number: no check
    const events = (await checks('sp_officer')).slice(before);
    expect(events.map((e) => [e.details, e.target_id])).toEqual([
      [{ field: 'idNumber', outcome: 'none', on: 'create' }, null],
      [{ field: 'idNumber', outcome: 'none', on: 'update' }, created.id],
    ]);
  });

  it('refuses a PATCH to an ID number on file elsewhere with the neutral answer', async () => {
    const existing = await lst.ok('POST', '/api/persons', personInput());
    const idNumber = (
      await lst.ok('POST', `/api/persons/${existing.id}/reveal`, {
        field: 'idNumber',
        reason: '测试准备',
      })
    ).value as string;
    const own = await sp.ok('POST', '/api/persons', personInput({ orgUnitId: SP_TOWNSHIP }));
    const res = await sp.call('PATCH', `/api/persons/${own.id}`, { idNumber });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('DUPLICATE_REVIEW');
    expect(await reviewTasks(existing.id)).toHaveLength(1);
  });

  it('answers every one of many parallel attempts alike, with one review task and one audit event each', async () => {
    const existing = await lst.ok('POST', '/api/persons', personInput());
    const idNumber = (
      await lst.ok('POST', `/api/persons/${existing.id}/reveal`, {
        field: 'idNumber',
        reason: '测试准备',
      })
    ).value as string;
    const before = (await checks('sp_officer')).length;
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        sp.call('POST', '/api/persons', personInput({ idNumber, orgUnitId: SP_TOWNSHIP })),
      ),
    );
    expect(answers.map((a) => a.body.code)).toEqual(Array(12).fill('DUPLICATE_REVIEW'));
    expect(await reviewTasks(existing.id)).toHaveLength(1);
    expect((await checks('sp_officer')).length - before).toBe(12);
  });

  it('a race between two counties for one new number: the loser gets the neutral answer', async () => {
    for (let i = 0; i < 5; i++) {
      const idNumber = testIdNumber();
      const [a, b] = await Promise.all([
        lst.call('POST', '/api/persons', personInput({ idNumber })),
        sp.call('POST', '/api/persons', personInput({ idNumber, orgUnitId: SP_TOWNSHIP })),
      ]);
      const statuses = [a.status, b.status].sort();
      expect(statuses).toEqual([201, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body.code).toBe('DUPLICATE_REVIEW');
    }
  });
});

describe('phone duplicates (activation)', () => {
  async function activated(api: ReturnType<typeof apiAs>, input = personInput()) {
    const p = await api.ok('POST', '/api/persons', input);
    const { code } = await api.ok('POST', `/api/persons/${p.id}/activation-code`);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/m/auth/activate',
      payload: { phone: input.phone, code, password: APP_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    return { ...p, phone: input.phone };
  }

  it('staff of another county issuing a code for a phone another person signs in with: the neutral answer', async () => {
    const first = await activated(lst);
    const second = await sp.ok(
      'POST',
      '/api/persons',
      personInput({ phone: first.phone, orgUnitId: SP_TOWNSHIP }),
    );
    const before = (await checks('sp_officer')).length;
    const res = await sp.call('POST', `/api/persons/${second.id}/activation-code`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('DUPLICATE_REVIEW');
    expect(JSON.stringify(res.body)).not.toContain(first.id);
    expect(await reviewTasks(first.id)).toHaveLength(1);
    const events = (await checks('sp_officer')).slice(before);
    expect(events.map((e) => [e.details, e.target_id])).toEqual([
      [{ field: 'phone', outcome: 'out_of_scope', on: 'activation_code' }, first.id],
    ]);
  });

  it('in the caller’s own jurisdiction the phone is named as before', async () => {
    const first = await activated(lst);
    const second = await lst.ok('POST', '/api/persons', personInput({ phone: first.phone }));
    const res = await lst.call('POST', `/api/persons/${second.id}/activation-code`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('PHONE_IN_USE');
    expect(await reviewTasks(first.id)).toHaveLength(0);
  });

  it('a person activating a phone someone else activated meanwhile learns nothing of them', async () => {
    const input = personInput();
    const a = await lst.ok('POST', '/api/persons', input);
    const b = await sp.ok(
      'POST',
      '/api/persons',
      personInput({ phone: input.phone, orgUnitId: SP_TOWNSHIP }),
    );
    const codeA = (await lst.ok('POST', `/api/persons/${a.id}/activation-code`)).code;
    const codeB = (await sp.ok('POST', `/api/persons/${b.id}/activation-code`)).code;
    const activate = (code: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/m/auth/activate',
        payload: { phone: input.phone, code, password: APP_PASSWORD },
      });
    expect((await activate(codeA)).statusCode).toBe(200);
    const res = await activate(codeB);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('DUPLICATE_REVIEW');
    expect(await reviewTasks(a.id)).toHaveLength(1);
    const events = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'person.duplicate_check')
      .where('target_id', '=', a.id)
      .orderBy('id')
      .execute();
    // A's own checks (issuing A's code, A's activation), then B's activation that found A.
    const event = events.at(-1)!;
    expect(event.actor_id).toBeNull();
    expect(event.details).toEqual({ field: 'phone', outcome: 'out_of_scope', on: 'activation' });
  });
});
