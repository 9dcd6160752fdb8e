import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, personWithMeasure, staffIds } from '../../testing/supervision.ts';
import { createTestApp, personInput, testIdNumber, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
let officer: ReturnType<typeof apiAs>;
let staff: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp(); // today is 2026-11-29 in Asia/Shanghai
  officer = apiAs(t, await t.login('lst_officer'));
  staff = await staffIds(t);
});
afterAll(() => t.close());

describe('measures: decision, 报到, agreement (条例 第十四、十六条)', () => {
  it('opens with a 15-day report deadline, then 报到 starts a 3-year term and lays 22 test windows', async () => {
    const { person, measure } = await personWithMeasure(officer, '2026-11-20');
    // 11-20 + 15 = Saturday 12-05, a rest day: the period ends on Monday 12-07 (民法典 第二百零三条).
    expect(measure).toMatchObject({
      status: 'pending_report',
      reportDeadline: '2026-12-07',
      reportDeadlineExplained:
        '11月20日收到决定书，次日起算15日，届满日12月5日为休息日（星期六），顺延至12月7日（民法典第二百零一条、第二百零三条；戒毒条例第十四条）',
      refusalCandidate: false,
      transferredOn: null,
      termStart: null,
      seriousViolation: false,
    });
    expect((await officer.ok('GET', `/api/persons/${person.id}`)).status).toBe('pending_report');

    const reported = await officer.ok('POST', `/api/measures/${measure.id}/report`, {
      date: '2026-11-25',
      place: '梅湾街道禁毒办',
    });
    expect(reported).toMatchObject({
      status: 'executing',
      reportedDate: '2026-11-25',
      termStart: '2026-11-25',
      termEnd: '2029-11-25',
      reportTakenBy: { name: '李专干' },
      agreementSignedDate: null,
      agreementDueBy: '2026-12-02',
      agreementOverdue: false,
    });
    expect((await officer.ok('GET', `/api/persons/${person.id}`)).status).toBe('community_detox');

    const { tests } = await officer.ok('GET', `/api/measures/${measure.id}/tests`);
    const scheduled = tests.filter((x: { plan: string }) => x.plan === 'scheduled');
    expect(scheduled).toHaveLength(22);
    expect(scheduled[0]).toMatchObject({
      index: 0,
      windowStart: '2026-11-25',
      windowEnd: '2026-12-25',
      status: 'due',
    });
    expect(scheduled[1]).toMatchObject({ windowStart: '2026-12-25', status: 'upcoming' });
    expect(scheduled[21].windowEnd).toBe('2029-11-25');

    const signed = await officer.ok('POST', `/api/measures/${measure.id}/agreement`, {
      signedDate: '2026-11-26',
    });
    expect(signed.agreementSignedDate).toBe('2026-11-26');

    const again = await officer.call('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-26' });
    expect(again.status).toBe(409);
  });

  it('refuses a second live measure, dates in the future, and agreements before 报到', async () => {
    const { person, measure } = await personWithMeasure(officer, '2026-11-28');
    const second = await officer.call('POST', `/api/persons/${person.id}/measures`, {
      type: 'community_detox',
      decisionNo: 'X',
      decisionDate: '2026-11-28',
      receivedDate: '2026-11-28',
    });
    expect(second).toMatchObject({ status: 409, body: { code: 'MEASURE_ALREADY_LIVE' } });
    expect(
      (await officer.call('POST', `/api/measures/${measure.id}/agreement`, { signedDate: '2026-11-28' }))
        .status,
    ).toBe(409);
    const future = await officer.call('POST', `/api/measures/${measure.id}/report`, { date: '2026-12-01' });
    expect(future).toMatchObject({ status: 400, body: { issues: [{ path: 'date' }] } });
  });

  it('社区康复 takes a chosen term up to 36 months, and a 2-year plan has fewer windows than a 3-year one', async () => {
    const bad = await personWithMeasure(officer, '2026-11-28').then(({ person }) =>
      officer.call('POST', `/api/persons/${person.id}/measures`, {
        type: 'community_rehab',
        decisionNo: 'Y',
        decisionDate: '2026-11-28',
        receivedDate: '2026-11-28',
        termMonths: 48,
      }),
    );
    expect(bad.status).toBe(400);
    const two = await personWithMeasure(officer, '2026-11-28', {}, 'community_rehab', 24);
    await officer.ok('POST', `/api/measures/${two.measure.id}/report`, { date: '2026-11-28' });
    const three = await personWithMeasure(officer, '2026-11-28', {}, 'community_rehab', 36);
    await officer.ok('POST', `/api/measures/${three.measure.id}/report`, { date: '2026-11-28' });
    const count = async (id: string) =>
      (await officer.ok('GET', `/api/measures/${id}/tests`)).tests.filter(
        (x: { plan: string }) => x.plan === 'scheduled',
      ).length;
    expect(await count(two.measure.id)).toBe(10);
    expect(await count(three.measure.id)).toBe(12);
  });

  it('flags 禁毒法第三十九条 exemptions: a pregnant woman, a woman nursing a baby under one', async () => {
    const p = await officer.ok(
      'POST',
      '/api/persons',
      personInput({ name: '孕妇甲', idNumber: testIdNumber({ birth: '1992-03-15', female: true }) }),
    );
    const m = await officer.ok('POST', `/api/persons/${p.id}/measures`, {
      type: 'community_detox',
      decisionNo: 'Z',
      decisionDate: '2026-11-28',
      receivedDate: '2026-11-28',
      pregnant: true,
      nursingChildBirthDate: '2026-06-01',
    });
    expect(m.exemptions).toEqual(expect.arrayContaining(['pregnant', 'nursing_under_one']));
    expect(m.exemptions).not.toContain('under_16');
  });
});

