import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPerson, newKey } from '../../testing/personApp.ts';
import { apiAs, staffIds } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';
import { TEST_PASSWORD } from '../../testing/databases.ts';

/**
 * 心理康复: availability, bookings, session notes (counsellors only) and PHQ-9/GAD-7 screening
 * with alerts. The clock starts on Sunday 2026-11-29 10:00 in Shanghai.
 */
let t: TestApp;
let c: Record<string, string>;
let ids: Record<string, string>;
let meiwan: Awaited<ReturnType<typeof appPerson>>;
let meiwan2: Awaited<ReturnType<typeof appPerson>>;
let shuangpai: Awaited<ReturnType<typeof appPerson>>;
let weekly: string;

const severePhq9 = [3, 3, 3, 2, 3, 3, 3, 0, 0]; // 20, item 9 = 0
const mildGad7 = [1, 1, 1, 1, 1, 1, 0]; // 6

beforeAll(async () => {
  t = await createTestApp();
  c = {};
  for (const u of [
    'lst_admin',
    'lst_officer',
    'lst_police',
    'lst_social',
    'lst_counsellor',
    'sp_officer',
    'yz_admin',
  ])
    c[u] = await t.login(u);
  // A counsellor of 双牌县, to show that counsellors only serve and see their own area.
  await apiAs(t, c.yz_admin!).ok('POST', '/api/staff', {
    username: 'sp_counsellor',
    displayName: '双牌咨询师',
    role: 'counsellor',
    orgUnitId: '431123',
    password: TEST_PASSWORD,
  });
  await t.db
    .updateTable('staff')
    .set({ must_change_password: false })
    .where('username', '=', 'sp_counsellor')
    .execute();
  c.sp_counsellor = await t.login('sp_counsellor');
  ids = await staffIds(t);
  meiwan = await appPerson(t, c.lst_officer!);
  meiwan2 = await appPerson(t, c.lst_officer!);
  shuangpai = await appPerson(t, c.sp_officer!, { person: { orgUnitId: '431123100' } });
});
afterAll(() => t.close());

const counsellor = () => apiAs(t, c.lst_counsellor!);

describe('availability', () => {
  it('a counsellor publishes weekly and one-off times; bad input is refused in Chinese', async () => {
    const w = await counsellor().call('POST', '/api/counselling/availability', {
      kind: 'weekly',
      weekday: 1,
      startTime: '09:00',
      durationMinutes: 50,
      mode: 'online',
    });
    expect(w.status).toBe(201);
    weekly = w.body.id;
    const once = await counsellor().call('POST', '/api/counselling/availability', {
      kind: 'once',
      date: '2026-12-02',
      startTime: '14:00',
      durationMinutes: 60,
      mode: 'in_person',
      place: '冷水滩区心理服务站',
    });
    expect(once.status).toBe(201);

    const noPlace = await counsellor().call('POST', '/api/counselling/availability', {
      kind: 'once',
      date: '2026-12-03',
      startTime: '14:00',
      durationMinutes: 60,
      mode: 'in_person',
    });
    expect(noPlace.status).toBe(400);
    expect(noPlace.body.message).toContain('面谈请填写地点');
    const past = await counsellor().call('POST', '/api/counselling/availability', {
      kind: 'once',
      date: '2026-11-01',
      startTime: '14:00',
      durationMinutes: 60,
      mode: 'phone',
    });
    expect(past.status).toBe(400);
    expect((await counsellor().ok('GET', '/api/counselling/availability')).length).toBe(2);
  });

  it('only counsellors manage availability', async () => {
    for (const u of ['lst_officer', 'lst_admin', 'lst_social']) {
      const res = await apiAs(t, c[u]!).call('GET', '/api/counselling/availability');
      expect(res.status, u).toBe(403);
    }
  });
});

