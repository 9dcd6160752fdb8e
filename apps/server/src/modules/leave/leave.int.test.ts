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
const absencesOf = (leaveId: string) =>
  t.db
    .selectFrom('absences')
    .select(['from_date', 'to_date', 'reported'])
    .where('leave_request_id', '=', leaveId)
    .orderBy('from_date')
    .orderBy('reported', 'desc')
    .execute();
/** The person's violations about absences (擅自离开, 严重违反), not the missed tests a moved clock brings. */
const absenceViolationsOf = async (personId: string) =>
  ((await officer.ok('GET', `/api/persons/${personId}/violations`)) as { kind: string }[]).filter(
    (v) => v.kind === 'departure' || v.kind === 'serious',
  );
const noticesOf = (personId: string) =>
  t.db
    .selectFrom('notifications')
    .select(['title', 'body'])
    .where('person_id', '=', personId)
    .where('kind', '=', 'leave_decision')
    .orderBy('created_at')
    .execute();
/** 冷水滩区's leave policy (local policy: whether its agreement adds an approval step). */
const setApproval = (approvalRequired: boolean) =>
  admin.ok('PUT', '/api/leave-policies/431103', { approvalRequired });

beforeAll(async () => {
  t = await createTestApp();
  await at('2026-11-29');
});
afterAll(() => t.close());

