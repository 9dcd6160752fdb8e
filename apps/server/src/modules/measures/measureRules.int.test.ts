import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, personWithMeasure } from '../../testing/supervision.ts';
import { createTestApp, personInput, testIdNumber, type TestApp } from '../../testing/testApp.ts';

/**
 * Issue 9, items 6–8, through the API: 折抵 (条例 第三十一条), the place of execution (禁毒法 第三十三条
 * 第二款), 禁毒法 第三十九条 judged again as facts and days change, the measure type by its label,
 * and test windows for the days 中止 adds (条例 第二十四条).
 */
let t: TestApp;
let officer: ReturnType<typeof apiAs>;
/** Moves the clock to 10:00 (Asia/Shanghai) on `day`, and signs in again. */
async function at(day: string) {
  t.clock.set(`${day}T02:00:00.000Z`);
  officer = apiAs(t, await t.login('lst_officer'));
}

beforeAll(async () => {
  t = await createTestApp(); // 2026-11-29
  officer = apiAs(t, await t.login('lst_officer'));
});
afterAll(() => t.close());

const decision = (over: object = {}) => ({
  type: 'community_detox',
  decisionNo: '冷公（禁）决字〔2026〕0901号',
  decisionDate: '2026-11-20',
  receivedDate: '2026-11-20',
  ...over,
});
const newPerson = async (over: object = {}) => officer.ok('POST', '/api/persons', personInput(over));

describe('折抵 (戒毒条例 第三十一条): only on 社区戒毒, with the change decision it comes from', () => {
  const basis = { decisionNo: '冷公（禁）变字〔2026〕12号', decisionDate: '2026-11-18' };

  it('refuses any credit on 社区康复, with its code and field', async () => {
    const p = await newPerson();
    const res = await officer.call(
      'POST',
      `/api/persons/${p.id}/measures`,
      decision({ type: 'community_rehab', creditDays: 1, creditBasis: basis }),
    );
    expect(res).toMatchObject({
      status: 400,
      body: { code: 'CREDIT_NOT_ALLOWED', issues: [{ path: 'creditDays' }] },
    });
    expect(res.body.message).toContain('社区康复不得折抵');
  });

  it('requires the change decision for a credit on 社区戒毒, dated no later than the decision', async () => {
    const p = await newPerson();
    const url = `/api/persons/${p.id}/measures`;
    expect(await officer.call('POST', url, decision({ creditDays: 30 }))).toMatchObject({
      status: 400,
      body: { code: 'CREDIT_BASIS_REQUIRED', issues: [{ path: 'creditBasis.decisionNo' }] },
    });
    expect(
      await officer.call(
        'POST',
        url,
        decision({ creditDays: 30, creditBasis: { ...basis, decisionDate: '2026-11-21' } }),
      ),
    ).toMatchObject({ status: 400, body: { issues: [{ path: 'creditBasis.decisionDate' }] } });
    // A credit of 0 days needs no basis, and keeps none.
    const none = await officer.ok('POST', url, decision({ creditDays: 0, creditBasis: basis }));
    expect(none).toMatchObject({ creditDays: 0, creditBasis: null });
  });

  it('keeps the basis beside the credited days, and the days shorten the term', async () => {
    const p = await newPerson();
    const m = await officer.ok(
      'POST',
      `/api/persons/${p.id}/measures`,
      decision({ creditDays: 30, creditBasis: basis }),
    );
    expect(m).toMatchObject({ creditDays: 30, creditBasis: basis });
    const reported = await officer.ok('POST', `/api/measures/${m.id}/report`, { date: '2026-11-25' });
    expect(reported.termEnd).toBe('2029-10-26'); // 2029-11-25 − 30 days
    expect((await officer.ok('GET', `/api/measures/${m.id}`)).creditBasis).toEqual(basis);
  });
});

describe('measure type: the code or the Chinese label on the decision', () => {
  it('reads 社区戒毒 / 社区康复 as their codes, and refuses anything else', async () => {
    const detox = await officer.ok(
      'POST',
      `/api/persons/${(await newPerson()).id}/measures`,
      decision({ type: '社区戒毒' }),
    );
    expect(detox).toMatchObject({ type: 'community_detox', termMonths: 36 });
    const rehab = await officer.ok(
      'POST',
      `/api/persons/${(await newPerson()).id}/measures`,
      decision({ type: '社区康复', termMonths: 24 }),
    );
    expect(rehab).toMatchObject({ type: 'community_rehab', termMonths: 24 });
    const bad = await officer.call(
      'POST',
      `/api/persons/${(await newPerson()).id}/measures`,
      decision({ type: '强制隔离戒毒' }),
    );
    expect(bad).toMatchObject({ status: 400, body: { code: 'VALIDATION' } });
  });
});