describe('booking', () => {
  let bookingId: string;

  it('the person sees the open times of counsellors of their own area only', async () => {
    const slots = await meiwan.api.ok('GET', '/api/m/counselling/slots');
    expect(slots.map((s: { date: string }) => s.date)).toEqual(['2026-11-30', '2026-12-02', '2026-12-07']);
    expect(slots[0].counsellor.name).toBe('周咨询师');
    expect(await shuangpai.api.ok('GET', '/api/m/counselling/slots')).toEqual([]);
  });

  it('books through the outbox once, however often the write is sent', async () => {
    const key = newKey();
    const first = await meiwan.api.call(
      'POST',
      '/api/m/counselling/bookings',
      { availabilityId: weekly, date: '2026-11-30' },
      { key },
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'requested',
      date: '2026-11-30',
      startTime: '09:00',
      mode: 'online',
    });
    const again = await meiwan.api.call(
      'POST',
      '/api/m/counselling/bookings',
      { availabilityId: weekly, date: '2026-11-30' },
      { key },
    );
    expect(again.replayed).toBe(true);
    expect(again.body.id).toBe(first.body.id);
    bookingId = first.body.id;
    const rows = await t.db
      .selectFrom('counselling_bookings')
      .select('id')
      .where('person_id', '=', meiwan.personId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('a taken slot is no longer offered and cannot be booked twice; a day the rule does not offer is refused', async () => {
    const slots = await meiwan2.api.ok('GET', '/api/m/counselling/slots');
    expect(slots.map((s: { date: string }) => s.date)).not.toContain('2026-11-30');
    const taken = await meiwan2.api.call('POST', '/api/m/counselling/bookings', {
      availabilityId: weekly,
      date: '2026-11-30',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('SLOT_TAKEN');
    const wrongDay = await meiwan2.api.call('POST', '/api/m/counselling/bookings', {
      availabilityId: weekly,
      date: '2026-12-01',
    });
    expect(wrongDay.status).toBe(409);
    expect(wrongDay.body.code).toBe('SLOT_UNAVAILABLE');
    // 双牌's person may not book a 冷水滩 counsellor.
    const foreign = await shuangpai.api.call('POST', '/api/m/counselling/bookings', {
      availabilityId: weekly,
      date: '2026-12-07',
    });
    expect(foreign.status).toBe(404);
  });

  it('the counsellor confirms; the person is told; other counsellors see nothing', async () => {
    const page = await counsellor().ok('GET', '/api/counselling/bookings');
    expect(page.items.map((b: { id: string }) => b.id)).toContain(bookingId);
    expect((await apiAs(t, c.sp_counsellor!).ok('GET', '/api/counselling/bookings')).total).toBe(0);
    expect(
      (await apiAs(t, c.sp_counsellor!).call('POST', `/api/counselling/bookings/${bookingId}/confirm`))
        .status,
    ).toBe(404);
    const done = await counsellor().call('POST', `/api/counselling/bookings/${bookingId}/complete`);
    expect(done.status).toBe(409); // not confirmed, and not yet the day
    const confirmed = await counsellor().ok('POST', `/api/counselling/bookings/${bookingId}/confirm`);
    expect(confirmed.status).toBe('confirmed');
    const again = await counsellor().call('POST', `/api/counselling/bookings/${bookingId}/confirm`);
    expect(again.status).toBe(409);
    const inbox = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('person_id', '=', meiwan.personId)
      .execute();
    expect(inbox.map((n) => n.title)).toContain('心理咨询预约已确认');
  });

  it('the person sees and cancels only their own bookings', async () => {
    expect((await meiwan2.api.ok('GET', '/api/m/counselling/bookings')).length).toBe(0);
    expect(
      (await meiwan2.api.call('POST', `/api/m/counselling/bookings/${bookingId}/cancel`, {})).status,
    ).toBe(404);
    const other = await meiwan2.api.ok('POST', '/api/m/counselling/bookings', {
      availabilityId: weekly,
      date: '2026-12-07',
    });
    const cancelled = await meiwan2.api.ok('POST', `/api/m/counselling/bookings/${other.id}/cancel`, {});
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: 'person' });
    const twice = await meiwan2.api.call('POST', `/api/m/counselling/bookings/${other.id}/cancel`, {});
    expect(twice.status).toBe(409);
    // The slot is free again.
    const slots = await meiwan2.api.ok('GET', '/api/m/counselling/slots');
    expect(slots.map((s: { date: string }) => s.date)).toContain('2026-12-07');
  });

  it('a counsellor must give a reason to cancel', async () => {
    const b = await meiwan2.api.ok('POST', '/api/m/counselling/bookings', {
      availabilityId: weekly,
      date: '2026-12-07',
    });
    expect((await counsellor().call('POST', `/api/counselling/bookings/${b.id}/cancel`, {})).status).toBe(
      400,
    );
    const ok = await counsellor().ok('POST', `/api/counselling/bookings/${b.id}/cancel`, {
      reason: '临时外出培训',
    });
    expect(ok).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'counsellor',
      cancelReason: '临时外出培训',
    });
  });

  describe('session notes', () => {
    const secret = '来访者谈到与家人的矛盾，情绪低落，约定下周继续。';

    it('the session counsellor writes them; they are encrypted at rest', async () => {
      const saved = await counsellor().ok('PUT', `/api/counselling/bookings/${bookingId}/note`, {
        body: secret,
      });
      expect(saved.body).toBe(secret);
      const row = await t.db
        .selectFrom('counselling_notes')
        .selectAll()
        .where('booking_id', '=', bookingId)
        .executeTakeFirstOrThrow();
      expect(row.body_enc.toString('utf8')).not.toContain('家人');
      expect(t.cipher.decrypt('counsellingNote', row.body_enc)).toBe(secret);
      const read = await counsellor().ok('GET', `/api/counselling/bookings/${bookingId}/note`);
      expect(read.body).toBe(secret);
      const views = await t.db
        .selectFrom('audit_events')
        .select('action')
        .where('target_id', '=', meiwan.personId)
        .where('action', '=', 'counselling.note_view')
        .execute();
      expect(views.length).toBeGreaterThanOrEqual(1);
    });

    it('nobody else reads them: not officers, admins, police, social workers, other counsellors or the person', async () => {
      for (const u of ['lst_officer', 'lst_admin', 'yz_admin', 'lst_police', 'lst_social']) {
        const res = await apiAs(t, c[u]!).call('GET', `/api/counselling/bookings/${bookingId}/note`);
        expect(res.status, u).toBe(403);
      }
      expect(
        (await apiAs(t, c.sp_counsellor!).call('GET', `/api/counselling/bookings/${bookingId}/note`)).status,
      ).toBe(404);
      // The person's cookie opens no staff route, and the app's answers carry no note.
      const asPerson = await meiwan.api.call('GET', `/api/counselling/bookings/${bookingId}/note`);
      expect(asPerson.status).toBe(401);
      const mine = await meiwan.api.ok('GET', '/api/m/counselling/bookings');
      expect(JSON.stringify(mine)).not.toContain('家人');
      // Nor does the officer's view of the file.
      const summary = await apiAs(t, c.lst_officer!).ok('GET', `/api/persons/${meiwan.personId}/counselling`);
      expect(JSON.stringify(summary)).not.toContain('家人');
      expect(summary.sessions[0]).toEqual({
        id: bookingId,
        date: '2026-11-30',
        startTime: '09:00',
        status: 'confirmed',
        counsellor: { id: ids.lst_counsellor, name: '周咨询师' },
      });
    });

    it('a session is completed on or after its day', async () => {
      t.clock.set('2026-11-30T03:00:00.000Z');
      try {
        // The staff session does not outlive a day's idle; sign in again on the new day.
        const fresh = apiAs(t, await t.login('lst_counsellor'));
        const done = await fresh.ok('POST', `/api/counselling/bookings/${bookingId}/complete`);
        expect(done.status).toBe('completed');
        // A past session can no longer be cancelled by the person.
        expect(
          (await meiwan.api.call('POST', `/api/m/counselling/bookings/${bookingId}/cancel`, {})).status,
        ).toBe(409);
      } finally {
        t.clock.set('2026-11-29T02:00:00.000Z');
      }
    });
  });
});