describe('tests: results, collectors, positives (条例 第二十一条)', () => {
  it('records a result inside the window only, with two collectors, a woman for a woman’s urine', async () => {
    const { person, measure } = await personWithMeasure(officer, '2026-11-20', {
      idNumber: testIdNumber({ female: true }),
    });
    expect(person.gender).toBe('female');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-20' });
    const { tests } = await officer.ok('GET', `/api/measures/${measure.id}/tests`);
    const first = tests[0];
    const result = (collectorIds: string[], date = '2026-11-27') =>
      officer.call('POST', `/api/tests/${first.id}/result`, {
        kind: 'urine',
        outcome: 'negative',
        date,
        collectorIds,
      });

    expect((await result([staff.lst_police!, staff.lst_tester!])).body.code).toBe(
      'FEMALE_COLLECTOR_REQUIRED',
    );
    expect((await result([staff.lst_police!, staff.lst_police!])).status).toBe(400);
    expect((await result([staff.lst_officer!, staff.sp_officer!])).status).toBe(400); // another county
    expect((await result([staff.lst_officer!, staff.lst_police!], '2026-11-19')).body.code).toBe(
      'TEST_OUTSIDE_WINDOW',
    );
    const ok = await result([staff.lst_officer!, staff.lst_police!]);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      status: 'done',
      outcome: 'negative',
      date: '2026-11-27',
      sampleRetentionUntil: '2027-05-27', // six months (吸毒检测程序规定 第八条第二款, 2017 text)
    });
    expect(ok.body.collectors.map((c: { name: string }) => c.name).sort()).toEqual(
      ['李专干', '王警官'].sort(),
    );
    expect((await result([staff.lst_officer!, staff.lst_police!])).body.code).toBe('TEST_CLOSED');
  });

  it('a positive result is a test taken, a 复吸, and a report-to-police task', async () => {
    const { person, measure } = await personWithMeasure(officer, '2026-11-20');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-21' });
    const { tests } = await officer.ok('GET', `/api/measures/${measure.id}/tests`);
    await officer.ok('POST', `/api/tests/${tests[0].id}/result`, {
      kind: 'urine',
      outcome: 'positive',
      date: '2026-11-28',
      collectorIds: [staff.lst_officer, staff.lst_police],
    });
    const violations = await officer.ok('GET', `/api/persons/${person.id}/violations`);
    expect(violations).toEqual([
      expect.objectContaining({ kind: 'relapse', status: 'confirmed', date: '2026-11-28' }),
    ]);
    const tasks = (await officer.ok('GET', '/api/tasks?mine=1')).items.filter(
      (x: { person: { id: string } }) => x.person.id === person.id,
    );
    expect(tasks).toEqual([expect.objectContaining({ kind: 'report_to_police', dueDate: '2026-12-02' })]);
  });

  it('an unplanned hair test fills the open window its date falls in', async () => {
    const { measure } = await personWithMeasure(officer, '2026-11-20');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-21' });
    const hair = await officer.ok('POST', `/api/measures/${measure.id}/tests`, {
      kind: 'hair',
      outcome: 'negative',
      date: '2026-11-29',
      collectorIds: [staff.lst_officer, staff.lst_police],
    });
    expect(hair).toMatchObject({ plan: 'scheduled', index: 0, status: 'done', kind: 'hair' });
    const extra = await officer.ok('POST', `/api/measures/${measure.id}/tests`, {
      kind: 'retest',
      outcome: 'negative',
      date: '2026-11-29',
      collectorIds: [staff.lst_officer, staff.lst_police],
    });
    expect(extra).toMatchObject({ plan: 'extra', index: null, status: 'done' });
  });
});

