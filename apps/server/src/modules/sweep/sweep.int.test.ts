import { drawRandomTestDays } from '@taobo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, personWithMeasure, staffIds } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';
import { quarterOf } from './steps/randomDraws.ts';

let t: TestApp;
let officer: ReturnType<typeof apiAs>;
let admin: ReturnType<typeof apiAs>;
let staff: Record<string, string>;
/** Moves the clock to 10:00 (Asia/Shanghai) on `day`; sessions idle that long have expired, so sign in again. */
async function at(day: string) {
  t.clock.set(`${day}T02:00:00.000Z`);
  officer = apiAs(t, await t.login('lst_officer'));
  admin = apiAs(t, await t.login('lst_admin'));
}
const sweep = async () => (await admin.ok('POST', '/api/system/sweep')) as Record<string, number | string>;

beforeAll(async () => {
  t = await createTestApp();
  officer = apiAs(t, await t.login('lst_officer'));
  admin = apiAs(t, await t.login('lst_admin'));
  staff = await staffIds(t);
});
afterAll(() => t.close());

async function snapshot() {
  const [violations, tasks, tests, measures, draws] = await Promise.all([
    t.db.selectFrom('violations').select(['dedupe_key', 'status']).orderBy('dedupe_key').execute(),
    t.db.selectFrom('tasks').select(['dedupe_key', 'status', 'due_date']).orderBy('dedupe_key').execute(),
    t.db.selectFrom('tests').select(['id', 'status']).orderBy('id').execute(),
    t.db.selectFrom('measures').select(['id', 'status', 'serious_violation']).orderBy('id').execute(),
    t.db.selectFrom('random_draws').select(['id', 'days']).orderBy('id').execute(),
  ]);
  return { violations, tasks, tests, measures, draws };
}

describe('the daily sweep', () => {
  it('day 15 is in time; day 16 makes a refusal candidate for the officer, never an automatic 视为拒绝 (条例 第十四条)', async () => {
    await at('2026-11-01');
    const { person, measure } = await personWithMeasure(officer, '2026-11-01');
    expect(measure.reportDeadline).toBe('2026-11-16');
    await at('2026-11-16');
    expect((await sweep()).refusalCandidates).toBe(0);
    expect(await officer.ok('GET', `/api/measures/${measure.id}`)).toMatchObject({
      status: 'pending_report',
      refusalCandidate: false,
    });
    await at('2026-11-17');
    expect((await sweep()).refusalCandidates).toBe(1);
    expect(await officer.ok('GET', `/api/measures/${measure.id}`)).toMatchObject({
      status: 'pending_report',
      refusalCandidate: true,
    });
    const tasks = (await officer.ok('GET', '/api/tasks?mine=1')).items.filter(
      (x: { person: { id: string } }) => x.person.id === person.id,
    );
    expect(tasks).toEqual([expect.objectContaining({ kind: 'decide_refusal', dueDate: '2026-11-17' })]);
    // No violation until the officer decides.
    expect(await officer.ok('GET', `/api/persons/${person.id}/violations`)).toEqual([]);
    // A second sweep does not flag it again.
    expect((await sweep()).refusalCandidates).toBe(0);
  });

  it('sweeping twice gives the same state as sweeping once, and the second run changes nothing', async () => {
    await at('2027-03-01');
    const first = await sweep();
    const before = await snapshot();
    const second = await sweep();
    expect(await snapshot()).toEqual(before);
    for (const key of [
      'refusalCandidates',
      'lateRereports',
      'missedTests',
      'excusedTests',
      'released',
      'seriousViolations',
      'abstinent',
      'randomDraws',
      'tasksOpened',
    ]) {
      expect(second[key], key).toBe(0);
    }
    expect(first.date).toBe('2027-03-01');
  });

  it('draws random test days that anyone can re-draw from the recorded seed', async () => {
    await at('2027-04-01');
    const { measure } = await personWithMeasure(officer, '2027-04-01');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2027-04-01' });
    const result = await sweep();
    expect(result.randomDraws).toBeGreaterThanOrEqual(1);
    const { randomDraws, tests } = await officer.ok('GET', `/api/measures/${measure.id}/tests`);
    expect(randomDraws).toHaveLength(1);
    const d = randomDraws[0];
    expect(d).toMatchObject({ periodStart: '2027-04-01', periodEnd: quarterOf('2027-04-01').end, quota: 1 });
    expect(
      drawRandomTestDays({
        seed: d.seed,
        periodStart: d.periodStart,
        periodEnd: d.periodEnd,
        quota: d.quota,
      }),
    ).toEqual(d.days);
    expect(
      tests
        .filter((x: { plan: string }) => x.plan === 'random')
        .map((x: { windowStart: string }) => x.windowStart),
    ).toEqual(d.days);
    await at('2027-04-02');
    await sweep();
    expect((await officer.ok('GET', `/api/measures/${measure.id}/tests`)).randomDraws).toHaveLength(1);
  });
});