describe('self-screening', () => {
  let severeId: string;

  it('scores on the server; a severe PHQ-9 opens one alert task, even when the write is replayed', async () => {
    const key = newKey();
    const res = await meiwan.api.call(
      'POST',
      '/api/m/counselling/screenings',
      { instrument: 'phq9', answers: severePhq9 },
      { key },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      instrument: 'phq9',
      total: 20,
      maxTotal: 27,
      severity: 'severe',
      alert: true,
      alertReasons: ['severe_score'],
    });
    const replay = await meiwan.api.call(
      'POST',
      '/api/m/counselling/screenings',
      { instrument: 'phq9', answers: severePhq9 },
      { key },
    );
    expect(replay.replayed).toBe(true);
    expect(replay.body.id).toBe(res.body.id);
    severeId = res.body.id;
    const tasks = await t.db
      .selectFrom('tasks')
      .selectAll()
      .where('kind', '=', 'counselling_alert')
      .where('person_id', '=', meiwan.personId)
      .execute();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      ref_kind: 'screening',
      ref_id: severeId,
      status: 'open',
      due_date: '2026-11-30',
    });
    const row = await t.db
      .selectFrom('counselling_screenings')
      .selectAll()
      .where('id', '=', severeId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(t.cipher.decrypt('screeningAnswers', row.answers_enc))).toEqual(severePhq9);
  });

  it('item 9 above 0 alerts whatever the total; a mild GAD-7 does not', async () => {
    const selfHarm = await meiwan2.api.ok('POST', '/api/m/counselling/screenings', {
      instrument: 'phq9',
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    expect(selfHarm).toMatchObject({
      total: 1,
      severity: 'minimal',
      alert: true,
      alertReasons: ['self_harm_thoughts'],
    });
    const mild = await meiwan2.api.ok('POST', '/api/m/counselling/screenings', {
      instrument: 'gad7',
      answers: mildGad7,
    });
    expect(mild).toMatchObject({ total: 6, severity: 'mild', alert: false });
    const bad = await meiwan2.api.call('POST', '/api/m/counselling/screenings', {
      instrument: 'gad7',
      answers: [1, 1, 1],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('应回答全部 7 题');
    const outOfRange = await meiwan2.api.call('POST', '/api/m/counselling/screenings', {
      instrument: 'gad7',
      answers: [4, 0, 0, 0, 0, 0, 0],
    });
    expect(outOfRange.status).toBe(400);
  });

  it('the person sees only their own results', async () => {
    const mine = await meiwan.api.ok('GET', '/api/m/counselling/screenings');
    expect(mine.map((s: { id: string }) => s.id)).toEqual([severeId]);
    expect(await shuangpai.api.ok('GET', '/api/m/counselling/screenings')).toEqual([]);
  });

  it('the county counsellor sees alerts first; the other county’s counsellor sees none of them', async () => {
    const page = await counsellor().ok('GET', '/api/counselling/screenings');
    expect(page.total).toBe(3);
    expect(page.items.slice(0, 2).every((s: { alert: boolean }) => s.alert)).toBe(true);
    expect(page.items[2].alert).toBe(false);
    expect(page.items[0].answers).toEqual([]); // answers only in the audited detail
    const open = await counsellor().ok('GET', '/api/counselling/screenings?openAlerts=true');
    expect(open.total).toBe(2);
    expect((await apiAs(t, c.sp_counsellor!).ok('GET', '/api/counselling/screenings')).total).toBe(0);
    expect(
      (await apiAs(t, c.sp_counsellor!).call('GET', `/api/counselling/screenings/${severeId}`)).status,
    ).toBe(404);
    const detail = await counsellor().ok('GET', `/api/counselling/screenings/${severeId}`);
    expect(detail.answers).toEqual(severePhq9);
    expect(detail.person.id).toBe(meiwan.personId);
  });

  it('officers see scores on the file, never the answers; counsellors get no file access', async () => {
    const summary = await apiAs(t, c.lst_officer!).ok('GET', `/api/persons/${meiwan.personId}/counselling`);
    expect(summary.screenings[0]).toMatchObject({ id: severeId, total: 20, severity: 'severe' });
    expect(summary.screenings[0].answers).toBeUndefined();
    expect(
      (await apiAs(t, c.sp_officer!).call('GET', `/api/persons/${meiwan.personId}/counselling`)).status,
    ).toBe(404);
    expect((await apiAs(t, c.lst_officer!).call('GET', '/api/counselling/screenings')).status).toBe(403);
    expect((await counsellor().call('GET', `/api/persons/${meiwan.personId}`)).status).toBe(403);
    // The counsellor's own view of a client: booked with them or screened in their area.
    const history = await counsellor().ok('GET', `/api/counselling/clients/${meiwan.personId}`);
    expect(history.screenings).toHaveLength(1);
    expect((await counsellor().call('GET', `/api/counselling/clients/${shuangpai.personId}`)).status).toBe(
      404,
    );
  });

  it('following up an alert closes its task, once', async () => {
    const reviewed = await counsellor().ok('POST', `/api/counselling/screenings/${severeId}/review`, {
      note: '已电话联系，约定本周面谈',
    });
    expect(reviewed.reviewedBy).toEqual({ id: ids.lst_counsellor, name: '周咨询师' });
    const task = await t.db
      .selectFrom('tasks')
      .selectAll()
      .where('ref_id', '=', severeId)
      .executeTakeFirstOrThrow();
    expect(task).toMatchObject({ status: 'done', done_by: ids.lst_counsellor });
    expect(
      (await counsellor().call('POST', `/api/counselling/screenings/${severeId}/review`, { note: '再次' }))
        .status,
    ).toBe(409);
    const open = await counsellor().ok('GET', '/api/counselling/screenings?openAlerts=true');
    expect(open.total).toBe(1);
  });
});