describe('place of execution (禁毒法 第三十三条 第二款): 户籍地, or 现居住地 with a fixed residence', () => {
  let meiwanVillage: string;
  let shuangpaiVillage: string;
  beforeAll(async () => {
    const village = async (prefix: string) =>
      (
        await t.db
          .selectFrom('org_units')
          .select('id')
          .where('level', '=', 'village')
          .where('id', 'like', `${prefix}%`)
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id;
    meiwanVillage = await village('431103001');
    shuangpaiVillage = await village('431123');
  });

  it('defaults to the 户籍地, and refuses a township that is not it', async () => {
    const local = await newPerson({ householdOrgUnitId: meiwanVillage });
    const m = await officer.ok('POST', `/api/persons/${local.id}/measures`, decision());
    expect(m).toMatchObject({ executionPlaceBasis: 'household', fixedResidence: false });

    const migrant = await newPerson({
      householdOrgUnitId: shuangpaiVillage,
      residenceOrgUnitId: meiwanVillage,
    });
    const res = await officer.call('POST', `/api/persons/${migrant.id}/measures`, decision());
    expect(res).toMatchObject({
      status: 400,
      body: { code: 'EXECUTION_PLACE_MISMATCH', issues: [{ path: 'townshipId' }] },
    });
    expect(res.body.message).toContain('第三十三条第二款');
  });

  it('takes the 现居住地 once a fixed residence there is confirmed', async () => {
    const migrant = await newPerson({
      householdOrgUnitId: shuangpaiVillage,
      residenceOrgUnitId: meiwanVillage,
    });
    const url = `/api/persons/${migrant.id}/measures`;
    expect(await officer.call('POST', url, decision({ executionPlaceBasis: 'residence' }))).toMatchObject({
      status: 400,
      body: { code: 'FIXED_RESIDENCE_REQUIRED', issues: [{ path: 'fixedResidence' }] },
    });
    const m = await officer.ok(
      'POST',
      url,
      decision({ executionPlaceBasis: 'residence', fixedResidence: true }),
    );
    expect(m).toMatchObject({
      executionPlaceBasis: 'residence',
      fixedResidence: true,
      township: { id: '431103001' },
    });
  });

  it('refuses the 现居住地 when the file records none', async () => {
    const p = await newPerson({ householdOrgUnitId: shuangpaiVillage });
    const res = await officer.call(
      'POST',
      `/api/persons/${p.id}/measures`,
      decision({ executionPlaceBasis: 'residence', fixedResidence: true }),
    );
    expect(res).toMatchObject({ status: 400, body: { code: 'RESIDENCE_UNKNOWN' } });
  });
});

describe('禁毒法 第三十九条 第一款: flags judged again as facts and days change', () => {
  afterAll(() => at('2026-11-29'));

  it('a pregnancy recorded later, then the birth, then the baby’s first birthday', async () => {
    await at('2026-11-29');
    const woman = await newPerson({ idNumber: testIdNumber({ birth: '1994-05-02', female: true }) });
    const m = await officer.ok('POST', `/api/persons/${woman.id}/measures`, decision());
    expect(m).toMatchObject({
      exemptions: [],
      exemptionFacts: { pregnant: false, nursingChildBirthDate: null },
    });

    const pregnant = await officer.ok('PUT', `/api/measures/${m.id}/exemption-facts`, {
      pregnant: true,
      nursingChildBirthDate: null,
    });
    expect(pregnant.exemptions).toEqual(['pregnant']);

    await at('2027-03-10');
    const born = await officer.ok('PUT', `/api/measures/${m.id}/exemption-facts`, {
      pregnant: false,
      nursingChildBirthDate: '2027-03-01',
    });
    expect(born).toMatchObject({
      exemptions: ['nursing_under_one'],
      exemptionFacts: { pregnant: false, nursingChildBirthDate: '2027-03-01' },
    });

    // 不满一周岁 up to and including the first birthday; no flag from the day after.
    await at('2028-03-01');
    expect((await officer.ok('GET', `/api/measures/${m.id}`)).exemptions).toEqual(['nursing_under_one']);
    await at('2028-03-02');
    expect((await officer.ok('GET', `/api/measures/${m.id}`)).exemptions).toEqual([]);

    const timeline = await officer.ok('GET', `/api/persons/${woman.id}/timeline`);
    const edits = timeline.filter((e: { kind: string }) => e.kind === 'measure.exemption_facts');
    expect(edits).toHaveLength(2);
    expect(edits[0]).toMatchObject({ title: '更新禁毒法第三十九条情形', actor: '李专干' });
    expect(edits[0].detail).toContain('第三十九条第一款');
  });

  it('an under-16 is flagged (第一款) until the day after the 16th birthday', async () => {
    await at('2026-11-29');
    const boy = await newPerson({ idNumber: testIdNumber({ birth: '2010-12-01' }) });
    const m = await officer.ok('POST', `/api/persons/${boy.id}/measures`, decision());
    expect(m.exemptions).toEqual(['under_16']);
    await at('2026-12-01');
    expect((await officer.ok('GET', `/api/measures/${m.id}`)).exemptions).toEqual(['under_16']);
    await at('2026-12-02');
    expect((await officer.ok('GET', `/api/measures/${m.id}`)).exemptions).toEqual([]);
  });

  it('editing the file (the ID number carries birth date and gender) judges the live measure again', async () => {
    await at('2026-11-29');
    const p = await newPerson({ idNumber: testIdNumber({ birth: '2011-06-01' }) });
    const m = await officer.ok('POST', `/api/persons/${p.id}/measures`, decision());
    expect(m.exemptions).toEqual(['under_16']);
    // The birth date was entered wrong: corrected, the person is an adult.
    await officer.ok('PATCH', `/api/persons/${p.id}`, { idNumber: testIdNumber({ birth: '1991-06-01' }) });
    expect((await officer.ok('GET', `/api/measures/${m.id}`)).exemptions).toEqual([]);
    const timeline = await officer.ok('GET', `/api/persons/${p.id}/timeline`);
    expect(timeline.find((e: { kind: string }) => e.kind === 'measure.exemptions')).toMatchObject({
      title: '禁毒法第三十九条情形变化',
      detail: '无第三十九条情形',
    });
  });

  it('refuses pregnancy or nursing for a man, and a baby born in the future', async () => {
    await at('2026-11-29');
    const man = await newPerson({ idNumber: testIdNumber({ birth: '1990-01-01' }) });
    const m = await officer.ok('POST', `/api/persons/${man.id}/measures`, decision());
    expect(
      await officer.call('PUT', `/api/measures/${m.id}/exemption-facts`, {
        pregnant: true,
        nursingChildBirthDate: null,
      }),
    ).toMatchObject({
      status: 400,
      body: { issues: [{ path: 'pregnant', message: '怀孕情形仅适用于女性' }] },
    });
    const woman = await newPerson({ idNumber: testIdNumber({ birth: '1990-01-01', female: true }) });
    const w = await officer.ok('POST', `/api/persons/${woman.id}/measures`, decision());
    expect(
      await officer.call('PUT', `/api/measures/${w.id}/exemption-facts`, {
        pregnant: false,
        nursingChildBirthDate: '2026-11-30',
      }),
    ).toMatchObject({ status: 400, body: { issues: [{ path: 'nursingChildBirthDate' }] } });
    // At creation too.
    const other = await newPerson({ idNumber: testIdNumber({ birth: '1990-01-01' }) });
    expect(
      await officer.call('POST', `/api/persons/${other.id}/measures`, decision({ pregnant: true })),
    ).toMatchObject({ status: 400, body: { issues: [{ path: 'pregnant' }] } });
  });
});

describe('中止 (条例 第二十四条): the days it adds to the term get test windows', () => {
  afterAll(() => at('2026-11-29'));

  it('a 40-day 中止 adds one window over the 40 days; a second one continues from it', async () => {
    await at('2026-11-29');
    const { measure } = await personWithMeasure(officer, '2026-11-20');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-25' });
    const scheduled = async () =>
      (await officer.ok('GET', `/api/measures/${measure.id}/tests`)).tests.filter(
        (x: { plan: string }) => x.plan === 'scheduled',
      );
    expect(await scheduled()).toHaveLength(22);

    await officer.ok('POST', `/api/measures/${measure.id}/suspend`, {
      date: '2026-11-26',
      reason: 'detention',
    });
    await at('2027-01-05');
    const resumed = await officer.ok('POST', `/api/measures/${measure.id}/resume`, { date: '2027-01-05' });
    expect(resumed).toMatchObject({ suspendedDays: 40, termEnd: '2030-01-04' });
    const afterFirst = await scheduled();
    expect(afterFirst).toHaveLength(23);
    expect(afterFirst.at(-1)).toMatchObject({
      index: 22,
      windowStart: '2029-11-25',
      windowEnd: '2030-01-04',
    });

    await at('2027-02-01');
    await officer.ok('POST', `/api/measures/${measure.id}/suspend`, { date: '2027-02-01', reason: 'arrest' });
    await at('2027-02-11');
    const again = await officer.ok('POST', `/api/measures/${measure.id}/resume`, { date: '2027-02-11' });
    expect(again).toMatchObject({ suspendedDays: 50, termEnd: '2030-01-14' });
    const afterSecond = await scheduled();
    expect(afterSecond).toHaveLength(24);
    expect(afterSecond.at(-1)).toMatchObject({
      index: 23,
      windowStart: '2030-01-04',
      windowEnd: '2030-01-14',
    });
    // The term is tiled: every window starts where the one before it ended.
    afterSecond
      .slice(1)
      .forEach((w: { windowStart: string }, i: number) =>
        expect(w.windowStart).toBe(afterSecond[i].windowEnd),
      );
  });
});
