import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decryptPush, startFakePushService, verifyVapid } from '../../testing/fakePush.ts';
import { appPerson, newKey } from '../../testing/personApp.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
let officer: string;
let push: Awaited<ReturnType<typeof startFakePushService>>;
beforeAll(async () => {
  // The local stand-in for a push service is the one host allowed besides the browsers' own.
  t = await createTestApp({ extraPushHosts: ['127.0.0.1'] });
  push = await startFakePushService();
});
beforeEach(async () => {
  officer = await t.login('lst_officer');
  push.received.length = 0;
  push.answers.clear();
});
afterAll(async () => {
  await t.close();
  await push.close();
});

const notify = (personId: string, title: string, extra: { dedupeKey?: string } = {}) =>
  t.app.services.notifications.notify(t.db, {
    personId,
    kind: 'leave_decision',
    title,
    body: `${title}的内容`,
    link: '/m/leave',
    ...extra,
  });

describe('inbox', () => {
  it('shows a person only their own messages, newest first, paged, with the unread count', async () => {
    const a = await appPerson(t, officer);
    const b = await appPerson(t, officer);
    await notify(a.personId, '第一条');
    t.clock.set('2026-11-29T03:00:00Z');
    await notify(a.personId, '第二条');
    t.clock.set('2026-11-29T04:00:00Z');
    await notify(a.personId, '第三条');
    await notify(b.personId, '别人的');
    t.clock.set('2026-11-29T02:00:00Z');

    const page1 = await a.api.ok('GET', '/api/m/notifications?page=1&pageSize=2');
    expect(page1.total).toBe(3);
    expect(page1.unread).toBe(3);
    expect(page1.items.map((i: { title: string }) => i.title)).toEqual(['第三条', '第二条']);
    expect(page1.items[0]).toMatchObject({ kind: 'leave_decision', link: '/m/leave', readAt: null });
    const page2 = await a.api.ok('GET', '/api/m/notifications?page=2&pageSize=2');
    expect(page2.items.map((i: { title: string }) => i.title)).toEqual(['第一条']);

    const other = await b.api.ok('GET', '/api/m/notifications');
    expect(other.items.map((i: { title: string }) => i.title)).toEqual(['别人的']);

    // B cannot read or mark A's message; the answer does not tell it exists.
    const aFirst = page1.items[0].id;
    const res = await b.api.call('POST', `/api/m/notifications/${aFirst}/read`, {});
    expect(res.status).toBe(404);
    expect((await a.api.ok('GET', '/api/m/notifications')).unread).toBe(3);
  });

  it('marks one read, then all read', async () => {
    const a = await appPerson(t, officer);
    const id = (await notify(a.personId, '审批结果'))!;
    await notify(a.personId, '另一条');
    expect(await a.api.ok('POST', `/api/m/notifications/${id}/read`, {})).toEqual({ updated: 1, unread: 1 });
    // Reading it again changes nothing.
    expect(await a.api.ok('POST', `/api/m/notifications/${id}/read`, {})).toEqual({ updated: 0, unread: 1 });
    const list = await a.api.ok('GET', '/api/m/notifications');
    expect(list.items.find((i: { id: string }) => i.id === id).readAt).toBe('2026-11-29T02:00:00.000Z');
    expect(await a.api.ok('POST', '/api/m/notifications/read-all', {})).toEqual({ updated: 1, unread: 0 });
    expect((await a.api.ok('GET', '/api/m/notifications')).unread).toBe(0);
  });

  it('replays a read sent twice with one Idempotency-Key: the first answer, marked replayed', async () => {
    const a = await appPerson(t, officer);
    const id = (await notify(a.personId, '预约提醒'))!;
    const key = newKey();
    const first = await a.api.call('POST', `/api/m/notifications/${id}/read`, {}, { key });
    expect(first).toMatchObject({ status: 200, replayed: false, body: { updated: 1, unread: 0 } });
    const again = await a.api.call('POST', `/api/m/notifications/${id}/read`, {}, { key });
    // A new call would answer updated: 0; the replay is the stored first answer.
    expect(again).toMatchObject({ status: 200, replayed: true, body: { updated: 1, unread: 0 } });
    const fresh = await a.api.call('POST', `/api/m/notifications/${id}/read`, {}, { key: newKey() });
    expect(fresh).toMatchObject({ status: 200, replayed: false, body: { updated: 0 } });
  });

  it('sends a reminder with the same dedupe key once', async () => {
    const a = await appPerson(t, officer);
    expect(await notify(a.personId, '检测提醒', { dedupeKey: `t:${a.personId}` })).toBeTruthy();
    expect(await notify(a.personId, '检测提醒', { dedupeKey: `t:${a.personId}` })).toBeNull();
    expect((await a.api.ok('GET', '/api/m/notifications')).total).toBe(1);
  });

  it('refuses staff and signed-out callers', async () => {
    const staff = await t.app.inject({
      method: 'GET',
      url: '/api/m/notifications',
      headers: { cookie: officer },
    });
    expect(staff.statusCode).toBe(401);
    const none = await t.app.inject({ method: 'POST', url: '/api/m/notifications/read-all', payload: {} });
    expect(none.statusCode).toBe(401);
  });
});

