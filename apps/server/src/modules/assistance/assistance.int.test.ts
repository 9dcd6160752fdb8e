import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPerson, newKey } from '../../testing/personApp.ts';
import { apiAs, staffIds } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';
import { picture } from '../../testing/testImages.ts';

/** 帮扶申请: apply with attachments, routing to staff in jurisdiction, states and their events. */
let t: TestApp;
let c: Record<string, string>;
let ids: Record<string, string>;
let assigned: Awaited<ReturnType<typeof appPerson>>;
let other: Awaited<ReturnType<typeof appPerson>>;
let appId: string;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

function multipart(fields: Record<string, string>, files: { name: string; type: string; bytes: Buffer }[]) {
  const boundary = '----taobo' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  files.forEach((f, i) => {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file${i + 1}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  });
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function apply(
  who: { cookie: string },
  fields: Record<string, string>,
  files: { name: string; type: string; bytes: Buffer }[] = [],
  key?: string,
) {
  const { payload, contentType } = multipart(fields, files);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/m/assistance',
    headers: {
      cookie: who.cookie,
      'content-type': contentType,
      'sec-fetch-site': 'same-origin',
      ...(key && { 'idempotency-key': key }),
    },
    payload,
  });
  return {
    status: res.statusCode,
    body: res.json(),
    replayed: res.headers['idempotent-replayed'] === 'true',
  };
}

const training = { type: 'skills_training', description: '想参加电工培训，考取电工证后找一份稳定工作。' };

beforeAll(async () => {
  t = await createTestApp();
  c = {};
  for (const u of ['lst_admin', 'lst_officer', 'lst_police', 'lst_social', 'lst_counsellor', 'sp_officer'])
    c[u] = await t.login(u);
  ids = await staffIds(t);
  assigned = await appPerson(t, c.lst_officer!, { person: { socialWorkerId: ids.lst_social } });
  other = await appPerson(t, c.lst_officer!);
});
afterAll(() => t.close());

