import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiAs, staffIds } from '../../testing/supervision.ts';
import { appPerson } from '../../testing/personApp.ts';
import { createTestApp, personInput, type TestApp } from '../../testing/testApp.ts';
import { personWithMeasure } from '../../testing/supervision.ts';

// The daily sweep's 检测提醒. The fixed clock: 2026-11-29 (Asia/Shanghai).
let t: TestApp;
let officer: string;
beforeAll(async () => {
  t = await createTestApp();
});
beforeEach(async () => {
  officer = await t.login('lst_officer');
  t.clock.set('2026-11-29T02:00:00.000Z');
});
afterAll(() => t.close());

const reminders = async (personId: string) =>
  t.db
    .selectFrom('notifications')
    .selectAll()
    .where('person_id', '=', personId)
    .where('kind', '=', 'test_due')
    .execute();

describe('test reminders in the daily sweep', () => {
  it('reminds once per window, in its last three days, until the person is tested', async () => {
    // 报到 2026-10-03: the open window is [11-03, 12-03), last day 12-02.
    const p = await appPerson(t, officer, { receivedDate: '2026-10-03', reported: true });
    t.clock.set('2026-11-28T02:00:00.000Z'); // four days left: too early
    await t.app.services.sweep.run();
    expect(await reminders(p.personId)).toHaveLength(0);

    t.clock.set('2026-11-30T02:00:00.000Z'); // 11-30, 12-01, 12-02 left
    const result = await t.app.services.sweep.run();
    expect(result.testReminders).toBeGreaterThanOrEqual(1);
    const [r] = await reminders(p.personId);
    expect(r).toMatchObject({ title: '检测提醒', link: '/m/appointments' });
    expect(r!.body).toContain('2026-12-02 前完成（还剩 3 天）');

    t.clock.set('2026-12-01T02:00:00.000Z'); // the next day: no second message for that window
    await t.app.services.sweep.run();
    expect(await reminders(p.personId)).toHaveLength(1);

    // The inbox shows it to the person.
    const inbox = await p.api.ok('GET', '/api/m/notifications');
    expect(inbox.items.map((i: { title: string }) => i.title)).toContain('检测提醒');
  });

  it('does not remind a person already tested in the window', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-10-03', reported: true });
    const ids = await staffIds(t);
    const test = await t.db
      .selectFrom('tests')
      .select('id')
      .where('person_id', '=', p.personId)
      .where('window_start', '=', '2026-11-03')
      .executeTakeFirstOrThrow();
    await apiAs(t, officer).ok('POST', `/api/tests/${test.id}/result`, {
      kind: 'urine',
      outcome: 'negative',
      date: '2026-11-29',
      collectorIds: [ids.lst_officer!, ids.lst_police!],
    });
    t.clock.set('2026-11-30T02:00:00.000Z');
    await t.app.services.sweep.run();
    expect(await reminders(p.personId)).toHaveLength(0);
  });

  it('does not message a person who has not activated the app', async () => {
    const staff = apiAs(t, officer);
    const { person, measure } = await personWithMeasure(staff, '2026-10-03', personInput());
    await staff.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-10-03' });
    t.clock.set('2026-11-30T02:00:00.000Z');
    await t.app.services.sweep.run();
    expect(await reminders(person.id)).toHaveLength(0);
  });
});