describe('web push', () => {
  it('gives one VAPID public key, the same on every call', async () => {
    const a = await appPerson(t, officer);
    const { publicKey } = await a.api.ok('GET', '/api/m/push/key');
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65);
    expect((await a.api.ok('GET', '/api/m/push/key')).publicKey).toBe(publicKey);
    // The private half is stored encrypted, never in clear.
    const row = await t.db.selectFrom('push_vapid_keys').selectAll().executeTakeFirstOrThrow();
    expect(row.public_key).toBe(publicKey);
    expect(row.private_key.toString('latin1')).not.toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('after commit, sends an encrypted, VAPID-signed push the subscription can decrypt', async () => {
    const a = await appPerson(t, officer);
    const sub = push.subscription();
    expect(
      await a.api.ok('POST', '/api/m/push/subscribe', { endpoint: sub.endpoint, keys: sub.keys }),
    ).toEqual({
      subscribed: true,
    });
    const { publicKey } = await a.api.ok('GET', '/api/m/push/key');

    const id = await t.db.transaction().execute(async (trx) => {
      const nid = await t.app.services.notifications.notify(trx, {
        personId: a.personId,
        kind: 'leave_decision',
        title: '请假已批准',
        body: '您 12 月 1 日至 12 月 5 日的请假已批准。',
        link: '/m/leave',
      });
      // Still inside the transaction: nothing may have been pushed yet.
      await new Promise((r) => setTimeout(r, 150));
      expect(push.received).toHaveLength(0);
      return nid;
    });
    await t.app.services.notifications.settlePushes();

    expect(push.received).toHaveLength(1);
    const [req] = push.received;
    expect(req!.path).toBe(sub.path);
    expect(req!.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(req!.headers.ttl)).toBeGreaterThan(0);
    const claims = verifyVapid(String(req!.headers.authorization), publicKey);
    expect(claims.aud).toBe(push.origin);
    expect(claims.sub).toMatch(/^mailto:/);
    const payload = JSON.parse(decryptPush(req!.body, sub.ecdh, sub.auth));
    expect(payload).toEqual({
      id,
      kind: 'leave_decision',
      title: '请假已批准',
      body: '您 12 月 1 日至 12 月 5 日的请假已批准。',
      link: '/m/leave',
    });
    const row = await t.db
      .selectFrom('notifications')
      .select('pushed_at')
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(row.pushed_at).not.toBeNull();
  });

  it('never pushes a message whose transaction rolled back', async () => {
    const a = await appPerson(t, officer);
    const sub = push.subscription();
    await a.api.ok('POST', '/api/m/push/subscribe', { endpoint: sub.endpoint, keys: sub.keys });
    await expect(
      t.db.transaction().execute(async (trx) => {
        await t.app.services.notifications.notify(trx, {
          personId: a.personId,
          kind: 'x',
          title: '不会发出',
          body: '',
        });
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    await t.app.services.notifications.settlePushes();
    expect(push.received).toHaveLength(0);
  });

  it('deletes a subscription the push service calls gone (410), marks one that fails otherwise', async () => {
    const a = await appPerson(t, officer);
    const gone = push.subscription();
    const broken = push.subscription();
    const fine = push.subscription();
    for (const s of [gone, broken, fine]) {
      await a.api.ok('POST', '/api/m/push/subscribe', { endpoint: s.endpoint, keys: s.keys });
    }
    push.answers.set(gone.path, 410);
    push.answers.set(broken.path, 503);

    // The caller's write succeeds whatever the push services answer.
    const id = await notify(a.personId, '预约提醒');
    expect(id).toBeTruthy();
    await t.app.services.notifications.settlePushes();

    expect(push.received.map((r) => r.path).sort()).toEqual([gone.path, broken.path, fine.path].sort());
    const subs = await t.db
      .selectFrom('push_subscriptions')
      .selectAll()
      .where('person_id', '=', a.personId)
      .execute();
    const by = new Map(subs.map((s) => [s.endpoint, s]));
    expect(by.has(gone.endpoint)).toBe(false);
    expect(by.get(broken.endpoint)!.failed_at).not.toBeNull();
    expect(by.get(fine.endpoint)!.failed_at).toBeNull();
    // Delivered to one device: the message counts as pushed.
    const row = await t.db
      .selectFrom('notifications')
      .select('pushed_at')
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(row.pushed_at).not.toBeNull();

    // A later success clears the failure mark.
    push.answers.delete(broken.path);
    await notify(a.personId, '第二条');
    await t.app.services.notifications.settlePushes();
    const again = await t.db
      .selectFrom('push_subscriptions')
      .select('failed_at')
      .where('endpoint', '=', broken.endpoint)
      .executeTakeFirstOrThrow();
    expect(again.failed_at).toBeNull();
  });

  it('marks an unreachable push service failed and keeps the message in the inbox', async () => {
    const a = await appPerson(t, officer);
    const sub = push.subscription();
    // A port nobody listens on: the connection is refused.
    const endpoint = 'https://127.0.0.1:9/push/nowhere';
    await a.api.ok('POST', '/api/m/push/subscribe', { endpoint, keys: sub.keys });
    const id = await notify(a.personId, '检测提醒');
    await t.app.services.notifications.settlePushes();
    const s = await t.db
      .selectFrom('push_subscriptions')
      .selectAll()
      .where('endpoint', '=', endpoint)
      .executeTakeFirstOrThrow();
    expect(s.failed_at).not.toBeNull();
    const n = await t.db
      .selectFrom('notifications')
      .select('pushed_at')
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(n.pushed_at).toBeNull();
    expect((await a.api.ok('GET', '/api/m/notifications')).items[0].title).toBe('检测提醒');
  });

  it('pushes only to the devices of the person the message is for', async () => {
    const a = await appPerson(t, officer);
    const b = await appPerson(t, officer);
    const subA = push.subscription();
    const subB = push.subscription();
    await a.api.ok('POST', '/api/m/push/subscribe', { endpoint: subA.endpoint, keys: subA.keys });
    await b.api.ok('POST', '/api/m/push/subscribe', { endpoint: subB.endpoint, keys: subB.keys });
    await notify(b.personId, '给 B 的');
    await t.app.services.notifications.settlePushes();
    expect(push.received.map((r) => r.path)).toEqual([subB.path]);
  });

  it('moves a device to whoever subscribes there last; unsubscribing touches only one’s own', async () => {
    const a = await appPerson(t, officer);
    const b = await appPerson(t, officer);
    const sub = push.subscription();
    await a.api.ok('POST', '/api/m/push/subscribe', { endpoint: sub.endpoint, keys: sub.keys });
    await b.api.ok('POST', '/api/m/push/subscribe', { endpoint: sub.endpoint, keys: sub.keys });
    const owner = async () =>
      (
        await t.db
          .selectFrom('push_subscriptions')
          .select('person_id')
          .where('endpoint', '=', sub.endpoint)
          .executeTakeFirst()
      )?.person_id;
    expect(await owner()).toBe(b.personId);
    // A no longer owns it: their unsubscribe leaves B's subscription alone.
    expect(await a.api.ok('POST', '/api/m/push/unsubscribe', { endpoint: sub.endpoint })).toEqual({
      subscribed: false,
    });
    expect(await owner()).toBe(b.personId);
    await b.api.ok('POST', '/api/m/push/unsubscribe', { endpoint: sub.endpoint });
    expect(await owner()).toBeUndefined();
  });

  it('refuses a subscription that is not https or has malformed keys, in Chinese', async () => {
    const a = await appPerson(t, officer);
    const sub = push.subscription();
    const http = await a.api.call('POST', '/api/m/push/subscribe', {
      endpoint: 'http://push.example.com/x',
      keys: sub.keys,
    });
    expect(http.status).toBe(400);
    expect(http.body.message).toContain('推送地址须为 https');
    const bad = await a.api.call('POST', '/api/m/push/subscribe', {
      endpoint: sub.endpoint,
      keys: { p256dh: 'not base64!', auth: sub.keys.auth },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('格式无效');
  });

  it('takes endpoints on the browsers’ push services only: no request to any other host (SSRF)', async () => {
    const a = await appPerson(t, officer);
    const { keys } = push.subscription();
    const refused = [
      'https://push.example.invalid/x',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost/api/system/sweep',
      'https://10.0.0.5/x',
      'https://fcm.googleapis.com.evil.example/fcm/send/x',
      'https://evil.example/fcm.googleapis.com/fcm/send/x',
      'https://fcm.googleapis.com@evil.example/x',
      'https://fcm.googleapis.com:8443/fcm/send/x',
      'https://notify.windows.com.evil.example/w/x',
      'https://evilnotify.windows.com/w/x',
    ];
    const answers = await Promise.all(
      refused.map((endpoint) => a.api.call('POST', '/api/m/push/subscribe', { endpoint, keys })),
    );
    for (const [i, res] of answers.entries()) {
      expect(res.status, refused[i]).toBe(400);
      expect(res.body.issues[0].path, refused[i]).toBe('endpoint');
    }
    expect(
      await t.db
        .selectFrom('push_subscriptions')
        .select('endpoint')
        .where('person_id', '=', a.personId)
        .execute(),
    ).toEqual([]);

    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/abc:APA91b',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAAAA',
      'https://wns2-bl2p.notify.windows.com/w/?token=BQYAAA',
      'https://web.push.apple.com/QGuQyavXutnMH',
    ]) {
      const res = await a.api.call('POST', '/api/m/push/subscribe', { endpoint, keys });
      expect(res.status, endpoint).toBe(200);
      await a.api.ok('POST', '/api/m/push/unsubscribe', { endpoint });
    }
  });

  it('does not push to a stored subscription whose host is not a push service', async () => {
    const a = await appPerson(t, officer);
    const { keys } = push.subscription();
    // A row from before the check (or written by hand).
    await t.db
      .insertInto('push_subscriptions')
      .values({
        endpoint: 'https://169.254.169.254/latest',
        person_id: a.personId,
        p256dh: keys.p256dh,
        auth: keys.auth,
        created_at: t.clock.now(),
      })
      .execute();
    await notify(a.personId, '提醒');
    await t.app.services.notifications.settlePushes();
    const left = await t.db
      .selectFrom('push_subscriptions')
      .select('endpoint')
      .where('person_id', '=', a.personId)
      .execute();
    expect(left).toEqual([]);
  });
});
