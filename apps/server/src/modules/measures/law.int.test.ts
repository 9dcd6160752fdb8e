// Issue 9, through the API with a moving clock: holidays in deadlines (民法典 第二百零三条), the
// officer's decision on a missed 报到 (戒毒条例 第十四条), transfers (第二十二条), custody before 报到
// (第二十四条), the police's release notice (第二十三条) and the holiday schedule an admin enters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, personWithMeasure } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
let officer: ReturnType<typeof apiAs>;
let admin: ReturnType<typeof apiAs>;

/** 10:00 in Shanghai on `day`, signed in again (idle sessions expire when the clock jumps). */
async function at(day: string) {
  t.clock.set(`${day}T02:00:00.000Z`);
  officer = apiAs(t, await t.login('lst_officer'));
  admin = apiAs(t, await t.login('lst_admin'));
}
const sweep = async () => (await admin.ok('POST', '/api/system/sweep')) as Record<string, number>;
const tasksOf = async (personId: string) =>
  (await officer.ok('GET', '/api/tasks?status=all&pageSize=100')).items.filter(
    (x: { person: { id: string } }) => x.person.id === personId,
  ) as { kind: string; status: string; dueDate: string | null; evidence: { label: string }[] }[];

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('民法典 第二百零三条 and 戒毒条例 第十四条: holidays, then the officer decides', () => {
  it('a decision received 2026-09-21 is due 10-08, not 10-06; day 10-09 makes a candidate, not a refusal', async () => {
    await at('2026-09-21');
    const { person, measure } = await personWithMeasure(officer, '2026-09-21');
    expect(measure.reportDeadline).toBe('2026-10-08');
    expect(measure.reportDeadlineExplained).toBe(
      '9月21日收到决定书，次日起算15日，届满日10月6日为法定节假日（国庆节），顺延至10月8日（民法典第二百零一条、第二百零三条；戒毒条例第十四条）',
    );
    expect(measure.explain.reportDeadline.en).toContain('2026-10-08');

    await at('2026-10-08'); // the last day, in time
    await sweep();
    expect((await officer.ok('GET', `/api/measures/${measure.id}`)).refusalCandidate).toBe(false);

    await at('2026-10-09');
    expect((await sweep()).refusalCandidates).toBeGreaterThanOrEqual(1);
    expect(await officer.ok('GET', `/api/measures/${measure.id}`)).toMatchObject({
      status: 'pending_report',
      refusalCandidate: true,
    });
    expect(await tasksOf(person.id)).toEqual([
      expect.objectContaining({ kind: 'decide_refusal', status: 'open' }),
    ]);

    // Bad decisions are refused with codes, never a 500.
    const decide = (body: object) =>
      officer.call('POST', `/api/measures/${measure.id}/refusal-decision`, body);
    expect((await decide({ decision: 'justified', reason: '住院治疗' })).body).toMatchObject({
      code: 'VALIDATION',
    });
    expect((await decide({ decision: 'maybe', reason: '住院治疗' })).status).toBe(400);
    expect(
      (await decide({ decision: 'justified', reason: '住院治疗', newDeadline: '2026-10-08' })).body,
    ).toMatchObject({ code: 'VALIDATION' });

    // 正当理由: hospitalised; the officer gives a new deadline; no violation.
    const justified = await officer.ok('POST', `/api/measures/${measure.id}/refusal-decision`, {
      decision: 'justified',
      reason: '住院治疗，有医院证明',
      newDeadline: '2026-10-20',
    });
    expect(justified).toMatchObject({
      status: 'pending_report',
      refusalCandidate: false,
      reportDeadline: '2026-10-20',
      reportDeadlineExplained:
        '经审查有正当理由（住院治疗，有医院证明），报到期限延长至10月20日（戒毒条例第十四条）',
    });
    expect((await decide({ decision: 'refused', reason: '无故不来' })).body).toMatchObject({
      code: 'NO_REFUSAL_CANDIDATE',
    });
    expect(await officer.ok('GET', `/api/persons/${person.id}/violations`)).toEqual([]);
    expect((await tasksOf(person.id)).map((x) => [x.kind, x.status])).toEqual([['decide_refusal', 'done']]);

    // The new deadline passes too: a new candidate; now 视为拒绝, a confirmed violation and the police.
    await at('2026-10-21');
    await sweep();
    const refused = await officer.ok('POST', `/api/measures/${measure.id}/refusal-decision`, {
      decision: 'refused',
      reason: '多次电话通知，拒不到场',
    });
    expect(refused).toMatchObject({ status: 'refused', refusalCandidate: false });
    expect((await officer.ok('GET', `/api/persons/${person.id}`)).status).toBe('other');
    expect((await officer.ok('GET', `/api/persons/${person.id}/violations`))[0]).toMatchObject({
      kind: 'refusal',
      status: 'confirmed',
    });
    const police = (await tasksOf(person.id)).find((x) => x.kind === 'report_to_police');
    // Known 2026-10-21 (Wednesday) + 3 days = Saturday 10-24 → Monday 10-26.
    expect(police).toMatchObject({ status: 'open', dueDate: '2026-10-26' });
    expect(police!.evidence.map((e) => e.label).join('；')).toContain('多次电话通知，拒不到场');
  });

  it('a person detained before 报到 is suspended, and reports within 15 days of release (条例 第二十四条)', async () => {
    await at('2026-11-02');
    const { measure } = await personWithMeasure(officer, '2026-11-02');
    await at('2026-11-05');
    const suspended = await officer.ok('POST', `/api/measures/${measure.id}/suspend`, {
      date: '2026-11-04',
      reason: 'detention',
    });
    expect(suspended).toMatchObject({ status: 'suspended', termStart: null });
    await at('2026-11-30');
    await sweep(); // the old deadline (11-17) passed while in custody: nothing to decide
    expect((await officer.ok('GET', `/api/measures/${measure.id}`)).refusalCandidate).toBe(false);
    const resumed = await officer.ok('POST', `/api/measures/${measure.id}/resume`, { date: '2026-11-30' });
    expect(resumed).toMatchObject({
      status: 'pending_report',
      termStart: null,
      reportDeadline: '2026-12-15',
    });
    expect(resumed.reportDeadlineExplained).toContain('11月30日解除羁押、恢复执行');
  });
});