describe('外出报告 over the API (戒毒条例 第十九条: a written report, not permission)', () => {
  it('戒毒条例 第十九条: submitting is reporting; the officer acknowledges (已知悉) with a concern, cannot refuse; 续报; 销假', async () => {
    await at('2026-11-29');
    expect(await officer.ok('GET', '/api/leave-policies/431103')).toMatchObject({
      countyId: '431103',
      approvalRequired: false,
      updatedAt: null,
    });
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    expect(await p.api.ok('GET', '/api/m/leave-policy')).toMatchObject({ approvalRequired: false });
    const key = newKey();
    const first = await p.api.call('POST', '/api/m/leave', trip('2026-12-01', '2026-12-05'), { key });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      mode: 'report',
      status: 'reported',
      decisionDeadline: '2026-11-30',
      // 民法典 第二百零一条: 12-01 (not counted) to 12-05.
      days: 4,
      needsReport: true,
    });
    // The outbox sends again after a dropped answer: the same key is the same report, made once.
    const again = await p.api.call('POST', '/api/m/leave', trip('2026-12-01', '2026-12-05'), { key });
    expect(again).toMatchObject({ status: 201, replayed: true, body: { id: first.body.id } });
    expect(await p.api.ok('GET', '/api/m/leave')).toHaveLength(1);
    const id = first.body.id as string;

    // Reported from the moment it is made: the absence is a reported one already.
    expect(await absencesOf(id)).toEqual([
      { from_date: '2026-12-01', to_date: '2026-12-05', reported: true },
    ]);
    expect(await t.app.services.leave.isAwayOnLeave(p.personId, '2026-12-03')).toBe(true);
    expect(await t.app.services.leave.isAwayOnLeave(p.personId, '2026-12-06')).toBe(false);
    const task = await t.db
      .selectFrom('tasks')
      .selectAll()
      .where('ref_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(task).toMatchObject({ kind: 'leave_decision', status: 'open', due_date: '2026-11-30' });
    expect(task.title).toContain('知悉外出报告');

    // The officer's to-do list puts it first. A report cannot be refused (nor 'refused' into 擅自离开).
    const list = await officer.ok('GET', '/api/leave-requests');
    expect(list.items[0]).toMatchObject({ id, status: 'reported' });
    const refused = await officer.call('POST', `/api/leave-requests/${id}/refuse`, { note: '不同意外出' });
    expect(refused).toMatchObject({ status: 409, body: { code: 'LEAVE_NOT_REFUSABLE' } });
    expect((await officer.ok('GET', `/api/leave-requests/${id}`)).status).toBe('reported');

    // 已知悉, with a concern the person is told of.
    const acknowledged = await officer.ok('POST', `/api/leave-requests/${id}/acknowledge`, {
      note: '注意安全，按时返回',
    });
    expect(acknowledged).toMatchObject({
      status: 'acknowledged',
      decidedBy: { name: expect.any(String) },
      decisionNote: '注意安全，按时返回',
    });
    expect(
      (await t.db.selectFrom('tasks').select('status').where('id', '=', task.id).executeTakeFirstOrThrow())
        .status,
    ).toBe('done');
    expect(await noticesOf(p.personId)).toEqual([
      { title: '外出报告已知悉', body: expect.stringContaining('专干提醒：注意安全，按时返回') },
    ]);
    expect((await officer.call('POST', `/api/leave-requests/${id}/acknowledge`, {})).status).toBe(409);

    // 续报 while away: the new return date is reported at once; the old route acknowledges it.
    await at('2026-12-03');
    expect(await t.app.services.myLeave.homeDue(p.personId, '2026-12-03')).toEqual([
      expect.objectContaining({ kind: 'leave', title: '销假', link: '/m/leave' }),
    ]);
    const early = await p.api.call('POST', `/api/m/leave/${id}/extension`, {
      to: '2026-12-05',
      reason: '多待',
    });
    expect(early).toMatchObject({ status: 400, body: { issues: [{ path: 'to' }] } });
    expect(
      await p.api.ok('POST', `/api/m/leave/${id}/extension`, {
        to: '2026-12-08',
        reason: '工厂加班，需多留三天',
      }),
    ).toMatchObject({
      status: 'reported',
      to: '2026-12-08',
      originalTo: '2026-12-05',
      extension: { to: '2026-12-08', decision: null, deadline: '2026-12-05' },
    });
    expect(await absencesOf(id)).toEqual([
      { from_date: '2026-12-01', to_date: '2026-12-08', reported: true },
    ]);
    expect(await officer.ok('POST', `/api/leave-requests/${id}/extension/approve`, {})).toMatchObject({
      status: 'acknowledged',
      decisionNote: '注意安全，按时返回',
      extension: { decision: 'acknowledged', decidedBy: { name: expect.any(String) } },
    });
    expect((await noticesOf(p.personId)).map((n) => n.title)).toEqual(['外出报告已知悉', '续报已知悉']);

    // 销假 before the end: the reported absence ends that day; nothing counts against the person.
    await at('2026-12-06');
    const back = await p.api.call('POST', `/api/m/leave/${id}/return`, {}, { key: newKey() });
    expect(back).toMatchObject({
      status: 200,
      body: { status: 'closed', returnedOn: '2026-12-06', overstayDays: 0 },
    });
    expect(await absencesOf(id)).toEqual([
      { from_date: '2026-12-01', to_date: '2026-12-06', reported: true },
    ]);
    expect((await p.api.call('POST', `/api/m/leave/${id}/return`, {})).status).toBe(409);
    expect(await absenceViolationsOf(p.personId)).toEqual([]);

    const audit = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', p.personId)
      .where('action', 'like', 'leave.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'leave.report',
      'leave.acknowledge',
      'leave.report_extension',
      'leave.acknowledge',
      'leave.return',
    ]);
  });

  it('戒毒条例 第十九条 + 民法典 第二百零一条: 2 days need no report (a notice is still taken), 3 days do; the old /approve acknowledges', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    // Tuesday 12-01 to Thursday 12-03: 2 days.
    const notice = await p.api.ok('POST', '/api/m/leave', trip('2026-12-01', '2026-12-03'));
    expect(notice).toMatchObject({ status: 'reported', days: 2, needsReport: false });
    const task = await t.db
      .selectFrom('tasks')
      .select('title')
      .where('ref_id', '=', notice.id)
      .executeTakeFirstOrThrow();
    expect(task.title).toContain('无须报告');
    expect(await officer.ok('POST', `/api/leave-requests/${notice.id}/approve`, {})).toMatchObject({
      status: 'acknowledged',
    });
    // Friday 12-11 to Monday 12-14: 3 days — the report the law asks for.
    expect(await p.api.ok('POST', '/api/m/leave', trip('2026-12-11', '2026-12-14'))).toMatchObject({
      days: 3,
      needsReport: true,
    });
  });

  it('rejects bad dates, overlapping reports and a destination inside the county', async () => {
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
    // Someone who has not reported yet has no leave to report.
    const unreported = await appPerson(t, officerCookie, { receivedDate: '2026-11-20' });
    expect(
      (await unreported.api.call('POST', '/api/m/leave', trip('2026-12-05', '2026-12-08'))).body.code,
    ).toBe('NO_MEASURE');
  });

  it('permissions: own reports only; officer within the jurisdiction; the social worker cannot acknowledge', async () => {
    await at('2026-11-29');
    const a = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const b = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const r = await a.api.ok('POST', '/api/m/leave', trip('2026-12-02', '2026-12-06'));
    // Person B sees none of A's, and cannot act on A's report.
    expect(await b.api.ok('GET', '/api/m/leave')).toEqual([]);
    expect(
      (await b.api.call('POST', `/api/m/leave/${r.id}/extension`, { to: '2026-12-09', reason: '延长' }))
        .status,
    ).toBe(404);
    expect((await b.api.call('POST', `/api/m/leave/${r.id}/return`, {})).status).toBe(404);
    // The staff cookie does not open the app's routes, nor the app cookie the staff's.
    expect((await apiAs(t, officerCookie).call('GET', '/api/m/leave')).status).toBe(401);
    expect((await a.api.call('GET', '/api/leave-requests')).status).toBe(401);
    // Another county's officer: not found; the social worker and the grid worker: 403.
    const sp = apiAs(t, await t.login('sp_officer'));
    expect((await sp.call('GET', `/api/leave-requests/${r.id}`)).status).toBe(404);
    expect((await sp.call('POST', `/api/leave-requests/${r.id}/acknowledge`, {})).status).toBe(404);
    expect(
      (await sp.ok('GET', '/api/leave-requests?status=all')).items.map((x: { id: string }) => x.id),
    ).not.toContain(r.id);
    const social = apiAs(t, await t.login('lst_social'));
    expect((await social.call('POST', `/api/leave-requests/${r.id}/acknowledge`, {})).status).toBe(403);
    const grid = apiAs(t, await t.login('lst_grid'));
    expect((await grid.call('POST', `/api/leave-requests/${r.id}/approve`, {})).status).toBe(403);
    // The police officer reads but does not acknowledge, nor set the county's policy.
    const police = apiAs(t, await t.login('lst_police'));
    expect((await police.call('POST', `/api/leave-requests/${r.id}/acknowledge`, {})).status).toBe(403);
    expect((await police.call('PUT', '/api/leave-policies/431103', { approvalRequired: true })).status).toBe(
      403,
    );
    expect((await officer.ok('GET', `/api/persons/${a.personId}/leave-requests`))[0].id).toBe(r.id);
    expect((await sp.call('GET', `/api/persons/${a.personId}/leave-requests`)).status).toBe(404);
  });
});

