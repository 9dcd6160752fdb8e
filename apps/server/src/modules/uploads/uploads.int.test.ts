import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPerson, newKey } from '../../testing/personApp.ts';
import { apiAs } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';
import { jpegWithExif, picture, tinyJpeg } from '../../testing/testImages.ts';

let t: TestApp;
let officer: string;

interface FilePart {
  name: string;
  bytes: Buffer;
  type: string;
  filename?: string;
}

function multipart(fields: Record<string, string>, files: FilePart[]) {
  const boundary = `----taobo${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.filename ?? `${f.name}.jpg`}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

const cassette = jpegWithExif({ make: 'Xiaomi', model: 'Redmi 12', dateTime: '2026:11:29 09:58:00' });
const selfie = tinyJpeg();

async function upload(
  cookie: string,
  opts: { key?: string; cassette?: FilePart; selfie?: FilePart; fields?: Record<string, string> } = {},
) {
  const body = multipart(
    {
      deviceTime: '2026-11-29T02:01:30.000Z',
      latitude: '23.1291',
      longitude: '113.2644',
      accuracy: '25',
      exif: JSON.stringify({ cassette: { Make: 'Xiaomi', Model: 'Redmi 12' }, selfie: {} }),
      ...opts.fields,
    },
    [
      opts.cassette ?? { name: 'cassette', bytes: cassette, type: 'image/jpeg' },
      opts.selfie ?? { name: 'selfie', bytes: selfie, type: 'image/jpeg' },
    ],
  );
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/m/uploads',
    headers: {
      cookie,
      'content-type': body.contentType,
      'sec-fetch-site': 'same-origin',
      ...(opts.key && { 'idempotency-key': opts.key }),
    },
    payload: body.payload,
  });
  return {
    status: res.statusCode,
    body: res.json(),
    replayed: res.headers['idempotent-replayed'] === 'true',
  };
}

/** A reported person who works away and whom the officer allows to test remotely. */
async function remotePerson() {
  const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
  await apiAs(t, officer).ok('POST', `/api/persons/${p.personId}/remote-permissions`, {
    from: '2026-11-25',
    to: '2026-12-31',
    reason: '在广东东莞务工',
  });
  return p;
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.login('lst_officer');
});

afterAll(() => t?.close());

describe('remote test uploads (异地上传) from the app', () => {
  it('is refused without reported leave or staff permission, and allowed once staff permit it', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    const before = await p.api.ok('GET', '/api/m/uploads/eligibility');
    expect(before).toMatchObject({ allowed: false, basis: null });
    expect(before.reason).toContain('工作人员准许');
    const refused = await upload(p.cookie);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('REMOTE_NOT_ALLOWED');
    const staff = apiAs(t, officer);
    const granted = await staff.ok('POST', `/api/persons/${p.personId}/remote-permissions`, {
      from: '2026-11-29',
      to: '2026-12-15',
      reason: '外出务工',
    });
    expect(granted).toMatchObject({ active: true, grantedBy: { name: expect.any(String) } });
    const after = await p.api.ok('GET', '/api/m/uploads/eligibility');
    expect(after).toMatchObject({ allowed: true, basis: 'permission', until: '2026-12-15' });
    expect(after.window).toMatchObject({ start: '2026-11-20', deadline: '2026-12-19' });
    // Revoked: refused again.
    await staff.ok('POST', `/api/remote-permissions/${granted.id}/revoke`);
    expect((await p.api.ok('GET', '/api/m/uploads/eligibility')).allowed).toBe(false);
  });

  it('is allowed while the person is away on reported leave (条例第十九条: a report, no approval to wait for)', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    await p.api.ok(
      'POST',
      '/api/m/leave',
      { destination: '广东省东莞市', from: '2026-11-30', to: '2026-12-10', reason: '探望住院的父亲' },
      { key: newKey() },
    );
    t.clock.set('2026-12-01T02:00:00.000Z');
    try {
      const during = await p.api.ok('GET', '/api/m/uploads/eligibility');
      expect(during).toMatchObject({ allowed: true, basis: 'leave' });
      expect((await upload(p.cookie)).status).toBe(201);
    } finally {
      t.clock.set('2026-11-29T02:00:00.000Z');
    }
  });

  it('stores the upload once for a replayed Idempotency-Key, encrypted, with both EXIF copies and a review task', async () => {
    const p = await remotePerson();
    const key = newKey();
    const first = await upload(p.cookie, { key });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'pending', date: '2026-11-29' });
    const replay = await upload(p.cookie, { key });
    expect(replay.status).toBe(201);
    expect(replay.replayed).toBe(true);
    expect(replay.body.id).toBe(first.body.id);
    const rows = await t.db
      .selectFrom('remote_uploads')
      .selectAll()
      .where('person_id', '=', p.personId)
      .execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.cassette_key).toBe(`uploads/${p.personId}/${row.id}-cassette`);
    expect(row.server_exif).toMatchObject({ cassette: { Make: 'Xiaomi', Model: 'Redmi 12' } });
    expect(row.client_exif).toMatchObject({ cassette: { Make: 'Xiaomi' } });
    expect(new Date(row.device_time!).toISOString()).toBe('2026-11-29T02:01:30.000Z');
    expect(row.latitude).toBeCloseTo(23.1291);
    // At rest the file is not the JPEG (encrypted).
    const fs = await import('node:fs');
    const stored = fs.readFileSync(`${t.filesDir}/${row.cassette_key}`);
    expect(stored.includes(Buffer.from('Redmi 12'))).toBe(false);
    const task = await t.db
      .selectFrom('tasks')
      .selectAll()
      .where('ref_kind', '=', 'remote_upload')
      .where('ref_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(task).toMatchObject({ kind: 'upload_review', status: 'open' });
    // A second upload for the same window waits for the first review.
    const second = await upload(p.cookie, { key: newKey() });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('UPLOAD_PENDING');
  });

  it('checks files by content and size: a text file named .jpg is 415, an 8 MB+ photo is 413', async () => {
    const p = await remotePerson();
    const fake = await upload(p.cookie, {
      cassette: {
        name: 'cassette',
        bytes: Buffer.from('这不是图片，只是文字'),
        type: 'image/jpeg',
        filename: 'x.jpg',
      },
    });
    expect(fake.status).toBe(415);
    expect(fake.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    const big = Buffer.concat([tinyJpeg(), Buffer.alloc(8 * 1024 * 1024 + 10, 0)]);
    const tooBig = await upload(p.cookie, { selfie: { name: 'selfie', bytes: big, type: 'image/jpeg' } });
    expect(tooBig.status).toBe(413);
    const missing = await upload(p.cookie, { selfie: { name: 'other', bytes: selfie, type: 'image/jpeg' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('自拍');
    expect(
      await t.db.selectFrom('remote_uploads').select('id').where('person_id', '=', p.personId).execute(),
    ).toHaveLength(0);
  });

  it('shows a person only their own uploads', async () => {
    const p = await remotePerson();
    const other = await remotePerson();
    await upload(p.cookie);
    expect(await p.api.ok('GET', '/api/m/uploads')).toHaveLength(1);
    expect(await other.api.ok('GET', '/api/m/uploads')).toHaveLength(0);
  });
});

describe('the review queue (异地检测审核)', () => {
  it('keeps uploads within jurisdiction and serves the decrypted files to reviewers only', async () => {
    const p = await remotePerson();
    const { body } = await upload(p.cookie);
    const staff = apiAs(t, officer);
    const queue = await staff.ok('GET', '/api/uploads');
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(body.id);
    const detail = await staff.ok('GET', `/api/uploads/${body.id}`);
    expect(detail).toMatchObject({
      status: 'pending',
      basis: 'permission',
      clockDriftSeconds: 90,
      location: { latitude: 23.1291, longitude: 113.2644, accuracy: 25 },
      serverExif: { cassette: { Make: 'Xiaomi' } },
    });
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/uploads/${body.id}/files/cassette`,
      headers: { cookie: officer },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    // The same picture, re-encoded without its EXIF (kept apart above as serverExif).
    const [served, sent] = [await picture(file.rawPayload), await picture(cassette)];
    expect([served.width, served.height]).toEqual([sent.width, sent.height]);
    expect(file.rawPayload.includes(Buffer.from('Xiaomi'))).toBe(false);
    const views = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', p.personId)
      .where('action', 'in', ['upload.view', 'upload.file_view'])
      .execute();
    expect(views.map((v) => v.action).sort()).toEqual(['upload.file_view', 'upload.view']);

    const other = apiAs(t, await t.login('sp_officer'));
    expect((await other.ok('GET', '/api/uploads')).items).toHaveLength(0);
    expect((await other.call('GET', `/api/uploads/${body.id}`)).status).toBe(404);
    expect((await other.call('POST', `/api/uploads/${body.id}/approve`, {})).status).toBe(404);
    const tester = apiAs(t, await t.login('lst_tester'));
    expect((await tester.call('GET', `/api/uploads/${body.id}/files/selfie`)).status).toBe(403);
    expect((await tester.call('GET', '/api/uploads')).status).toBe(403);
  });

  it('approval records a negative remote test filling the window, closes the task and tells the person', async () => {
    const p = await remotePerson();
    const { body } = await upload(p.cookie);
    const staff = apiAs(t, officer);
    const approved = await staff.ok('POST', `/api/uploads/${body.id}/approve`, {});
    expect(approved).toMatchObject({ status: 'approved', decidedBy: { name: expect.any(String) } });
    const test = await t.db
      .selectFrom('tests')
      .selectAll()
      .where('id', '=', approved.window.testId)
      .executeTakeFirstOrThrow();
    expect(test).toMatchObject({
      status: 'done',
      kind: 'remote',
      outcome: 'negative',
      taken_date: '2026-11-29',
    });
    const task = await t.db
      .selectFrom('tasks')
      .selectAll()
      .where('ref_id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(task.status).toBe('done');
    const msg = await t.db
      .selectFrom('notifications')
      .select('title')
      .where('person_id', '=', p.personId)
      .where('kind', '=', 'upload_review')
      .executeTakeFirstOrThrow();
    expect(msg.title).toBe('异地检测已通过审核');
    expect(
      (await staff.call('POST', `/api/uploads/${body.id}/reject`, { outcome: 'missed', reason: '重复' }))
        .status,
    ).toBe(409);
    // The plan shows it as a remote test.
    const plan = await staff.ok('GET', `/api/measures/${p.measureId}/tests`);
    expect(plan.tests.find((x: { id: string }) => x.id === test.id)).toMatchObject({
      kind: 'remote',
      outcome: 'negative',
    });
  });

  it('a window whose upload still awaits review is not swept as missed; the late approval fills it', async () => {
    const waiting = await remotePerson();
    const other = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    const up = (await upload(waiting.cookie)).body;
    t.clock.set('2026-12-21T02:00:00.000Z'); // the first window closed on 12-20
    try {
      const admin = apiAs(t, await t.login('lst_admin'));
      await admin.ok('POST', '/api/system/sweep');
      const statusOf = async (personId: string) =>
        (
          await t.db
            .selectFrom('tests')
            .select('status')
            .where('person_id', '=', personId)
            .where('window_start', '=', '2026-11-20')
            .where('plan', '=', 'scheduled')
            .executeTakeFirstOrThrow()
        ).status;
      expect(await statusOf(other.personId)).toBe('missed');
      expect(await statusOf(waiting.personId)).toBe('due');
      await apiAs(t, await t.login('lst_officer')).ok('POST', `/api/uploads/${up.id}/approve`, {});
      expect(await statusOf(waiting.personId)).toBe('done');
    } finally {
      t.clock.set('2026-11-29T02:00:00.000Z');
      // The sweep purged the sessions that expired in those three weeks: sign in again.
      officer = await t.login('lst_officer');
    }
  });

  it('rejection as missed records nothing (the window stays open); as re-test asks the person to test again', async () => {
    const p = await remotePerson();
    const staff = apiAs(t, officer);
    const first = (await upload(p.cookie)).body;
    const missed = await staff.ok('POST', `/api/uploads/${first.id}/reject`, {
      outcome: 'missed',
      reason: '照片中看不到试剂盒',
    });
    expect(missed.status).toBe('rejected_missed');
    const test = await t.db
      .selectFrom('tests')
      .selectAll()
      .where('id', '=', missed.window.testId)
      .executeTakeFirstOrThrow();
    expect(test.status).toBe('due');
    expect(test.outcome).toBeNull();
    const second = (await upload(p.cookie, { key: newKey() })).body;
    const retest = await staff.ok('POST', `/api/uploads/${second.id}/reject`, {
      outcome: 'retest',
      reason: '自拍与本人不符',
    });
    expect(retest.status).toBe('rejected_retest');
    const msgs = await t.db
      .selectFrom('notifications')
      .select(['title', 'body'])
      .where('person_id', '=', p.personId)
      .where('kind', '=', 'upload_review')
      .orderBy('created_at')
      .execute();
    expect(msgs.at(-1)!.title).toBe('异地检测须重新检测');
    expect(msgs.at(-1)!.body).toContain('2026-12-19');
    const mine = await p.api.ok('GET', '/api/m/uploads');
    expect(mine.map((u: { status: string; reason: string }) => [u.status, u.reason])).toEqual(
      expect.arrayContaining([
        ['rejected_missed', '照片中看不到试剂盒'],
        ['rejected_retest', '自拍与本人不符'],
      ]),
    );
    const empty = await staff.call('POST', `/api/uploads/${second.id}/reject`, {
      outcome: 'retest',
      reason: '',
    });
    expect(empty.status).toBe(400);
  });

  it('lets only staff who manage the case grant remote testing', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-20', reported: true });
    const police = apiAs(t, await t.login('lst_police'));
    const res = await police.call('POST', `/api/persons/${p.personId}/remote-permissions`, {
      from: '2026-11-29',
      to: '2026-12-01',
      reason: '务工',
    });
    expect(res.status).toBe(403);
    const bad = await apiAs(t, officer).call('POST', `/api/persons/${p.personId}/remote-permissions`, {
      from: '2026-12-05',
      to: '2026-12-01',
      reason: '务工',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('结束日期');
  });
});
