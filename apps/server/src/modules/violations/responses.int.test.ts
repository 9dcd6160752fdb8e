import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, personWithMeasure, staffIds } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';

/**
 * How violations are answered, through the API: 批评教育 of an ordinary violation (禁毒法 第三十五条
 * 第二款), an on-the-spot refusal to be tested counted at once (戒毒条例 第二十条), and a 社区康复
 * seriously violated then relapsed, flagged for the police (戒毒条例 第三十八条 第二款).
 */
let t: TestApp;
let officer: ReturnType<typeof apiAs>;
let police: ReturnType<typeof apiAs>;
let staff: Record<string, string>;
async function at(day: string) {
  t.clock.set(`${day}T02:00:00.000Z`);
  officer = apiAs(t, await t.login('lst_officer'));
  police = apiAs(t, await t.login('lst_police'));
}

beforeAll(async () => {
  t = await createTestApp(); // 2026-11-29
  officer = apiAs(t, await t.login('lst_officer'));
  police = apiAs(t, await t.login('lst_police'));
  staff = await staffIds(t);
});
afterAll(() => t.close());

type TaskItem = {
  kind: string;
  status: string;
  measureId: string;
  title: string;
  evidence: { label: string }[];
};
const tasksOf = async (measureId: string, kind: string) =>
  ((await officer.ok('GET', `/api/tasks?status=all&kind=${kind}`)).items as TaskItem[]).filter(
    (x) => x.measureId === measureId,
  );

/** A person whose measure was received on 11-20 and reported on 11-25. */
async function reported(type: 'community_detox' | 'community_rehab' = 'community_detox') {
  const { person, measure } = await personWithMeasure(officer, '2026-11-20', {}, type);
  await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-25' });
  return { person, measure };
}

describe('批评教育 (禁毒法 第三十五条 第二款): an ordinary violation is educated before anything is escalated', () => {
  it('a departure opens an educate task; recording the education closes it and shows on the timeline', async () => {
    await at('2026-11-29');
    const { person, measure } = await reported();
    await police.ok('POST', `/api/measures/${measure.id}/absences`, {
      from: '2026-11-25',
      to: '2026-11-28',
      reported: false,
    });
    const [departure] = await officer.ok('GET', `/api/persons/${person.id}/violations`);
    expect(departure).toMatchObject({ kind: 'departure', status: 'confirmed' });
    const [task] = await tasksOf(measure.id, 'educate');
    expect(task).toMatchObject({ status: 'open', kind: 'educate', title: '擅自离开执行地（2026-11-25）' });
    expect(task!.evidence.map((e) => e.label)).toContain(
      '依据《禁毒法》第三十五条第二款：对违反协议的人员进行批评、教育',
    );
    // Not escalated: no report to the police for an ordinary violation.
    expect(await tasksOf(measure.id, 'report_to_police')).toEqual([]);

    const education = await police.call('POST', `/api/measures/${measure.id}/education`, {
      date: '2026-11-29',
      reason: '未经报告离开执行地4日',
      note: '已说明外出须书面报告，本人表示今后遵守',
      violationId: departure.id,
    });
    expect(education).toMatchObject({
      status: 201,
      body: {
        date: '2026-11-29',
        reason: '未经报告离开执行地4日',
        note: '已说明外出须书面报告，本人表示今后遵守',
        violation: { id: departure.id, kind: 'departure', date: '2026-11-25' },
        givenBy: { id: staff.lst_police },
      },
    });
    expect((await tasksOf(measure.id, 'educate'))[0]).toMatchObject({ status: 'done' });
    expect(await officer.ok('GET', `/api/measures/${measure.id}/education`)).toEqual([education.body]);
    const timeline = await officer.ok('GET', `/api/persons/${person.id}/timeline`);
    expect(timeline.find((e: { kind: string }) => e.kind === 'measure.education')).toMatchObject({
      date: '2026-11-29',
      title: '批评教育（禁毒法第三十五条第二款）',
      detail: '未经报告离开执行地4日',
    });
  });

  it('without a violation named, it closes the measure’s open 批评教育 tasks', async () => {
    await at('2026-11-29');
    const { measure } = await reported();
    await police.ok('POST', `/api/measures/${measure.id}/test-refusals`, { date: '2026-11-27' });
    expect((await tasksOf(measure.id, 'educate'))[0]).toMatchObject({ status: 'open' });
    await police.ok('POST', `/api/measures/${measure.id}/education`, {
      date: '2026-11-29',
      reason: '现场拒绝检测',
    });
    expect((await tasksOf(measure.id, 'educate'))[0]).toMatchObject({ status: 'done' });
  });

  it('refuses a future date, a date before the violation, and a violation of another measure', async () => {
    await at('2026-11-29');
    const a = await reported();
    const b = await reported();
    await police.ok('POST', `/api/measures/${b.measure.id}/test-refusals`, { date: '2026-11-28' });
    const [other] = await officer.ok('GET', `/api/persons/${b.person.id}/violations`);
    const url = `/api/measures/${a.measure.id}/education`;
    expect(await police.call('POST', url, { date: '2026-11-30', reason: '未按时检测' })).toMatchObject({
      status: 400,
      body: { issues: [{ path: 'date' }] },
    });
    expect(
      await police.call('POST', url, { date: '2026-11-29', reason: '未按时检测', violationId: other.id }),
    ).toMatchObject({
      status: 400,
      body: { issues: [{ path: 'violationId' }] },
    });
    expect(
      await police.call('POST', `/api/measures/${b.measure.id}/education`, {
        date: '2026-11-27',
        reason: '现场拒绝检测',
        violationId: other.id,
      }),
    ).toMatchObject({
      status: 400,
      body: { issues: [{ path: 'date', message: '日期不能早于违规日期（2026-11-28）' }] },
    });
    expect(await police.call('POST', url, { date: '2026-11-29', reason: '' })).toMatchObject({ status: 400 });
  });

  it('a missed window opens the task once the officer confirms it, not while it is a candidate', async () => {
    await at('2026-11-29');
    const { person, measure } = await reported();
    await at('2026-12-25'); // the first window [11-25, 12-25) closed untested
    const admin = apiAs(t, await t.login('lst_admin'));
    await admin.ok('POST', '/api/system/sweep');
    const [candidate] = await officer.ok('GET', `/api/persons/${person.id}/violations`);
    expect(candidate).toMatchObject({ kind: 'evasion', status: 'candidate' });
    expect(await tasksOf(measure.id, 'educate')).toEqual([]);
    await officer.ok('POST', `/api/violations/${candidate.id}/confirm`, { reason: null });
    expect((await tasksOf(measure.id, 'educate'))[0]).toMatchObject({ status: 'open' });
  });
});