describe('戒毒条例 第二十二条: a missed re-report after a transfer is not 视为拒绝', () => {
  it('opens an overdue task and a candidate violation of the agreement; the status stays 待报到', async () => {
    await at('2026-11-02');
    const { person, measure } = await personWithMeasure(officer, '2026-11-02');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-02' });
    await at('2026-11-05');
    const yz = apiAs(t, await t.login('yz_admin'));
    const moved = await yz.ok('POST', `/api/measures/${measure.id}/transfer`, {
      date: '2026-11-05',
      toTownshipId: '431123100',
    });
    expect(moved).toMatchObject({ transferredOn: '2026-11-05', reportDeadline: '2026-11-20' });
    expect(moved.reportDeadlineExplained).toContain('戒毒条例第二十二条');

    await at('2026-11-21');
    const result = await sweep();
    expect(result.lateRereports).toBeGreaterThanOrEqual(1);
    const sp = apiAs(t, await t.login('sp_officer'));
    expect(await sp.ok('GET', `/api/measures/${measure.id}`)).toMatchObject({
      status: 'pending_report',
      refusalCandidate: false,
      termStart: '2026-11-02',
    });
    const violations = await sp.ok('GET', `/api/persons/${person.id}/violations`);
    expect(violations).toEqual([expect.objectContaining({ kind: 'late_rereport', status: 'candidate' })]);
    const tasks = (await sp.ok('GET', '/api/tasks?pageSize=100')).items.filter(
      (x: { person: { id: string } }) => x.person.id === person.id,
    );
    expect(tasks.map((x: { kind: string }) => x.kind)).toEqual(['report_overdue']);
    const refuse = await sp.call('POST', `/api/measures/${measure.id}/refusal-decision`, {
      decision: 'refused',
      reason: '未到新执行地报到',
    });
    expect(refuse.body).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(refuse.body.message).toContain('第二十二条');
    // A second sweep flags nothing again.
    expect((await sweep()).lateRereports).toBe(0);
    // Reporting closes the overdue task.
    await sp.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-21' });
    const after = (await sp.ok('GET', '/api/tasks?status=all&pageSize=100')).items.filter(
      (x: { person: { id: string } }) => x.person.id === person.id,
    );
    expect(after.map((x: { kind: string; status: string }) => [x.kind, x.status])).toEqual([
      ['report_overdue', 'done'],
    ]);
  });
});