describe('请假审批 where the county agreement adds one (local policy)', () => {
  it('a county that turns the policy on gets requests to decide; a refusal is never 擅自离开; earlier reports keep their mode', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const report = await p.api.ok('POST', '/api/m/leave', trip('2026-12-20', '2026-12-24'));
    try {
      expect(await setApproval(true)).toMatchObject({
        approvalRequired: true,
        updatedAt: expect.any(String),
      });
      expect(await p.api.ok('GET', '/api/m/leave-policy')).toMatchObject({ approvalRequired: true });
      const r = await p.api.ok('POST', '/api/m/leave', trip('2026-12-10', '2026-12-14'));
      expect(r).toMatchObject({ mode: 'approval', status: 'pending' });
      // Nothing recorded until approved (no remote test on it either); acknowledging is not a decision.
      expect(await absencesOf(r.id)).toEqual([]);
      expect(await t.app.services.leave.isAwayOnLeave(p.personId, '2026-12-12')).toBe(false);
      expect((await officer.call('POST', `/api/leave-requests/${r.id}/acknowledge`, {})).body.code).toBe(
        'LEAVE_NEEDS_DECISION',
      );
      expect((await officer.call('POST', `/api/leave-requests/${r.id}/refuse`, { note: '' })).status).toBe(
        400,
      );
      expect(
        await officer.ok('POST', `/api/leave-requests/${r.id}/refuse`, { note: '理由不充分，请补充材料' }),
      ).toMatchObject({ status: 'refused', decisionNote: '理由不充分，请补充材料' });
      const told = await noticesOf(p.personId);
      expect(told).toEqual([{ title: '请假申请未获同意', body: expect.stringContaining('地方政策') }]);
      expect(told[0]!.body).not.toContain('擅自离开');
      expect(await absencesOf(r.id)).toEqual([]);
      expect((await p.api.call('POST', `/api/m/leave/${r.id}/return`, {})).status).toBe(409);

      // The report made before the policy changed stays a report.
      expect((await officer.ok('GET', `/api/leave-requests/${report.id}`)).mode).toBe('report');
      expect(
        (await officer.ok('POST', `/api/leave-requests/${report.id}/approve`, {})) as { status: string },
      ).toMatchObject({ status: 'acknowledged' });

      // 超时未审批: an undecided request lapses the day after its deadline, and can still be decided.
      const late = await p.api.ok('POST', '/api/m/leave', trip('2026-12-01', '2026-12-04'));
      await at('2026-11-30');
      await sweep();
      expect((await officer.ok('GET', `/api/leave-requests/${late.id}`)).status).toBe('pending');
      await at('2026-12-01');
      expect((await sweep()).leaveLapsed).toBeGreaterThanOrEqual(1);
      expect((await officer.ok('GET', `/api/leave-requests/${late.id}`)).status).toBe('lapsed');
      expect(await officer.ok('POST', `/api/leave-requests/${late.id}/approve`, {})).toMatchObject({
        status: 'approved',
      });
      expect(await absencesOf(late.id)).toEqual([
        { from_date: '2026-12-01', to_date: '2026-12-04', reported: true },
      ]);
      expect(await absenceViolationsOf(p.personId)).toEqual([]);
    } finally {
      await at('2026-11-29');
      await setApproval(false);
    }
    expect((await p.api.ok('POST', '/api/m/leave', trip('2027-01-05', '2027-01-09'))).status).toBe(
      'reported',
    );
  });
});

