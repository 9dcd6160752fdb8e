import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appPerson, newKey } from '../testing/personApp.ts';
import { createTestApp, type TestApp } from '../testing/testApp.ts';

// The replay machinery (platform/idempotency.ts), exercised through a real person-app write:
// marking inbox messages read.

let t: TestApp;
let officer: string;
beforeAll(async () => {
  t = await createTestApp();
});
beforeEach(async () => {
  officer = await t.login('lst_officer');
});
afterAll(() => t.close());

async function personWithMessages(n: number) {
  const p = await appPerson(t, officer);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(
      (await t.app.services.notifications.notify(t.db, {
        personId: p.personId,
        kind: 'test_due',
        title: `消息 ${i + 1}`,
        body: '',
      }))!,
    );
  }
  return { ...p, ids };
}

describe('Idempotency-Key on person-app writes', () => {
  it('does the write once and replays the first answer, with idempotent-replayed', async () => {
    const p = await personWithMessages(2);
    const key = newKey();
    const first = await p.api.call('POST', '/api/m/notifications/read-all', {}, { key });
    expect(first).toMatchObject({ status: 200, replayed: false, body: { updated: 2, unread: 0 } });
    // A new message arrives; a replay must not mark it read, and answers as the first time.
    await t.app.services.notifications.notify(t.db, {
      personId: p.personId,
      kind: 'x',
      title: '新消息',
      body: '',
    });
    const replay = await p.api.call('POST', '/api/m/notifications/read-all', {}, { key });
    expect(replay).toMatchObject({ status: 200, replayed: true, body: { updated: 2, unread: 0 } });
    expect((await p.api.ok('GET', '/api/m/notifications')).unread).toBe(1);
  });

  it('keeps and replays a refusal (4xx) too', async () => {
    const p = await personWithMessages(0);
    const key = newKey();
    const missing = '00000000-0000-4000-8000-000000000000';
    const first = await p.api.call('POST', `/api/m/notifications/${missing}/read`, {}, { key });
    expect(first).toMatchObject({ status: 404, replayed: false });
    const replay = await p.api.call('POST', `/api/m/notifications/${missing}/read`, {}, { key });
    expect(replay).toMatchObject({ status: 404, replayed: true, body: first.body });
  });

  it('answers 422 when a key is reused for another write', async () => {
    const p = await personWithMessages(2);
    const key = newKey();
    await p.api.ok('POST', `/api/m/notifications/${p.ids[0]}/read`, {}, { key });
    const other = await p.api.call('POST', `/api/m/notifications/${p.ids[1]}/read`, {}, { key });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.body.message).toContain('另一个操作');
    // …and the other write was not done.
    const list = await p.api.ok('GET', '/api/m/notifications');
    expect(list.items.find((i: { id: string }) => i.id === p.ids[1]).readAt).toBeNull();
  });

  it('keeps keys per person: the same key from two people is two writes', async () => {
    const a = await personWithMessages(1);
    const b = await personWithMessages(1);
    const key = newKey();
    const ra = await a.api.call('POST', '/api/m/notifications/read-all', {}, { key });
    const rb = await b.api.call('POST', '/api/m/notifications/read-all', {}, { key });
    expect(ra).toMatchObject({ status: 200, replayed: false, body: { updated: 1 } });
    expect(rb).toMatchObject({ status: 200, replayed: false, body: { updated: 1 } });
  });

  it('refuses a malformed key with 400', async () => {
    const p = await personWithMessages(1);
    for (const key of ['short', 'has spaces in it', 'x'.repeat(129), '中文键值中文键值']) {
      const res = await p.api.call('POST', '/api/m/notifications/read-all', {}, { key });
      expect(res.status, key).toBe(400);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
    }
    expect((await p.api.ok('GET', '/api/m/notifications')).unread).toBe(1);
  });

  it('answers 409 while the first request with the key is still running', async () => {
    const p = await personWithMessages(1);
    const key = newKey();
    // The state a running first request leaves: the key claimed, no answer stored yet.
    await t.db
      .insertInto('idempotency_keys')
      .values({
        person_id: p.personId,
        key,
        method: 'POST',
        path: '/api/m/notifications/read-all',
        created_at: t.clock.now(),
      })
      .execute();
    const res = await p.api.call('POST', '/api/m/notifications/read-all', {}, { key });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
  });

  it('frees the key after a server error, so the retry does the write', async () => {
    const p = await personWithMessages(1);
    const key = newKey();
    // A real fault: the table the write needs is unavailable.
    await sql`ALTER TABLE notifications RENAME TO notifications_away`.execute(t.db);
    let failed;
    try {
      failed = await p.api.call('POST', '/api/m/notifications/read-all', {}, { key });
    } finally {
      await sql`ALTER TABLE notifications_away RENAME TO notifications`.execute(t.db);
    }
    expect(failed.status).toBe(500);
    const retry = await p.api.call('POST', '/api/m/notifications/read-all', {}, { key });
    expect(retry).toMatchObject({ status: 200, replayed: false, body: { updated: 1 } });
    const replay = await p.api.call('POST', '/api/m/notifications/read-all', {}, { key });
    expect(replay).toMatchObject({ status: 200, replayed: true, body: { updated: 1 } });
  });

  it('ignores the header on reads', async () => {
    const p = await personWithMessages(1);
    const key = newKey();
    const a = await p.api.call('GET', '/api/m/notifications', undefined, { key });
    const b = await p.api.call('GET', '/api/m/notifications', undefined, { key });
    expect(a.replayed).toBe(false);
    expect(b.replayed).toBe(false);
  });
});
