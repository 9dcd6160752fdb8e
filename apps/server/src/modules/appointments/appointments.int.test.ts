import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPerson, newKey } from '../../testing/personApp.ts';
import { apiAs, staffIds } from '../../testing/supervision.ts';
import { createTestApp, testIdNumber, type TestApp } from '../../testing/testApp.ts';

// The test clock: 2026-11-29T02:00Z = Sunday 29 Nov, 10:00 in Asia/Shanghai.
const START = '2026-11-29T02:00:00.000Z';
const MONDAY = '2026-11-30';
const SUNDAY = '2026-11-29';

let t: TestApp;
let officer: string;
let ids: Record<string, string>;
let stationId: string;
let slots: { mon9: string; mon14: string; sun9: string; sun14: string };

async function inbox(personId: string) {
  return t.db
    .selectFrom('notifications')
    .select(['kind', 'title', 'body', 'dedupe_key'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.login('lst_officer');
  ids = await staffIds(t);
  const staff = apiAs(t, officer);
  const station = await staff.ok('POST', '/api/stations', {
    name: '梅湾街道社区戒毒康复工作站',
    orgUnitId: '431103001',
    address: '冷水滩区梅湾路 18 号',
    phone: '0746-8221234',
  });
  stationId = station.id;
  const detail = await staff.ok('PUT', `/api/stations/${stationId}/slots`, {
    slots: [
      { weekday: 1, start: '09:00', end: '11:00', capacity: 2 },
      { weekday: 1, start: '14:00', end: '16:00', capacity: 10 },
      { weekday: 7, start: '09:00', end: '10:00', capacity: 5 },
      { weekday: 7, start: '14:00', end: '16:00', capacity: 3 },
    ],
  });
  const find = (w: number, s: string) =>
    detail.slots.find((x: { weekday: number; start: string }) => x.weekday === w && x.start === s).id;
  slots = {
    mon9: find(1, '09:00'),
    mon14: find(1, '14:00'),
    sun9: find(7, '09:00'),
    sun14: find(7, '14:00'),
  };
});

afterAll(() => t?.close());

describe('test stations (检测站点)', () => {
  it('lets a township officer configure a station in their jurisdiction, with Chinese validation', async () => {
    const staff = apiAs(t, officer);
    const detail = await staff.ok('GET', `/api/stations/${stationId}`);
    expect(detail.weeklyCapacity).toBe(20);
    expect(detail.orgUnit.name).toBe('梅湾街道');
    const outside = await staff.call('POST', '/api/stations', {
      name: '双牌站',
      orgUnitId: '431123100',
      address: '泷泊镇',
    });
    expect(outside.status).toBe(400);
    expect(outside.body.message).toContain('辖区');
    const overlap = await staff.call('PUT', `/api/stations/${stationId}/slots`, {
      slots: [
        { weekday: 2, start: '09:00', end: '11:00', capacity: 2 },
        { weekday: 2, start: '10:00', end: '12:00', capacity: 2 },
      ],
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.message).toContain('重叠');
  });

  it('keeps stations within jurisdiction: another county sees nothing, a tester cannot manage', async () => {
    const other = apiAs(t, await t.login('sp_officer'));
    expect((await other.ok('GET', '/api/stations')).total).toBe(0);
    expect((await other.call('GET', `/api/stations/${stationId}`)).status).toBe(404);
    const tester = apiAs(t, await t.login('lst_tester'));
    expect((await tester.ok('GET', '/api/stations')).items.map((s: { id: string }) => s.id)).toContain(
      stationId,
    );
    expect((await tester.call('PUT', `/api/stations/${stationId}/slots`, { slots: [] })).status).toBe(403);
    const grid = apiAs(t, await t.login('lst_grid'));
    expect((await grid.call('GET', '/api/stations')).status).toBe(403);
  });
});

describe('booking (检测预约) from the app', () => {
  it('shows the county stations and 14 days of slots, each day with the window it serves', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    const stations = await p.api.ok('GET', '/api/m/stations');
    expect(stations.map((s: { id: string }) => s.id)).toEqual([stationId]);
    const a = await p.api.ok('GET', `/api/m/stations/${stationId}/availability`);
    expect(a.days).toHaveLength(14);
    const today = a.days[0];
    expect(today.date).toBe(SUNDAY);
    expect(today.window).toMatchObject({ start: '2026-11-20', deadline: '2026-12-19' });
    // 09:00 has begun at 10:00; 14:00 has not.
    expect(today.slots.map((s: { start: string; started: boolean }) => [s.start, s.started])).toEqual([
      ['09:00', true],
      ['14:00', false],
    ]);
    const mine = await p.api.ok('GET', '/api/m/appointments');
    expect(mine.current).toMatchObject({ deadline: '2026-12-19' });
    expect(mine.currentBooked).toBe(false);
  });

  it('books once per window; a replayed Idempotency-Key gives the same booking, not a second', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    const key = newKey();
    const first = await p.api.call(
      'POST',
      '/api/m/appointments',
      { slotId: slots.mon14, date: MONDAY },
      { key },
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ date: MONDAY, start: '14:00', status: 'booked', changeable: true });
    const replay = await p.api.call(
      'POST',
      '/api/m/appointments',
      { slotId: slots.mon14, date: MONDAY },
      { key },
    );
    expect(replay.status).toBe(201);
    expect(replay.replayed).toBe(true);
    expect(replay.body.id).toBe(first.body.id);
    const count = await t.db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('person_id', '=', p.personId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    const again = await p.api.call(
      'POST',
      '/api/m/appointments',
      { slotId: slots.sun14, date: SUNDAY },
      { key: newKey() },
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_BOOKED');
    expect((await inbox(p.personId)).map((n) => n.title)).toContain('检测预约成功');
    const due = await t.app.services.appointments.homeDue(p.personId, SUNDAY);
    expect(due).toEqual([expect.objectContaining({ kind: 'appointment', date: MONDAY, urgent: false })]);
  });

  it('refuses a slot that has begun, a wrong weekday, a closed day and a day beyond 14', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    const started = await p.api.call('POST', '/api/m/appointments', { slotId: slots.sun9, date: SUNDAY });
    expect(started.body.code).toBe('SLOT_STARTED');
    const weekday = await p.api.call('POST', '/api/m/appointments', {
      slotId: slots.mon9,
      date: '2026-12-01',
    });
    expect(weekday.status).toBe(400);
    const far = await p.api.call('POST', '/api/m/appointments', { slotId: slots.mon9, date: '2026-12-14' });
    expect(far.body.code).toBe('DATE_OUT_OF_RANGE');
    await apiAs(t, officer).ok('POST', `/api/stations/${stationId}/closures`, {
      date: '2026-12-07',
      reason: '设备检修',
    });
    const closed = await p.api.call('POST', '/api/m/appointments', {
      slotId: slots.mon9,
      date: '2026-12-07',
    });
    expect(closed.status).toBe(409);
    expect(closed.body.message).toContain('设备检修');
    const a = await p.api.ok('GET', `/api/m/stations/${stationId}/availability`);
    expect(a.days.find((d: { date: string }) => d.date === '2026-12-07').closed).toBe('设备检修');
  });

  it('never reveals an unannounced random test day ahead', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    const scheduled = await t.db
      .selectFrom('tests')
      .selectAll()
      .where('measure_id', '=', p.measureId!)
      .where('window_start', '=', '2026-11-20')
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('tests')
      .set({ status: 'done', outcome: 'negative', kind: 'urine', taken_date: SUNDAY })
      .where('id', '=', scheduled.id)
      .execute();
    await t.db
      .insertInto('tests')
      .values({
        measure_id: p.measureId!,
        person_id: p.personId,
        plan: 'random',
        window_index: 99,
        window_start: '2026-12-06',
        window_end: '2026-12-08',
        status: 'due',
      })
      .execute();
    const a = await p.api.ok('GET', `/api/m/stations/${stationId}/availability`);
    expect(a.days.find((d: { date: string }) => d.date === '2026-12-06').window).toBeNull();
    const res = await p.api.call('POST', '/api/m/appointments', { slotId: slots.sun14, date: '2026-12-06' });
    expect(res.body.code).toBe('NO_TEST_DUE');
  });

  it('refuses a person without a test due (not reported yet)', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-25' });
    const res = await p.api.call('POST', '/api/m/appointments', { slotId: slots.mon14, date: MONDAY });
    expect(res.body.code).toBe('NO_TEST_DUE');
  });

  it('holds capacity when many book the last places at once', async () => {
    const persons = await Promise.all(
      Array.from({ length: 5 }, () => appPerson(t, officer, { receivedDate: '2026-11-20', reported: true })),
    );
    const results = await Promise.all(
      persons.map((p) =>
        p.api.call('POST', '/api/m/appointments', { slotId: slots.mon9, date: MONDAY }, { key: newKey() }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'SLOT_FULL')).toBe(true);
    const n = await t.db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('slot_id', '=', slots.mon9)
      .where('date', '=', MONDAY)
      .where('status', '<>', 'cancelled')
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(2);
  });

  it('reschedules and cancels until the slot starts, and only the own booking', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    const other = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    const booked = await p.api.ok('POST', '/api/m/appointments', { slotId: slots.sun14, date: SUNDAY });
    // Another person can neither see nor touch it.
    expect((await other.api.call('POST', `/api/m/appointments/${booked.id}/cancel`)).status).toBe(404);
    expect((await other.api.ok('GET', '/api/m/appointments')).items).toHaveLength(0);
    const moved = await p.api.ok('POST', `/api/m/appointments/${booked.id}/reschedule`, {
      slotId: slots.mon14,
      date: MONDAY,
    });
    expect(moved).toMatchObject({ id: booked.id, date: MONDAY, start: '14:00' });
    // Monday 14:05 in Shanghai: the slot has begun.
    t.clock.set('2026-11-30T06:05:00.000Z');
    try {
      const late = await p.api.call('POST', `/api/m/appointments/${booked.id}/cancel`);
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('SLOT_STARTED');
    } finally {
      t.clock.set(START);
    }
    const cancelled = await p.api.ok('POST', `/api/m/appointments/${booked.id}/cancel`);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.changeable).toBe(false);
    // The window is free again.
    expect(
      (await p.api.call('POST', '/api/m/appointments', { slotId: slots.mon14, date: MONDAY })).status,
    ).toBe(201);
  });
});