describe('applying', () => {
  it('takes a photo and a PDF, checked by content, encrypted on disk, once however often it is sent', async () => {
    const key = newKey();
    const files = [
      { name: '身份证明.png', type: 'image/png', bytes: PNG },
      { name: '培训报名表.pdf', type: 'application/pdf', bytes: PDF },
    ];
    const res = await apply(assigned, training, files, key);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      type: 'skills_training',
      status: 'submitted',
      description: training.description,
    });
    expect(res.body.attachments.map((a: { name: string; mime: string }) => [a.name, a.mime])).toEqual([
      ['身份证明.png', 'image/png'],
      ['培训报名表.pdf', 'application/pdf'],
    ]);
    expect(res.body.events).toEqual([
      { kind: 'submitted', at: '2026-11-29T02:00:00.000Z', by: null, note: null },
    ]);
    appId = res.body.id;
    const replay = await apply(assigned, training, files, key);
    expect(replay.replayed).toBe(true);
    expect(replay.body.id).toBe(appId);
    const rows = await t.db
      .selectFrom('assistance_applications')
      .select('id')
      .where('person_id', '=', assigned.personId)
      .execute();
    expect(rows).toHaveLength(1);
    const stored = await t.db
      .selectFrom('assistance_attachments')
      .selectAll()
      .where('application_id', '=', appId)
      .execute();
    expect(stored).toHaveLength(2);
    const onDisk = fs.readFileSync(path.join(t.filesDir, stored[0]!.file_key));
    expect(onDisk.subarray(0, 8).equals(PNG.subarray(0, 8))).toBe(false);
    const row = await t.db
      .selectFrom('assistance_applications')
      .selectAll()
      .where('id', '=', appId)
      .executeTakeFirstOrThrow();
    expect(row.description_enc.toString('utf8')).not.toContain('电工');
  });

  it('opens one assistance_review task for the staff of the jurisdiction', async () => {
    const tasks = await t.db.selectFrom('tasks').selectAll().where('ref_id', '=', appId).execute();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      kind: 'assistance_review',
      status: 'open',
      ref_kind: 'assistance',
      due_date: '2026-12-04',
    });
    const list = await apiAs(t, c.lst_social!).ok('GET', '/api/tasks?status=open&kind=assistance_review');
    expect(list.items.map((x: { id: string }) => x.id)).toContain(tasks[0]!.id);
  });

  it('refuses files by content and size, too many files, and incomplete text, in Chinese', async () => {
    const fake = await apply(other, training, [
      { name: 'photo.jpg', type: 'image/jpeg', bytes: Buffer.from('not really a photo at all') },
    ]);
    expect(fake.status).toBe(415);
    expect(fake.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await apply(other, training, [{ name: 'big.pdf', type: 'application/pdf', bytes: big }]);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toContain('5 MB');
    const four = await apply(
      other,
      training,
      [1, 2, 3, 4].map((i) => ({ name: `${i}.png`, type: 'image/png', bytes: PNG })),
    );
    expect(four.status).toBe(400);
    expect(four.body.message).toBe('附件最多 3 个');
    const otherNoText = await apply(other, { type: 'other', description: '需要帮忙办理一些手续的事情。' });
    expect(otherNoText.status).toBe(400);
    expect(otherNoText.body.issues[0].path).toBe('otherType');
    const short = await apply(other, { type: 'employment', description: '找工作' });
    expect(short.status).toBe(400);
    // Nothing was kept of the refused ones.
    const kept = await t.db
      .selectFrom('assistance_applications')
      .select('id')
      .where('person_id', '=', other.personId)
      .execute();
    expect(kept).toHaveLength(0);
  });

  it('takes JSON when there are no attachments', async () => {
    const res = await other.api.call('POST', '/api/m/assistance', {
      type: 'other',
      otherType: '法律援助',
      description: '房屋租赁纠纷，需要法律咨询和援助。',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type: 'other', otherType: '法律援助', attachments: [] });
  });

  it('the person sees only their own applications and files', async () => {
    const mine = await other.api.ok('GET', '/api/m/assistance');
    expect(mine).toHaveLength(1);
    expect(mine[0].otherType).toBe('法律援助');
    const theirs = (await assigned.api.ok('GET', '/api/m/assistance'))[0];
    const attId = theirs.attachments[0].id;
    expect((await other.api.call('GET', `/api/m/assistance/${appId}/attachments/${attId}`)).status).toBe(404);
    expect((await other.api.call('POST', `/api/m/assistance/${appId}/withdraw`)).status).toBe(404);
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/m/assistance/${appId}/attachments/${attId}`,
      headers: { cookie: assigned.cookie },
    });
    expect(own.statusCode).toBe(200);
    // The same picture, re-encoded without metadata.
    expect(await picture(own.rawPayload)).toEqual(await picture(PNG));
  });
});

describe('staff', () => {
  it('see applications within their jurisdiction only; filters and name search work', async () => {
    const social = await apiAs(t, c.lst_social!).ok('GET', '/api/assistance');
    expect(social.items.map((a: { id: string }) => a.id)).toEqual([appId]); // assigned persons only
    expect(social.items[0]).toMatchObject({ attachmentCount: 2, status: 'submitted' });
    expect(social.items[0].description).toBeUndefined();
    const officer = await apiAs(t, c.lst_officer!).ok('GET', '/api/assistance');
    expect(officer.total).toBe(2);
    expect((await apiAs(t, c.lst_officer!).ok('GET', '/api/assistance?type=skills_training')).total).toBe(1);
    expect((await apiAs(t, c.lst_officer!).ok('GET', '/api/assistance?status=concluded')).total).toBe(0);
    expect((await apiAs(t, c.lst_officer!).ok('GET', '/api/assistance?q=zhang')).total).toBe(2); // 张三
    expect(
      (await apiAs(t, c.lst_officer!).ok('GET', `/api/assistance?q=${encodeURIComponent('李四')}`)).total,
    ).toBe(0);
    expect((await apiAs(t, c.sp_officer!).ok('GET', '/api/assistance')).total).toBe(0);
    expect((await apiAs(t, c.sp_officer!).call('GET', `/api/assistance/${appId}`)).status).toBe(404);
    expect((await apiAs(t, c.sp_officer!).call('POST', `/api/assistance/${appId}/accept`, {})).status).toBe(
      404,
    );
    for (const u of ['lst_police', 'lst_counsellor']) {
      expect((await apiAs(t, c[u]!).call('GET', '/api/assistance')).status, u).toBe(403);
      expect((await apiAs(t, c[u]!).call('GET', `/api/assistance/${appId}`)).status, u).toBe(403);
    }
    // The person's cookie opens no staff route.
    expect((await assigned.api.call('GET', '/api/assistance')).status).toBe(401);
  });

  it('read the detail and the attachments through audited routes', async () => {
    const detail = await apiAs(t, c.lst_social!).ok('GET', `/api/assistance/${appId}`);
    expect(detail.description).toBe(training.description);
    const pdf = detail.attachments.find((a: { mime: string }) => a.mime === 'application/pdf');
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/assistance/${appId}/attachments/${pdf.id}`,
      headers: { cookie: c.lst_social! },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const audits = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', assigned.personId)
      .where('action', 'in', ['assistance.view', 'assistance.attachment_view'])
      .execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['assistance.attachment_view', 'assistance.view']);
  });

  it('accept, then conclude; every step recorded with who and when; the person is told each time', async () => {
    const social = apiAs(t, c.lst_social!);
    const early = await social.call('POST', `/api/assistance/${appId}/conclude`, {
      outcome: 'helped',
      text: '已报名',
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('ASSISTANCE_STATE');
    const accepted = await social.ok('POST', `/api/assistance/${appId}/accept`, { note: '联系区人社局' });
    expect(accepted.status).toBe('in_progress');
    expect((await social.call('POST', `/api/assistance/${appId}/accept`, {})).status).toBe(409);
    const noText = await social.call('POST', `/api/assistance/${appId}/conclude`, {
      outcome: 'helped',
      text: '',
    });
    expect(noText.status).toBe(400);
    t.clock.set('2026-11-29T06:00:00.000Z');
    try {
      const done = await social.ok('POST', `/api/assistance/${appId}/conclude`, {
        outcome: 'helped',
        text: '已报名区人社局12月电工培训班，费用全免',
      });
      expect(done).toMatchObject({
        status: 'concluded',
        outcome: 'helped',
        outcomeText: '已报名区人社局12月电工培训班，费用全免',
      });
      expect(
        done.events.map((e: { kind: string; by: { name: string } | null }) => [e.kind, e.by?.name ?? null]),
      ).toEqual([
        ['submitted', null],
        ['accepted', '陈社工'],
        ['helped', '陈社工'],
      ]);
      expect(done.events[2].at).toBe('2026-11-29T06:00:00.000Z');
    } finally {
      t.clock.set('2026-11-29T02:00:00.000Z');
    }
    const task = await t.db
      .selectFrom('tasks')
      .selectAll()
      .where('ref_id', '=', appId)
      .executeTakeFirstOrThrow();
    expect(task).toMatchObject({ status: 'done', done_by: ids.lst_social });
    const inbox = await t.db
      .selectFrom('notifications')
      .select('title')
      .where('person_id', '=', assigned.personId)
      .orderBy('created_at')
      .execute();
    expect(inbox.map((n) => n.title)).toEqual(['帮扶申请已受理', '帮扶申请已办结：已帮扶']);
    // Concluded: no more changes, and the person can no longer withdraw it.
    expect(
      (await social.call('POST', `/api/assistance/${appId}/conclude`, { outcome: 'declined', text: '重复' }))
        .status,
    ).toBe(409);
    expect((await assigned.api.call('POST', `/api/m/assistance/${appId}/withdraw`)).status).toBe(409);
    const mine = (await assigned.api.ok('GET', '/api/m/assistance'))[0];
    expect(mine).toMatchObject({ status: 'concluded', outcome: 'helped' });
  });

  it('the person withdraws before a decision; the task is cancelled; staff can no longer act on it', async () => {
    const [app] = await other.api.ok('GET', '/api/m/assistance');
    const key = newKey();
    const w = await other.api.call('POST', `/api/m/assistance/${app.id}/withdraw`, undefined, { key });
    expect(w.status).toBe(200);
    expect(w.body.status).toBe('withdrawn');
    const replay = await other.api.call('POST', `/api/m/assistance/${app.id}/withdraw`, undefined, { key });
    expect(replay).toMatchObject({ status: 200, replayed: true });
    const task = await t.db
      .selectFrom('tasks')
      .selectAll()
      .where('ref_id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(task.status).toBe('cancelled');
    expect((await apiAs(t, c.lst_officer!).call('POST', `/api/assistance/${app.id}/accept`, {})).status).toBe(
      409,
    );
  });
});