describe('超时未归 and 严重违反 under a moved clock (戒毒条例 第十九、二十条; 民法典 第二百零一条)', () => {
  it('an overstay starts on the reported day of return: 2 days no departure, 3 days a departure, 3 departures serious', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const departures = async () =>
      (await absenceViolationsOf(p.personId)).filter((v) => v.kind === 'departure');

    // Reported 12-01 → 12-02 (back Wednesday).
    await at('2026-12-01');
    const r1 = await p.api.ok('POST', '/api/m/leave', trip('2026-12-01', '2026-12-02'));
    // The day of return: not overdue.
    await at('2026-12-02');
    await sweep();
    expect((await officer.ok('GET', `/api/leave-requests/${r1.id}`)).status).toBe('reported');
    // The day after: 超时未归, whether or not the officer had acknowledged; no day counted yet.
    await at('2026-12-03');
    expect((await sweep()).leaveOverdue).toBe(1);
    expect(await officer.ok('GET', `/api/leave-requests/${r1.id}`)).toMatchObject({
      status: 'overdue',
      overstayDays: 1,
    });
    expect(await absencesOf(r1.id)).toEqual([
      { from_date: '2026-12-01', to_date: '2026-12-02', reported: true },
    ]);
    // No 续报 once overdue.
    const ext = await p.api.call('POST', `/api/m/leave/${r1.id}/extension`, {
      to: '2026-12-09',
      reason: '还要几天',
    });
    expect(ext.status).toBe(409);
    // 12-05: unreported 12-02 → 12-04, 2 days — not yet a departure.
    await at('2026-12-05');
    await sweep();
    expect(await departures()).toEqual([]);
    // 12-06: 12-02 → 12-05, 3 days without report — a departure (条例 第十九条).
    await at('2026-12-06');
    await sweep();
    expect(await departures()).toHaveLength(1);
    const closed = await p.api.ok('POST', `/api/m/leave/${r1.id}/return`, {});
    expect(closed).toMatchObject({ status: 'closed', returnedOn: '2026-12-06', overstayDays: 4 });
    // Reported 12-01 → 12-02 (1 day) + unreported 12-02 → 12-06 (4 days) = the 5 days away.
    expect(await absencesOf(r1.id)).toEqual([
      { from_date: '2026-12-01', to_date: '2026-12-02', reported: true },
      { from_date: '2026-12-02', to_date: '2026-12-06', reported: false },
    ]);
    const overstayOnce = async (from: string, to: string, backDay: string) => {
      await at(from);
      const r = await p.api.ok('POST', '/api/m/leave', trip(from, to));
      await at(backDay);
      await sweep();
      return p.api.ok('POST', `/api/m/leave/${r.id}/return`, {});
    };
    // Back on the 2nd day after the reported return: 2 days, nothing.
    expect(await overstayOnce('2026-12-08', '2026-12-09', '2026-12-11')).toMatchObject({ overstayDays: 2 });
    expect(await departures()).toHaveLength(1);
    // Two more overstays of 3 days: the third departure is 严重违反社区戒毒协议.
    expect(await overstayOnce('2026-12-13', '2026-12-14', '2026-12-17')).toMatchObject({ overstayDays: 3 });
    expect((await officer.ok('GET', `/api/measures/${p.measureId}`)).seriousViolation).toBe(false);
    await overstayOnce('2026-12-20', '2026-12-21', '2026-12-24');
    const m = await officer.ok('GET', `/api/measures/${p.measureId}`);
    expect(m).toMatchObject({ seriousViolation: true, seriousViolationReasons: ['departures'] });
    const police = (await officer.ok('GET', '/api/tasks?mine=1&kind=report_to_police')).items.filter(
      (x: { person: { id: string } }) => x.person.id === p.personId,
    );
    expect(police).toHaveLength(1);
  });

  it('戒毒条例 第二十条: 30 departure days are not serious, 31 are; short unreported trips add nothing', async () => {
    await at('2026-11-29');
    const thirty = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const thirtyOne = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    await at('2027-02-01');
    const away = (measureId: string, from: string, to: string) =>
      officer.ok('POST', `/api/measures/${measureId}/absences`, { from, to, reported: false });
    const record = async (measureId: string, firstBack: string) => {
      // A departure from 12-01, and a 3-day one in January.
      expect(await away(measureId, '2026-12-01', firstBack)).toMatchObject({ unauthorisedDeparture: true });
      expect(await away(measureId, '2027-01-10', '2027-01-13')).toMatchObject({
        days: 3,
        unauthorisedDeparture: true,
      });
      // Four 2-day trips without report (8 days away): they needed no report and count for nothing.
      for (const [from, to] of [
        ['2027-01-15', '2027-01-17'],
        ['2027-01-18', '2027-01-20'],
        ['2027-01-21', '2027-01-23'],
        ['2027-01-24', '2027-01-26'],
      ] as const)
        expect(await away(measureId, from, to)).toMatchObject({ days: 2, unauthorisedDeparture: false });
      return officer.ok('GET', `/api/measures/${measureId}`);
    };
    // 12-01 → 12-28 (27 days) + 3 = 30: not serious ("超过30日" excludes 30).
    expect(await record(thirty.measureId!, '2026-12-28')).toMatchObject({ seriousViolation: false });
    // 12-01 → 12-29 (28 days) + 3 = 31: serious.
    expect(await record(thirtyOne.measureId!, '2026-12-29')).toMatchObject({
      seriousViolation: true,
      seriousViolationReasons: ['absent_days'],
    });
  });
});
