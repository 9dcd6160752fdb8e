import type { TaskKind } from '@taobo/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPerson, newKey } from '../../testing/personApp.ts';
import { apiAs } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';
import { picture } from '../../testing/testImages.ts';

// A real 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const calm = {
  mood: 'good',
  work: 'employed',
  needs: ['training'],
  callback: false,
  location: { status: 'ok', latitude: 26.4208, longitude: 111.6132, accuracy: 35 },
  deviceTime: '2026-11-29T10:01:00+08:00',
};

function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer; type: string }) {
  const boundary = '----taobo' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="selfie.png"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

let t: TestApp;
let officerCookie: string;
let officer: ReturnType<typeof apiAs>;
let admin: ReturnType<typeof apiAs>;

async function at(day: string) {
  t.clock.set(`${day}T02:00:00.000Z`);
  officerCookie = await t.login('lst_officer');
  officer = apiAs(t, officerCookie);
  admin = apiAs(t, await t.login('lst_admin'));
}

function checkin(cookie: string, answers: object, opts: { key?: string; selfie?: Buffer | null } = {}) {
  const { body, contentType } = multipart(
    { answers: JSON.stringify(answers) },
    opts.selfie === null ? undefined : { name: 'selfie', bytes: opts.selfie ?? PNG, type: 'image/png' },
  );
  return t.app
    .inject({
      method: 'POST',
      url: '/api/m/checkins',
      headers: {
        cookie,
        'content-type': contentType,
        'sec-fetch-site': 'same-origin',
        ...(opts.key && { 'idempotency-key': opts.key }),
      },
      payload: body,
    })
    .then((r) => ({
      status: r.statusCode,
      body: r.json(),
      replayed: r.headers['idempotent-replayed'] === 'true',
    }));
}

const tasksOf = (personId: string, kind: TaskKind) =>
  t.db.selectFrom('tasks').selectAll().where('person_id', '=', personId).where('kind', '=', kind).execute();

beforeAll(async () => {
  t = await createTestApp();
  await at('2026-11-29');
});
afterAll(() => t.close());

describe('在线报到 over the API', () => {
  it('a calm check-in: stored once per idempotency key, selfie encrypted, period done, no task', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const before = await p.api.ok('GET', '/api/m/checkins');
    expect(before.period).toMatchObject({ key: '2026-11', lastDay: '2026-11-30', owed: true, done: false });
    expect(await t.app.services.myCheckins.homeDue(p.personId, '2026-11-29')).toEqual([
      expect.objectContaining({ kind: 'checkin', date: '2026-11-30', link: '/m/checkins', urgent: true }),
    ]);
    const key = newKey();
    const first = await checkin(p.cookie, calm, { key });
    expect(await t.app.services.myCheckins.homeDue(p.personId, '2026-11-29')).toEqual([]);
    expect(first).toMatchObject({ status: 201, body: { periodKey: '2026-11', followUpPlanned: false } });
    const replay = await checkin(p.cookie, calm, { key });
    expect(replay).toMatchObject({ status: 201, replayed: true, body: { id: first.body.id } });
    expect(
      await t.db.selectFrom('checkins').select('id').where('person_id', '=', p.personId).execute(),
    ).toHaveLength(1);
    const after = await p.api.ok('GET', '/api/m/checkins');
    expect(after.period.done).toBe(true);
    expect(after.items).toHaveLength(1);
    expect(await tasksOf(p.personId, 'checkin_followup')).toEqual([]);

    // The selfie is encrypted on disk and shown to staff through an audited route.
    const row = await t.db
      .selectFrom('checkins')
      .selectAll()
      .where('id', '=', first.body.id)
      .executeTakeFirstOrThrow();
    const { default: fs } = await import('node:fs');
    const { default: path } = await import('node:path');
    expect(fs.readFileSync(path.join(t.filesDir, row.selfie_key)).includes(PNG.subarray(1, 4))).toBe(false);
    const img = await t.app.inject({
      method: 'GET',
      url: `/api/checkins/${row.id}/selfie`,
      headers: { cookie: officerCookie },
    });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    // The same picture, re-encoded without metadata.
    expect(await picture(img.rawPayload)).toEqual(await picture(PNG));
    const detail = await officer.ok('GET', `/api/checkins/${row.id}`);
    expect(detail).toMatchObject({
      mood: 'good',
      location: { status: 'ok', latitude: 26.4208, longitude: 111.6132, accuracy: 35 },
      deviceTime: '2026-11-29T02:01:00.000Z',
    });
    const audit = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', p.personId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['checkin.submit', 'checkin.view', 'checkin.selfie_view']),
    );
  });

  it('rejects a check-in without a selfie, with a fake image, or with bad answers — 4xx, never 500', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    expect((await checkin(p.cookie, calm, { selfie: null })).body.code).toBe('SELFIE_REQUIRED');
    expect(
      (await checkin(p.cookie, calm, { selfie: Buffer.from('not an image at all, just text') })).status,
    ).toBe(415);
    const bad = await checkin(p.cookie, { ...calm, mood: 'great' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('mood');
    const other = await checkin(p.cookie, { ...calm, needs: ['other'] });
    expect(other.body.issues[0]).toEqual({ path: 'needsOther', message: '选择“其他”时请填写具体需求' });
    // Refusing the location is allowed, and recorded.
    const refused = await checkin(p.cookie, { ...calm, location: { status: 'denied' } });
    expect(refused.status).toBe(201);
    expect((await officer.ok('GET', `/api/checkins/${refused.body.id}`)).location).toEqual({
      status: 'denied',
    });
  });

  it('worrying answers open one follow-up task for the social worker, closed by the recorded call', async () => {
    await at('2026-11-29');
    const p = await appPerson(t, officerCookie, {
      receivedDate: '2026-11-01',
      reported: true,
    });
    // 不好 once is not worrying; 不好 twice in a row is.
    await checkin(p.cookie, { ...calm, mood: 'bad' });
    expect(await tasksOf(p.personId, 'checkin_followup')).toEqual([]);
    t.clock.set('2026-11-29T03:00:00.000Z');
    const second = await checkin(p.cookie, { ...calm, mood: 'bad', callback: true, needs: ['hardship'] });
    expect(second.body.followUpPlanned).toBe(true);
    const tasks = await tasksOf(p.personId, 'checkin_followup');
    expect(tasks).toEqual([
      expect.objectContaining({ status: 'open', ref_id: second.body.id, due_date: '2026-12-01' }),
    ]);
    expect(tasks[0]!.title).toContain('连续两次心情不好');

    const open = await officer.ok('GET', '/api/checkins?flagged=open');
    expect(open.items.map((c: { id: string }) => c.id)).toContain(second.body.id);
    // The grid worker reads but cannot record the follow-up; the note is required.
    const grid = apiAs(t, await t.login('lst_grid'));
    expect(
      (
        await grid.call('POST', `/api/checkins/${second.body.id}/followup`, {
          outcome: 'reached',
          note: '已联系',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await officer.call('POST', `/api/checkins/${second.body.id}/followup`, {
          outcome: 'reached',
          note: '',
        })
      ).status,
    ).toBe(400);
    const done = await officer.ok('POST', `/api/checkins/${second.body.id}/followup`, {
      outcome: 'referred',
      note: '已电话联系，转介民政申请临时救助',
    });
    expect(done.followup).toMatchObject({ outcome: 'referred', note: '已电话联系，转介民政申请临时救助' });
    expect((await tasksOf(p.personId, 'checkin_followup'))[0]).toMatchObject({ status: 'done' });
    expect(
      (
        await officer.call('POST', `/api/checkins/${second.body.id}/followup`, {
          outcome: 'reached',
          note: '再次',
        })
      ).status,
    ).toBe(409);
    expect(
      (await officer.ok('GET', '/api/checkins?flagged=open')).items.map((c: { id: string }) => c.id),
    ).not.toContain(second.body.id);
    expect((await p.api.ok('GET', '/api/m/checkins')).items[0]).toMatchObject({ followedUp: true });
  });

  it('permissions: a person sees only their own; staff only their jurisdiction', async () => {
    await at('2026-11-29');
    const a = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const b = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    const c = await checkin(a.cookie, calm);
    expect((await b.api.ok('GET', '/api/m/checkins')).items).toEqual([]);
    expect((await apiAs(t, officerCookie).call('GET', '/api/m/checkins')).status).toBe(401);
    expect((await a.api.call('GET', `/api/checkins/${c.body.id}`)).status).toBe(401);
    const sp = apiAs(t, await t.login('sp_officer'));
    expect((await sp.call('GET', `/api/checkins/${c.body.id}`)).status).toBe(404);
    expect((await sp.call('GET', `/api/checkins/${c.body.id}/selfie`)).status).toBe(404);
    expect(
      (await sp.call('POST', `/api/checkins/${c.body.id}/followup`, { outcome: 'reached', note: '已联系' }))
        .status,
    ).toBe(404);
    expect((await sp.ok('GET', '/api/checkins')).items.map((x: { id: string }) => x.id)).not.toContain(
      c.body.id,
    );
    expect((await sp.call('GET', `/api/persons/${a.personId}/checkins`)).status).toBe(404);
    // The social worker sees the persons assigned to them only (none here).
    const social = apiAs(t, await t.login('lst_social'));
    expect((await social.call('GET', `/api/checkins/${c.body.id}`)).status).toBe(404);
    const tester = apiAs(t, await t.login('lst_tester'));
    expect((await tester.call('GET', '/api/checkins')).status).toBe(403);
    expect((await officer.ok('GET', `/api/persons/${a.personId}/checkins`))[0].id).toBe(c.body.id);
    // Search by name and filter by period.
    expect((await officer.ok('GET', '/api/checkins?period=2026-10')).items).toEqual([]);
  });

  it('a missed period opens one task, once; the person is reminded before the period ends', async () => {
    await at('2026-12-01');
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-12-01', reported: true });
    await at('2026-12-27');
    await admin.ok('POST', '/api/system/sweep');
    const due = () =>
      t.db
        .selectFrom('notifications')
        .select(['kind', 'link'])
        .where('person_id', '=', p.personId)
        .where('kind', '=', 'checkin_due')
        .execute();
    expect(await due()).toEqual([]);
    await at('2026-12-28');
    const s1 = await admin.ok('POST', '/api/system/sweep');
    expect(s1.checkinReminders).toBeGreaterThanOrEqual(1);
    expect(await due()).toEqual([{ kind: 'checkin_due', link: '/m/checkins' }]);
    await at('2026-12-29');
    await admin.ok('POST', '/api/system/sweep');
    expect(await due()).toHaveLength(1);

    await at('2027-01-01');
    await admin.ok('POST', '/api/system/sweep');
    await at('2027-01-02');
    await admin.ok('POST', '/api/system/sweep');
    const missed = await tasksOf(p.personId, 'checkin_missed');
    expect(missed).toEqual([
      expect.objectContaining({ status: 'open', title: '未按期在线报到（2026-12-01 至 2026-12-31）' }),
    ]);
    // A person who checked in is not missed.
    const q = await appPerson(t, officerCookie, { receivedDate: '2027-01-02', reported: true });
    await at('2027-01-20');
    expect((await checkin(q.cookie, calm)).status).toBe(201);
    await at('2027-02-01');
    await admin.ok('POST', '/api/system/sweep');
    expect(await tasksOf(q.personId, 'checkin_missed')).toEqual([]);
  });

  it('the county policy: staff with policy:manage set the interval; officers cannot', async () => {
    await at('2026-11-29');
    expect(await officer.ok('GET', '/api/checkin-policies/431103')).toMatchObject({
      intervalMonths: 1,
      remindDays: 3,
      updatedAt: null,
    });
    expect(
      (await officer.call('PUT', '/api/checkin-policies/431103', { intervalMonths: 2, remindDays: 5 }))
        .status,
    ).toBe(403);
    expect(
      (await admin.call('PUT', '/api/checkin-policies/431103', { intervalMonths: 4, remindDays: 5 })).status,
    ).toBe(400);
    expect(
      (await admin.call('PUT', '/api/checkin-policies/431123', { intervalMonths: 2, remindDays: 5 })).status,
    ).toBe(404);
    expect(
      await admin.ok('PUT', '/api/checkin-policies/431103', { intervalMonths: 2, remindDays: 5 }),
    ).toMatchObject({
      intervalMonths: 2,
      remindDays: 5,
    });
    const p = await appPerson(t, officerCookie, { receivedDate: '2026-11-01', reported: true });
    expect((await p.api.ok('GET', '/api/m/checkins')).period).toMatchObject({
      key: '2026-11',
      lastDay: '2026-12-31',
      intervalMonths: 2,
    });
    await admin.ok('PUT', '/api/checkin-policies/431103', { intervalMonths: 1, remindDays: 3 });
  });
});