describe("the station's day list (今日检测)", () => {
  it('lets the tester see bookings, mark arrival and record the result into the test plan', async () => {
    const p = await appPerson(t, officer, {
      receivedDate: '2026-11-20',
      reported: true,
      person: { name: '李芳' },
    });
    const booked = await p.api.ok('POST', '/api/m/appointments', { slotId: slots.mon14, date: MONDAY });
    t.clock.set('2026-11-30T06:10:00.000Z'); // Monday 14:10
    try {
      const tester = apiAs(t, await t.login('lst_tester'));
      const day = await tester.ok('GET', `/api/stations/${stationId}/day`);
      expect(day.date).toBe(MONDAY);
      const item = day.items.find((i: { id: string }) => i.id === booked.id);
      expect(item).toMatchObject({ status: 'booked', start: '14:00', person: { name: '李芳' } });
      // The tester reads bookings, never the file.
      expect((await tester.call('GET', `/api/persons/${p.personId}`)).status).toBe(403);
      expect((await tester.ok('POST', `/api/appointments/${booked.id}/arrive`)).status).toBe('arrived');
      const collectors = await tester.ok('GET', `/api/stations/${stationId}/collectors`);
      expect(collectors.map((c: { id: string }) => c.id)).toEqual(
        expect.arrayContaining([ids.lst_tester, ids.lst_officer]),
      );
      const notMe = await tester.call('POST', `/api/appointments/${booked.id}/result`, {
        kind: 'urine',
        outcome: 'negative',
        collectorIds: [ids.lst_officer, ids.lst_police],
      });
      expect(notMe.body.code).toBe('RECORDER_NOT_COLLECTOR');
      const done = await tester.ok('POST', `/api/appointments/${booked.id}/result`, {
        kind: 'urine',
        outcome: 'negative',
        collectorIds: [ids.lst_tester, ids.lst_officer],
      });
      expect(done).toMatchObject({ status: 'tested', outcome: 'negative' });
      const test = await t.db
        .selectFrom('tests')
        .selectAll()
        .where('id', '=', booked.window.testId)
        .executeTakeFirstOrThrow();
      expect(test).toMatchObject({ status: 'done', kind: 'urine', outcome: 'negative', taken_date: MONDAY });
      expect(test.collector_ids.sort()).toEqual([ids.lst_tester, ids.lst_officer].sort());
      const again = await tester.call('POST', `/api/appointments/${booked.id}/result`, {
        kind: 'urine',
        outcome: 'negative',
        collectorIds: [ids.lst_tester, ids.lst_officer],
      });
      expect(again.status).toBe(409);
    } finally {
      t.clock.set(START);
    }
  });

  it('requires a woman among the collectors of a woman’s urine sample (the tests service rule)', async () => {
    const female = { name: '王丽', idNumber: testIdNumber({ female: true }) };
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true, person: female });
    const booked = await p.api.ok('POST', '/api/m/appointments', { slotId: slots.sun14, date: SUNDAY });
    const tester = apiAs(t, await t.login('lst_tester'));
    const res = await tester.call('POST', `/api/appointments/${booked.id}/result`, {
      kind: 'urine',
      outcome: 'negative',
      collectorIds: [ids.lst_tester, ids.lst_police],
    });
    expect(res.body.code).toBe('FEMALE_COLLECTOR_REQUIRED');
  });

  it('keeps other counties out of the day list, and tells the person when staff cancel', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    const booked = await p.api.ok('POST', '/api/m/appointments', { slotId: slots.mon14, date: MONDAY });
    const other = apiAs(t, await t.login('sp_officer'));
    expect((await other.call('GET', `/api/stations/${stationId}/day?date=${MONDAY}`)).status).toBe(404);
    expect((await other.call('POST', `/api/appointments/${booked.id}/arrive`)).status).toBe(404);
    const tester = apiAs(t, await t.login('lst_tester'));
    const res = await tester.ok('POST', `/api/appointments/${booked.id}/cancel`, {
      reason: '检测试剂到货延迟',
    });
    expect(res.status).toBe('cancelled');
    const msgs = await inbox(p.personId);
    expect(msgs.at(-1)).toMatchObject({ title: '检测预约已被取消' });
    expect(msgs.at(-1)!.body).toContain('检测试剂到货延迟');
  });

  it('reminds the person the day before, once, in the daily sweep', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    await p.api.ok('POST', '/api/m/appointments', { slotId: slots.mon14, date: MONDAY });
    const first = await t.app.services.sweep.run();
    expect(first.appointmentReminders).toBeGreaterThanOrEqual(1);
    await t.app.services.sweep.run();
    const reminders = (await inbox(p.personId)).filter((n) => n.title === '明天有检测预约');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.body).toContain('14:00');
  });
});