describe('戒毒条例 第二十三条: the police issue the release notice; the township records it', () => {
  it('opens a task at term end, records the notice, tells the person, and prints the township paperwork', async () => {
    await at('2026-11-02');
    const { person, measure } = await personWithMeasure(officer, '2026-11-02', {}, 'community_rehab', 1);
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-02' });
    const notice = {
      noticeNo: '冷公（禁）解字〔2026〕12号',
      date: '2026-12-03',
      issuer: '永州市公安局冷水滩分局',
    };
    expect(
      (await officer.call('POST', `/api/measures/${measure.id}/release-notice`, notice)).body,
    ).toMatchObject({
      code: 'NOT_RELEASED',
    });

    await at('2026-12-02'); // term start 11-02 + 1 month
    await sweep();
    const released = await officer.ok('GET', `/api/measures/${measure.id}`);
    expect(released).toMatchObject({ status: 'released', termEnd: '2026-12-02', releaseNotice: null });
    // The 7 days are the police's: 12-02 + 7 = Wednesday 12-09.
    expect(released.explain.releaseNoticeBy.zh).toContain('公安机关');
    const task = (await tasksOf(person.id)).find((x) => x.kind === 'record_release_notice');
    expect(task).toMatchObject({ status: 'open', dueDate: '2026-12-09' });

    const pdf = (cookieFor: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/measures/${measure.id}/release.pdf`,
        headers: { cookie: cookieFor },
      });
    const cookie = await t.login('lst_officer');
    expect((await pdf(cookie)).json()).toMatchObject({ code: 'RELEASE_NOTICE_MISSING' });

    await at('2026-12-03');
    expect(
      (
        await officer.call('POST', `/api/measures/${measure.id}/release-notice`, {
          ...notice,
          date: '2026-12-01',
        })
      ).body,
    ).toMatchObject({ code: 'VALIDATION' });
    const recorded = await officer.ok('POST', `/api/measures/${measure.id}/release-notice`, notice);
    expect(recorded.releaseNotice).toMatchObject({
      noticeNo: notice.noticeNo,
      date: '2026-12-03',
      issuer: notice.issuer,
    });
    expect((await tasksOf(person.id)).find((x) => x.kind === 'record_release_notice')!.status).toBe('done');
    const inbox = await t.db
      .selectFrom('notifications')
      .select(['kind', 'body'])
      .where('person_id', '=', person.id)
      .where('kind', '=', 'release')
      .execute();
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.body).toContain(notice.noticeNo);

    const res = await pdf(await t.login('lst_officer'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', person.id)
      .where('action', 'in', ['measure.release_notice', 'measure.release.print'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['measure.release.print', 'measure.release_notice']);
  });
});

describe('the holiday schedule an administrator enters (民法典 第二百零三条)', () => {
  it('moves the 报到 deadlines it changes, and only an administrator may enter it', async () => {
    await at('2026-12-17');
    const { measure } = await personWithMeasure(officer, '2026-12-17');
    // 2027 is not in the package yet: 2027-01-01 is a Friday, so weekends alone leave it there.
    expect(measure.reportDeadline).toBe('2027-01-01');
    expect(measure.reportDeadlineExplained).toContain('2027年放假安排尚未录入');
    const year = await officer.ok('GET', '/api/calendar/years/2027');
    expect(year).toMatchObject({ year: 2027, official: false, days: [] });
    expect((await officer.ok('GET', '/api/calendar/years/2026')).official).toBe(true);

    const schedule = {
      days: [
        { date: '2027-01-01', kind: 'rest', name: '元旦' },
        { date: '2027-02-20', kind: 'work', name: '春节' },
      ],
    };
    expect((await officer.call('PUT', '/api/calendar/years/2027', schedule)).status).toBe(403);
    expect(
      (
        await admin.call('PUT', '/api/calendar/years/2027', {
          days: [{ date: '2026-12-31', kind: 'rest', name: 'x' }],
        })
      ).body,
    ).toMatchObject({ code: 'VALIDATION' });
    expect(
      (await admin.call('PUT', '/api/calendar/years/2027', { days: [schedule.days[0], schedule.days[0]] }))
        .status,
    ).toBe(400);
    const saved = await admin.ok('PUT', '/api/calendar/years/2027', schedule);
    expect(saved.deadlinesMoved).toBeGreaterThanOrEqual(1);
    expect(saved.days).toEqual([
      { date: '2027-01-01', kind: 'rest', name: '元旦', source: 'entered' },
      { date: '2027-02-20', kind: 'work', name: '春节', source: 'entered' },
    ]);
    const moved = await officer.ok('GET', `/api/measures/${measure.id}`);
    // 01-01 a holiday, 01-02/03 the weekend: Monday 01-04.
    expect(moved.reportDeadline).toBe('2027-01-04');
    expect(moved.reportDeadlineExplained).toBe(
      '12月17日收到决定书，次日起算15日，届满日2027年1月1日为法定节假日（元旦），顺延至2027年1月4日（民法典第二百零一条、第二百零三条；戒毒条例第十四条）',
    );
    const audit = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'calendar.year.save')
      .execute();
    expect(audit).toHaveLength(1);
    // Two administrators saving the same year at once: both answered, one schedule kept, never a 500.
    const saves = await Promise.all(
      [
        { days: [{ date: '2027-01-01', kind: 'rest', name: '元旦' }] },
        {
          days: [
            { date: '2027-01-01', kind: 'rest', name: '元旦' },
            { date: '2027-02-20', kind: 'work', name: '春节' },
          ],
        },
        schedule,
        schedule,
      ].map((body) => admin.call('PUT', '/api/calendar/years/2027', body)),
    );
    expect(saves.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const kept = (await officer.ok('GET', '/api/calendar/years/2027')).days.length;
    expect([1, 2]).toContain(kept);
    await admin.ok('PUT', '/api/calendar/years/2027', schedule);
    // Entered days are the console's too, for its previews.
    expect(await officer.ok('GET', '/api/calendar/days')).toEqual(schedule.days);
  });
});