describe('absences and 严重违反协议 (条例 第十九、二十条)', () => {
  it('a third unreported departure of 3+ days is a serious violation with a police task and evidence', async () => {
    const { person, measure } = await personWithMeasure(officer, '2026-01-02');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-01-05' });
    const absence = (from: string, to: string, reported: boolean) =>
      officer.ok('POST', `/api/measures/${measure.id}/absences`, {
        from,
        to,
        reported,
        destination: '广东省东莞市',
      });
    // 民法典 第二百零一条: the day of leaving is not counted.
    expect(await absence('2026-02-01', '2026-02-03', false)).toMatchObject({
      days: 2,
      unauthorisedDeparture: false,
    });
    expect(await absence('2026-03-01', '2026-03-10', true)).toMatchObject({
      days: 9,
      unauthorisedDeparture: false,
    });
    await absence('2026-04-01', '2026-04-04', false);
    await absence('2026-05-01', '2026-05-04', false);
    expect((await officer.ok('GET', `/api/measures/${measure.id}`)).seriousViolation).toBe(false);
    await absence('2026-06-01', '2026-06-04', false);
    const m = await officer.ok('GET', `/api/measures/${measure.id}`);
    expect(m).toMatchObject({ seriousViolation: true, seriousViolationReasons: ['departures'] });
    const kinds = (await officer.ok('GET', `/api/persons/${person.id}/violations`)).map(
      (v: { kind: string }) => v.kind,
    );
    expect(kinds.filter((k: string) => k === 'departure')).toHaveLength(3);
    expect(kinds).toContain('serious');
    const task = (await officer.ok('GET', '/api/tasks?mine=1&kind=report_to_police')).items.find(
      (x: { person: { id: string } }) => x.person.id === person.id,
    );
    expect(task.title).toContain('严重违反');
    expect(task.evidence.length).toBeGreaterThanOrEqual(4);
    expect(task.evidence.at(-1).label).toContain('第二十条');
  });

  it('counts departure days only (戒毒条例 第二十条): a short trip adds nothing, 31 in total is serious', async () => {
    const { measure } = await personWithMeasure(officer, '2026-01-02');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-01-05' });
    await officer.ok('POST', `/api/measures/${measure.id}/absences`, {
      from: '2026-02-01',
      to: '2026-03-01',
      reported: false,
    });
    await officer.ok('POST', `/api/measures/${measure.id}/absences`, {
      from: '2026-03-10',
      to: '2026-03-12',
      reported: false,
    });
    expect((await officer.ok('GET', `/api/measures/${measure.id}`)).seriousViolation).toBe(false);
    await officer.ok('POST', `/api/measures/${measure.id}/absences`, {
      from: '2026-04-10',
      to: '2026-04-13',
      reported: false,
    });
    expect((await officer.ok('GET', `/api/measures/${measure.id}`)).seriousViolationReasons).toContain(
      'absent_days',
    );
  });
});

