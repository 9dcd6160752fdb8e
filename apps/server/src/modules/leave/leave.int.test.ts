import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPerson, newKey } from '../../testing/personApp.ts';
import { apiAs } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
let officer: ReturnType<typeof apiAs>;
let admin: ReturnType<typeof apiAs>;
let officerCookie: string;

/** Moves the clock to 10:00 (Asia/Shanghai) on `day`; staff sessions expire over days, so sign in again. */
async function at(day: string) {
  t.clock.set(`${day}T02:00:00.000Z`);
  officerCookie = await t.login('lst_officer');
  officer = apiAs(t, officerCookie);
  admin = apiAs(t, await t.login('lst_admin'));
}
const sweep = async () => (await admin.ok('POST', '/api/system/sweep')) as Record<string, number>;
const trip = (from: string, to: string) => ({
  destination: '广东省东莞市长安镇',
  destinationCountyId: '441900',
  from,
  to,
  reason: '在东莞务工，回厂上班',
});

beforeAll(async () => {
  t = await createTestApp();
  await at('2026-11-29');
});
afterAll(() => t.close());

describe('在线请假 over the API', () => {
  it('request → 同意 → 续假 → 同意 → 销假, with the absence, the task, the notice and the audit', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const key = newKey();
    const first = await p.api.call('POST', '/api/m/leave', trip('2026-12-01', '2026-12-05'), { key });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'pending',
      decisionDeadline: '2026-11-30',
      days: 5,
      needsReport: true,
    });
    // The outbox sends again after a dropped answer: the same key is the same request, done once.
    const again = await p.api.call('POST', '/api/m/leave', trip('2026-12-01', '2026-12-05'), { key });
    expect(again).toMatchObject({ status: 201, replayed: true, body: { id: first.body.id } });
    expect(await p.api.ok('GET', '/api/m/leave')).toHaveLength(1);
    const id = first.body.id as string;

    // A leave_decision task, due on the deadline, pointing at the request.
    const task = await t.db
      .selectFrom('tasks')
      .selectAll()
      .where('ref_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(task).toMatchObject({
      kind: 'leave_decision',
      status: 'open',
      due_date: '2026-11-30',
      ref_kind: 'leave_request',
    });

    // The officer's list puts it first; approving it records a reported absence and tells the person.
    const list = await officer.ok('GET', '/api/leave-requests');
    expect(list.items[0]).toMatchObject({ id, status: 'pending' });
    const approved = await officer.ok('POST', `/api/leave-requests/${id}/approve`, {
      note: '注意安全，按时返回',
    });
    expect(approved).toMatchObject({ status: 'approved', decidedBy: { name: expect.any(String) } });
    expect(
      (await t.db.selectFrom('tasks').select('status').where('id', '=', task.id).executeTakeFirstOrThrow())
        .status,
    ).toBe('done');
    const absence = await t.db
      .selectFrom('absences')
      .selectAll()
      .where('leave_request_id', '=', id)
      .execute();
    expect(absence).toEqual([
      expect.objectContaining({
        reported: true,
        from_date: '2026-12-01',
        to_date: '2026-12-05',
        source: 'leave_request',
      }),
    ]);
    const inbox = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('person_id', '=', p.personId)
      .where('kind', '=', 'leave_decision')
      .execute();
    expect(inbox).toEqual([expect.objectContaining({ title: '请假申请已同意' })]);
    expect((await officer.call('POST', `/api/leave-requests/${id}/approve`, {})).status).toBe(409);

    // Approved leave is what the remote-upload module asks about.
    expect(await t.app.services.leave.isOnApprovedLeave(p.personId, '2026-12-03')).toBe(true);
    expect(await t.app.services.leave.isOnApprovedLeave(p.personId, '2026-12-06')).toBe(false);

    // 续假 while away.
    await at('2026-12-03');
    expect(await t.app.services.myLeave.homeDue(p.personId, '2026-12-03')).toEqual([
      expect.objectContaining({ kind: 'leave', title: '销假', link: '/m/leave' }),
    ]);
    const ext = await p.api.call('POST', `/api/m/leave/${id}/extension`, {
      to: '2026-12-04',
      reason: '多待一天',
    });
    expect(ext.status).toBe(400);
    expect(ext.body.issues[0].path).toBe('to');
    expect(
      await p.api.ok('POST', `/api/m/leave/${id}/extension`, {
        to: '2026-12-08',
        reason: '工厂加班，需多留三天',
      }),
    ).toMatchObject({ status: 'extension', extension: { to: '2026-12-08', deadline: '2026-12-05' } });
    expect(await officer.ok('POST', `/api/leave-requests/${id}/extension/approve`, {})).toMatchObject({
      status: 'approved',
      to: '2026-12-08',
      originalTo: '2026-12-05',
    });
    expect(await t.app.services.leave.isOnApprovedLeave(p.personId, '2026-12-07')).toBe(true);

    // 销假 on return, before the end: the reported absence ends that day.
    await at('2026-12-06');
    const back = await p.api.call('POST', `/api/m/leave/${id}/return`, {}, { key: newKey() });
    expect(back).toMatchObject({
      status: 200,
      body: { status: 'closed', returnedOn: '2026-12-06', overstayDays: 0 },
    });
    expect(
      (
        await t.db
          .selectFrom('absences')
          .select('to_date')
          .where('leave_request_id', '=', id)
          .executeTakeFirstOrThrow()
      ).to_date,
    ).toBe('2026-12-06');
    expect((await p.api.call('POST', `/api/m/leave/${id}/return`, {})).status).toBe(409);

    const audit = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', p.personId)
      .where('action', 'like', 'leave.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'leave.request',
      'leave.approve',
      'leave.request_extension',
      'leave.approve_extension',
      'leave.return',
    ]);
  });

  it('refusal needs a reason and is final; the person is told', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const r = await p.api.ok('POST', '/api/m/leave', trip('2026-12-10', '2026-12-20'));
    expect((await officer.call('POST', `/api/leave-requests/${r.id}/refuse`, { note: '' })).status).toBe(400);
    expect(
      await officer.ok('POST', `/api/leave-requests/${r.id}/refuse`, { note: '理由不充分，请补充材料' }),
    ).toMatchObject({
      status: 'refused',
      decisionNote: '理由不充分，请补充材料',
    });
    expect((await p.api.call('POST', `/api/m/leave/${r.id}/return`, {})).status).toBe(409);
    expect(await t.app.services.leave.isOnApprovedLeave(p.personId, '2026-12-12')).toBe(false);
    const told = await t.db
      .selectFrom('notifications')
      .select(['title', 'body'])
      .where('person_id', '=', p.personId)
      .execute();
    expect(told).toEqual([{ title: '请假申请已拒绝', body: expect.stringContaining('理由不充分') }]);
    // No absence for a refused request.
    expect(
      await t.db.selectFrom('absences').select('id').where('leave_request_id', '=', r.id).execute(),
    ).toEqual([]);
  });

  it('rejects bad dates, overlapping requests and a destination inside the county', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const past = await p.api.call('POST', '/api/m/leave', trip('2026-11-28', '2026-12-01'));
    expect(past).toMatchObject({ status: 400, body: { issues: [{ path: 'from' }] } });
    const backwards = await p.api.call('POST', '/api/m/leave', trip('2026-12-05', '2026-12-01'));
    expect(backwards.status).toBe(400);
    const home = await p.api.call('POST', '/api/m/leave', {
      ...trip('2026-12-05', '2026-12-08'),
      destinationCountyId: '431103',
    });
    expect(home.body.code).toBe('LEAVE_WITHIN_COUNTY');
    await p.api.ok('POST', '/api/m/leave', trip('2026-12-05', '2026-12-08'));
    expect((await p.api.call('POST', '/api/m/leave', trip('2026-12-08', '2026-12-09'))).body.code).toBe(
      'LEAVE_OVERLAPS',
    );
    // Someone who has not reported yet has no leave to ask for.
    const unreported = await appPerson(t, officerCookie, { receivedDate: '2026-11-20' });
    expect(
      (await unreported.api.call('POST', '/api/m/leave', trip('2026-12-05', '2026-12-08'))).body.code,
    ).toBe('NO_MEASURE');
  });

  it('permissions: own requests only; officer within the jurisdiction; the social worker cannot decide', async () => {
    await at('2026-11-29');
    const a = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const b = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const r = await a.api.ok('POST', '/api/m/leave', trip('2026-12-02', '2026-12-06'));
    // Person B sees none of A's, and cannot act on A's request.
    expect(await b.api.ok('GET', '/api/m/leave')).toEqual([]);
    expect(
      (await b.api.call('POST', `/api/m/leave/${r.id}/extension`, { to: '2026-12-09', reason: '延长' }))
        .status,
    ).toBe(404);
    expect((await b.api.call('POST', `/api/m/leave/${r.id}/return`, {})).status).toBe(404);
    // The staff cookie does not open the app's routes, nor the app cookie the staff's.
    expect((await apiAs(t, officerCookie).call('GET', '/api/m/leave')).status).toBe(401);
    expect((await a.api.call('GET', '/api/leave-requests')).status).toBe(401);
    // Another county's officer: not found; the social worker (not assigned): 403 on deciding.
    const sp = apiAs(t, await t.login('sp_officer'));
    expect((await sp.call('GET', `/api/leave-requests/${r.id}`)).status).toBe(404);
    expect((await sp.call('POST', `/api/leave-requests/${r.id}/approve`, {})).status).toBe(404);
    expect(
      (await sp.ok('GET', '/api/leave-requests?status=all')).items.map((x: { id: string }) => x.id),
    ).not.toContain(r.id);
    const social = apiAs(t, await t.login('lst_social'));
    expect((await social.call('POST', `/api/leave-requests/${r.id}/approve`, {})).status).toBe(403);
    const grid = apiAs(t, await t.login('lst_grid'));
    expect((await grid.call('POST', `/api/leave-requests/${r.id}/approve`, {})).status).toBe(403);
    // The police officer reads but does not decide.
    const police = apiAs(t, await t.login('lst_police'));
    expect(
      (await police.call('POST', `/api/leave-requests/${r.id}/refuse`, { note: '不同意外出' })).status,
    ).toBe(403);
    expect((await officer.ok('GET', `/api/persons/${a.personId}/leave-requests`))[0].id).toBe(r.id);
    expect((await sp.call('GET', `/api/persons/${a.personId}/leave-requests`)).status).toBe(404);
  });

  it('超时未审批: an undecided request lapses the day after its deadline, and can still be decided', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const r = await p.api.ok('POST', '/api/m/leave', trip('2026-12-01', '2026-12-03'));
    await at('2026-11-30');
    await sweep();
    expect((await officer.ok('GET', `/api/leave-requests/${r.id}`)).status).toBe('pending');
    await at('2026-12-01');
    expect((await sweep()).leaveLapsed).toBeGreaterThanOrEqual(1);
    expect((await p.api.ok('GET', '/api/m/leave'))[0].status).toBe('lapsed');
    expect((await officer.ok('POST', `/api/leave-requests/${r.id}/approve`, {})).status).toBe('approved');
  });

  it('超时未归: overstays become unreported absences, 3 days a departure, 3 departures a serious violation (条例 第二十条)', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const overstayOnce = async (from: string, to: string, sweepDay: string, backDay: string) => {
      await at(from);
      const r = await p.api.ok('POST', '/api/m/leave', trip(from, to));
      await officer.ok('POST', `/api/leave-requests/${r.id}/approve`, {});
      await at(sweepDay);
      await sweep();
      await at(backDay);
      await sweep();
      const closed = await p.api.ok('POST', `/api/m/leave/${r.id}/return`, {});
      return { id: r.id as string, closed };
    };

    // Leave 12-01..12-02; the sweep on 12-03 marks it 超时未归; back on 12-05: 3 days overstayed.
    await at('2026-12-01');
    const r1 = await p.api.ok('POST', '/api/m/leave', trip('2026-12-01', '2026-12-02'));
    await officer.ok('POST', `/api/leave-requests/${r1.id}/approve`, {});
    await at('2026-12-03');
    expect((await sweep()).leaveOverdue).toBe(1);
    expect((await officer.ok('GET', `/api/leave-requests/${r1.id}`)).status).toBe('overdue');
    // A late extension request is not possible once overdue.
    expect(
      (await p.api.call('POST', `/api/m/leave/${r1.id}/extension`, { to: '2026-12-09', reason: '还要几天' }))
        .status,
    ).toBe(409);
    await at('2026-12-05');
    await sweep(); // still away: 12-03..12-04 so far, 2 days — not yet a departure
    expect(
      await t.db
        .selectFrom('violations')
        .select('id')
        .where('person_id', '=', p.personId)
        .where('kind', '=', 'departure')
        .execute(),
    ).toEqual([]);
    await at('2026-12-06');
    await sweep(); // 12-03..12-05: 3 days without report — a departure (条例 第十九条)
    const departures = await officer.ok('GET', `/api/persons/${p.personId}/violations`);
    expect(departures.filter((v: { kind: string }) => v.kind === 'departure')).toHaveLength(1);
    const closed = await p.api.ok('POST', `/api/m/leave/${r1.id}/return`, {});
    expect(closed).toMatchObject({ status: 'closed', returnedOn: '2026-12-06', overstayDays: 4 });
    const absences = await t.db
      .selectFrom('absences')
      .select(['from_date', 'to_date', 'reported'])
      .where('leave_request_id', '=', r1.id)
      .orderBy('from_date')
      .execute();
    expect(absences).toEqual([
      { from_date: '2026-12-01', to_date: '2026-12-02', reported: true },
      { from_date: '2026-12-03', to_date: '2026-12-06', reported: false },
    ]);

    // Two more overstays of 3+ days: the third departure is 严重违反社区戒毒协议.
    await overstayOnce('2026-12-08', '2026-12-09', '2026-12-11', '2026-12-13');
    expect((await officer.ok('GET', `/api/measures/${p.measureId}`)).seriousViolation).toBe(false);
    await overstayOnce('2026-12-15', '2026-12-16', '2026-12-18', '2026-12-20');
    const m = await officer.ok('GET', `/api/measures/${p.measureId}`);
    expect(m).toMatchObject({ seriousViolation: true });
    const police = (await officer.ok('GET', '/api/tasks?mine=1&kind=report_to_police')).items.filter(
      (x: { person: { id: string } }) => x.person.id === p.personId,
    );
    expect(police).toHaveLength(1);
  });
});