describe('现场拒绝接受检测 (戒毒条例 第二十条): an evasion at once', () => {
  it('is a confirmed evasion closing the window it falls in; the sweep adds no second one for it', async () => {
    await at('2026-11-29');
    const { person, measure } = await reported();
    const res = await police.call('POST', `/api/measures/${measure.id}/test-refusals`, {
      date: '2026-11-28',
      note: '拒绝提供尿样',
    });
    const { tests } = await officer.ok('GET', `/api/measures/${measure.id}/tests`);
    const first = tests.find(
      (x: { index: number | null; plan: string }) => x.plan === 'scheduled' && x.index === 0,
    );
    expect(first).toMatchObject({ status: 'missed', note: '现场拒绝接受检测：拒绝提供尿样' });
    expect(res).toMatchObject({
      status: 201,
      body: {
        kind: 'evasion',
        status: 'confirmed',
        date: '2026-11-28',
        testId: first.id,
        reason: '现场拒绝接受检测：拒绝提供尿样',
        decidedBy: { id: staff.lst_police },
      },
    });
    // The same refusal sent twice is one refusal.
    expect(
      await police.call('POST', `/api/measures/${measure.id}/test-refusals`, { date: '2026-11-28' }),
    ).toMatchObject({
      status: 409,
      body: { code: 'TEST_REFUSAL_RECORDED' },
    });
    // The window's end passes: the sweep finds nothing more to raise for it.
    await at('2026-12-26');
    await apiAs(t, await t.login('lst_admin')).ok('POST', '/api/system/sweep');
    expect(await officer.ok('GET', `/api/persons/${person.id}/violations`)).toEqual([
      expect.objectContaining({ id: res.body.id, kind: 'evasion', status: 'confirmed' }),
    ]);
  });

  it('the third refusal is 严重违反协议 at once: reported to the police, not educated', async () => {
    await at('2026-11-29');
    const { person, measure } = await reported();
    for (const date of ['2026-11-26', '2026-11-27']) {
      await police.ok('POST', `/api/measures/${measure.id}/test-refusals`, { date });
    }
    expect((await officer.ok('GET', `/api/measures/${measure.id}`)).seriousViolation).toBe(false);
    expect(await tasksOf(measure.id, 'educate')).toHaveLength(2);
    const third = await police.ok('POST', `/api/measures/${measure.id}/test-refusals`, {
      date: '2026-11-29',
    });
    expect(third.testId).toBeNull(); // the window of 11-25 was closed by the first
    expect(await officer.ok('GET', `/api/measures/${measure.id}`)).toMatchObject({
      seriousViolation: true,
      seriousViolationReasons: ['evasions'],
    });
    expect(await tasksOf(measure.id, 'educate')).toHaveLength(2);
    expect(await tasksOf(measure.id, 'report_to_police')).toEqual([
      expect.objectContaining({ title: '严重违反社区戒毒（康复）协议，报告公安机关' }),
    ]);
    const kinds = (await officer.ok('GET', `/api/persons/${person.id}/violations`)).map(
      (v: { kind: string }) => v.kind,
    );
    expect(kinds.sort()).toEqual(['evasion', 'evasion', 'evasion', 'serious']);
  });

  it('is refused before 报到, for a future day, and without the permission', async () => {
    await at('2026-11-29');
    const { measure } = await personWithMeasure(officer, '2026-11-20');
    expect(
      await police.call('POST', `/api/measures/${measure.id}/test-refusals`, { date: '2026-11-28' }),
    ).toMatchObject({
      status: 409,
      body: { code: 'NOT_REPORTED' },
    });
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-25' });
    expect(
      await police.call('POST', `/api/measures/${measure.id}/test-refusals`, { date: '2026-11-30' }),
    ).toMatchObject({
      status: 400,
      body: { issues: [{ path: 'date' }] },
    });
    const grid = apiAs(t, await t.login('lst_grid'));
    expect(
      (await grid.call('POST', `/api/measures/${measure.id}/test-refusals`, { date: '2026-11-28' })).status,
    ).toBe(403);
  });
});