describe('中止, 恢复, 终止, 变更执行地 (条例 第二十二、二十四条)', () => {
  it('suspension days extend the term', async () => {
    const { measure } = await personWithMeasure(officer, '2026-01-02');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-01-05' });
    await officer.ok('POST', `/api/measures/${measure.id}/suspend`, {
      date: '2026-03-01',
      reason: 'detention',
    });
    expect(
      (
        await officer.call('POST', `/api/measures/${measure.id}/suspend`, {
          date: '2026-03-02',
          reason: 'arrest',
        })
      ).status,
    ).toBe(409);
    const resumed = await officer.ok('POST', `/api/measures/${measure.id}/resume`, { date: '2026-03-11' });
    expect(resumed).toMatchObject({ status: 'executing', suspendedDays: 10, termEnd: '2029-01-15' });
  });

  it('a transfer moves the file with its history; the person re-reports there and the term continues', async () => {
    const { person, measure } = await personWithMeasure(officer, '2026-01-02');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-01-05' });
    const admin = apiAs(t, await t.login('yz_admin'));
    const moved = await admin.ok('POST', `/api/measures/${measure.id}/transfer`, {
      date: '2026-11-20',
      toTownshipId: '431123100',
    });
    expect(moved).toMatchObject({
      status: 'pending_report',
      township: { name: '泷泊镇' },
      // 条例 第二十二条: 15 days from the change, moved past the weekend (民法典 第二百零三条).
      reportDeadline: '2026-12-07',
      transferredOn: '2026-11-20',
      agreementDueBy: null,
      termStart: '2026-01-05',
      agreementSignedDate: null,
    });
    expect((await officer.call('GET', `/api/persons/${person.id}`)).status).toBe(404);
    const sp = apiAs(t, await t.login('sp_officer'));
    expect((await sp.ok('GET', `/api/persons/${person.id}`)).orgUnit.name).toBe('泷泊镇');
    const rereported = await sp.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-25' });
    expect(rereported).toMatchObject({
      status: 'executing',
      termStart: '2026-01-05',
      termEnd: '2029-01-05',
      reportedDate: '2026-11-25',
      transferredOn: '2026-11-20',
      // The new agreement (条例 第二十二条) is due 7 days after the report at the new place.
      agreementDueBy: '2026-12-02',
      agreementSignedDate: null,
    });
    const { tests } = await sp.ok('GET', `/api/measures/${measure.id}/tests`);
    expect(tests.filter((x: { plan: string }) => x.plan === 'scheduled')).toHaveLength(22);
  });

  it('termination closes the measure and cancels open tests', async () => {
    const { measure } = await personWithMeasure(officer, '2026-11-01');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-02' });
    const ended = await officer.ok('POST', `/api/measures/${measure.id}/terminate`, {
      date: '2026-11-28',
      reason: 'imprisonment',
    });
    expect(ended.status).toBe('terminated');
    const { tests } = await officer.ok('GET', `/api/measures/${measure.id}/tests`);
    expect(tests.every((x: { status: string }) => x.status === 'cancelled')).toBe(true);
    expect(
      (await officer.call('POST', `/api/measures/${measure.id}/resume`, { date: '2026-11-29' })).status,
    ).toBe(409);
  });
});

describe('who may do what', () => {
  it('police record tests but do not manage measures; grid workers only read their grid; leaders see nothing', async () => {
    const { person, measure } = await personWithMeasure(officer, '2026-11-20');
    const police = apiAs(t, await t.login('lst_police'));
    expect(
      (await police.call('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-21' })).status,
    ).toBe(403);
    expect((await police.call('GET', `/api/measures/${measure.id}`)).status).toBe(200);
    const grid = apiAs(t, await t.login('lst_grid'));
    expect((await grid.call('GET', `/api/measures/${measure.id}`)).status).toBe(404);
    const leader = apiAs(t, await t.login('yz_leader'));
    expect((await leader.call('GET', `/api/persons/${person.id}/measures`)).status).toBe(403);
    expect((await leader.call('GET', '/api/worklist')).status).toBe(403);
    const sp = apiAs(t, await t.login('sp_officer'));
    expect((await sp.call('GET', `/api/measures/${measure.id}/tests`)).status).toBe(404);
    expect((await sp.call('POST', '/api/system/sweep')).status).toBe(403);
  });
});