describe('one person over three years, with a moving clock', () => {
  it('reports, tests, misses, is excused, suspended, released, and is marked abstinent three years later', async () => {
    await at('2027-01-04');
    // This walk follows the schedule; the county turns unannounced random tests off.
    const policy = await admin.ok('GET', '/api/test-policies/431103');
    expect(policy.randomPerQuarter).toBe(1);
    const { countyId: _c, updatedAt: _u, ...input } = policy;
    expect(
      (await officer.call('PUT', '/api/test-policies/431103', { ...input, randomPerQuarter: 0 })).status,
    ).toBe(403);
    await admin.ok('PUT', '/api/test-policies/431103', { ...input, randomPerQuarter: 0 });
    const { person, measure } = await personWithMeasure(officer, '2027-01-04', {
      firstFoundDate: '2026-10-01',
    });
    await at('2027-01-10');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2027-01-10', place: '梅湾街道' });
    await officer.ok('POST', `/api/measures/${measure.id}/agreement`, { signedDate: '2027-01-10' });
    const collectors = [staff.lst_officer!, staff.lst_police!];

    const scheduled = async () =>
      (await officer.ok('GET', `/api/measures/${measure.id}/tests`)).tests.filter(
        (x: { plan: string }) => x.plan === 'scheduled',
      );
    const windows = await scheduled();
    expect(windows).toHaveLength(22);

    // Take every scheduled test on the second day of its window, except windows 3 and 4, which are
    // missed; window 3 is excused, window 4 confirmed. Custody from 2028-02-01 to 2028-02-20.
    let suspended = false;
    for (const w of windows) {
      if (!suspended && w.windowStart >= '2028-02-01') {
        await at('2028-02-01');
        await sweep();
        await officer.ok('POST', `/api/measures/${measure.id}/suspend`, {
          date: '2028-02-01',
          reason: 'detention',
        });
        await at('2028-02-20');
        await sweep();
        await officer.ok('POST', `/api/measures/${measure.id}/resume`, { date: '2028-02-20' });
        suspended = true;
      }
      const day = w.windowStart.slice(0, 8) + String(Number(w.windowStart.slice(8)) + 1).padStart(2, '0');
      await at(day);
      await sweep();
      if (w.index === 3 || w.index === 4) continue;
      const current = (await scheduled()).find((x: { id: string }) => x.id === w.id);
      if (current.status !== 'due') continue; // excused while in custody
      await officer.ok('POST', `/api/tests/${w.id}/result`, {
        kind: 'urine',
        outcome: 'negative',
        date: day,
        collectorIds: collectors,
      });
    }

    const candidates = (await officer.ok('GET', `/api/persons/${person.id}/violations`)).filter(
      (v: { kind: string; status: string }) => v.kind === 'evasion' && v.status === 'candidate',
    );
    expect(candidates).toHaveLength(2);
    await officer.ok('POST', `/api/violations/${candidates[1].id}/excuse`, {
      reason: '住院治疗，有医院证明',
    });
    await officer.ok('POST', `/api/violations/${candidates[0].id}/confirm`, {});

    const m = await officer.ok('GET', `/api/measures/${measure.id}`);
    expect(m).toMatchObject({
      status: 'executing',
      suspendedDays: 19,
      termEnd: '2030-01-29',
      seriousViolation: false,
    });

    // The term ends: released, with a task to record the police's notice, due the day the police
    // should have notified by (条例 第二十三条: 7 days).
    await at('2030-01-28');
    expect((await sweep()).released).toBe(0);
    await at('2030-01-29');
    const end = await sweep();
    expect(end.released).toBe(1);
    expect((await officer.ok('GET', `/api/measures/${measure.id}`)).status).toBe('released');
    const notice = (await officer.ok('GET', '/api/tasks?mine=1&kind=record_release_notice')).items.find(
      (x: { person: { id: string } }) => x.person.id === person.id,
    );
    expect(notice.dueDate).toBe('2030-02-05');
    // 戒断3年未复吸: the last known use is the term start (no positive test since), and the term ran
    // three years and 19 days, so the released person is abstinent on release day.
    expect(end.abstinent).toBeGreaterThanOrEqual(1);
    expect((await officer.ok('GET', `/api/persons/${person.id}`)).status).toBe('abstinent');

    const timeline = await officer.ok('GET', `/api/persons/${person.id}/timeline`);
    const titles = timeline.map((e: { title: string }) => e.title);
    for (const title of ['报到', '签订协议', '中止执行', '恢复执行', '期满解除'])
      expect(titles).toContain(title);
    expect(titles.filter((x: string) => x.startsWith('现场尿检')).length).toBeGreaterThanOrEqual(18);
  });
});