describe('社区康复 refused or seriously violated, then relapse (戒毒条例 第三十八条 第二款)', () => {
  const positive = (measureId: string, date: string) =>
    police.ok('POST', `/api/measures/${measureId}/tests`, {
      kind: 'urine',
      outcome: 'positive',
      date,
      collectorIds: [staff.lst_police, staff.lst_officer],
    });

  async function seriouslyViolated(type: 'community_detox' | 'community_rehab') {
    const m = await reported(type);
    for (const date of ['2026-11-25', '2026-11-26', '2026-11-27'])
      await police.ok('POST', `/api/measures/${m.measure.id}/test-refusals`, { date });
    return m;
  }

  it('flags the measure and reports it to the police with the serious violation and the positive test', async () => {
    await at('2026-11-29');
    const { person, measure } = await seriouslyViolated('community_rehab');
    expect((await officer.ok('GET', `/api/measures/${measure.id}`)).noEarlyRelease).toBe(false);
    // The serious violation is on record from today (the day it was found): a relapse before it is
    // not "followed by", one today is.
    await positive(measure.id, '2026-11-28');
    expect((await officer.ok('GET', `/api/measures/${measure.id}`)).noEarlyRelease).toBe(false);
    await positive(measure.id, '2026-11-29');
    expect((await officer.ok('GET', `/api/measures/${measure.id}`)).noEarlyRelease).toBe(true);
    const task = (await tasksOf(measure.id, 'report_to_police')).find((x) =>
      x.title.includes('不得提前解除'),
    );
    expect(task?.evidence.map((e) => e.label)).toEqual([
      expect.stringContaining('严重违反协议'),
      '其后检测阳性（复吸，urine）',
      '依据《戒毒条例》第三十八条第二款：被决定强制隔离戒毒的，强制隔离戒毒不得提前解除',
    ]);
    const timeline = await officer.ok('GET', `/api/persons/${person.id}/timeline`);
    expect(timeline.find((e: { kind: string }) => e.kind === 'measure.no_early_release')).toMatchObject({
      date: '2026-11-29',
      detail: '戒毒条例第三十八条第二款：强制隔离戒毒不得提前解除',
    });
    // A further relapse adds no second flag task.
    await positive(measure.id, '2026-11-29');
    expect(
      (await tasksOf(measure.id, 'report_to_police')).filter((x) => x.title.includes('不得提前解除')),
    ).toHaveLength(1);
  });

  it('a relapse without a prior refusal or serious violation, and any 社区戒毒, are not flagged', async () => {
    await at('2026-11-29');
    const plain = await reported('community_rehab');
    await positive(plain.measure.id, '2026-11-28');
    expect((await officer.ok('GET', `/api/measures/${plain.measure.id}`)).noEarlyRelease).toBe(false);

    const detox = await seriouslyViolated('community_detox');
    await positive(detox.measure.id, '2026-11-28');
    expect((await officer.ok('GET', `/api/measures/${detox.measure.id}`)).noEarlyRelease).toBe(false);
  });
});
