import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearOutbox, discard, enqueue, flush, retry, sentResult, type OutboxItem } from './outbox.ts';

// The outbox against an in-memory IndexedDB (fake-indexeddb) and a stubbed fetch: what is sent,
// in which order, with which idempotency key, and what each answer does to the queued write.

interface Sent {
  method: string;
  url: string;
  key: string | null;
  body: BodyInit | null | undefined;
  contentType: string | null;
}

let sent: Sent[] = [];
/** How the stubbed server answers the next calls, one per call; the last one repeats. */
let answers: (() => Response)[] = [];

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const offline = () => {
  throw new TypeError('Failed to fetch');
};
const refusal = (status: number, code: string, message: string) => json(status, { code, message });

beforeEach(async () => {
  await clearOutbox();
  sent = [];
  answers = [json(201, { ok: true })];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      sent.push({
        method: init.method ?? 'GET',
        url,
        key: headers.get('idempotency-key'),
        body: init.body,
        contentType: headers.get('content-type'),
      });
      const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
      return Promise.resolve().then(answer);
    }),
  );
  // Distinct creation times, so "oldest first" is well defined.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-30T02:00:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The queued writes as IndexedDB keeps them, oldest first. */
async function stored(): Promise<OutboxItem[]> {
  const db = await openDB('taobo-outbox', 1);
  const all = (await db.getAllFromIndex('writes', 'byCreated')) as OutboxItem[];
  db.close();
  return all;
}

/** Queues a write (its own send attempt finishes before this returns), one second after the last. */
async function queue(label: string, id = label) {
  vi.setSystemTime(Date.now() + 1000);
  const item = await enqueue({
    kind: 'leave',
    label,
    path: '/api/m/leave/{id}/return',
    params: { id },
  });
  await flush();
  return item;
}

describe('outbox', () => {
  it('sends a write at once, POSTing to the path with its parameters, and keeps the answer', async () => {
    answers = [json(200, { id: 'a/1', status: 'closed' })];
    const item = await queue('销假', 'a/1');

    expect(sent).toEqual([
      {
        method: 'POST',
        url: '/api/m/leave/a%2F1/return',
        key: item.id,
        body: '{}',
        contentType: 'application/json',
      },
    ]);
    const [saved] = await stored();
    expect(saved).toMatchObject({ state: 'sent', attempts: 1, result: { id: 'a/1', status: 'closed' } });
    expect(sentResult(saved, '/api/m/leave/{id}/return')).toEqual({ id: 'a/1', status: 'closed' });
    // The answer of one path is never read as another's.
    expect(sentResult(saved, '/api/m/leave/{id}/extension')).toBeUndefined();
  });

  it('sends waiting writes oldest first once the connection is back', async () => {
    answers = [offline];
    await queue('first', '1');
    await queue('second', '2');
    await queue('third', '3');
    expect((await stored()).map((i) => i.state)).toEqual(['pending', 'pending', 'pending']);

    sent = [];
    answers = [json(200, {})];
    await flush();
    expect(sent.map((s) => s.url)).toEqual([
      '/api/m/leave/1/return',
      '/api/m/leave/2/return',
      '/api/m/leave/3/return',
    ]);
    expect((await stored()).map((i) => i.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('keeps the idempotency key across every attempt, and counts them', async () => {
    answers = [offline, json(503, {}), json(200, {})];
    const item = await queue('销假');
    expect((await stored())[0]).toMatchObject({
      state: 'pending',
      attempts: 1,
      error: '网络不可用，联网后自动提交',
    });

    await flush();
    expect((await stored())[0]).toMatchObject({
      state: 'pending',
      attempts: 2,
      error: '服务器繁忙，请稍后重试',
    });

    await flush();
    expect((await stored())[0]).toMatchObject({ state: 'sent', attempts: 3 });
    expect(sent.map((s) => s.key)).toEqual([item.id, item.id, item.id]);
  });

  it('leaves a write pending while the server still runs the same write (409 IDEMPOTENCY_IN_PROGRESS)', async () => {
    answers = [refusal(409, 'IDEMPOTENCY_IN_PROGRESS', '该操作正在处理，请稍候')];
    await queue('销假');
    expect((await stored())[0]).toMatchObject({ state: 'pending', error: '该操作正在处理，请稍候' });
  });

  it('fails a write the server refuses (4xx), with the server’s reason, and goes on with the next', async () => {
    answers = [offline];
    await queue('first', '1');
    await queue('second', '2');

    sent = [];
    answers = [refusal(409, 'LEAVE_STATE', '该请假已销假'), json(200, {})];
    await flush();
    expect(sent.map((s) => s.url)).toEqual(['/api/m/leave/1/return', '/api/m/leave/2/return']);
    expect((await stored()).map((i) => [i.state, i.error])).toEqual([
      ['failed', '该请假已销假'],
      ['sent', undefined],
    ]);
  });

  it('keeps the order when the server fails (5xx): the writes after it wait too', async () => {
    answers = [offline];
    await queue('first', '1');
    await queue('second', '2');

    sent = [];
    answers = [json(500, { code: 'INTERNAL', message: '服务器内部错误' })];
    await flush();
    expect(sent.map((s) => s.url)).toEqual(['/api/m/leave/1/return']);
    expect((await stored()).map((i) => i.state)).toEqual(['pending', 'pending']);
  });

  it('waits for the next sign-in when the session is gone (401)', async () => {
    answers = [refusal(401, 'UNAUTHENTICATED', '请先登录')];
    await queue('销假');
    expect((await stored())[0]).toMatchObject({ state: 'pending', error: '登录已失效，重新登录后自动提交' });
  });

  it('sends a failed write again with the same key on retry, or drops it on discard', async () => {
    answers = [refusal(409, 'LEAVE_STATE', '该请假已销假')];
    const item = await queue('销假');
    expect((await stored())[0]!.state).toBe('failed');

    answers = [json(200, {})];
    await retry(item.id);
    await flush();
    expect((await stored())[0]).toMatchObject({ state: 'sent', attempts: 2 });
    expect(sent.map((s) => s.key)).toEqual([item.id, item.id]);

    await discard(item.id);
    expect(await stored()).toEqual([]);
  });

  it('sends an upload as multipart: text fields from the body, files as parts', async () => {
    vi.setSystemTime(Date.now() + 1000);
    await enqueue({
      kind: 'checkin',
      label: '在线报到',
      path: '/api/m/checkins',
      body: { answers: { q1: true }, note: '好', skipped: null },
      files: { selfie: new File(['jpeg'], 'selfie.jpg', { type: 'image/jpeg' }) },
    });
    await flush();

    const [call] = sent;
    expect(call!.contentType).toBeNull(); // fetch sets the multipart boundary itself
    const form = call!.body as FormData;
    expect(form.get('answers')).toBe('{"q1":true}');
    expect(form.get('note')).toBe('好');
    expect(form.has('skipped')).toBe(false);
    const selfie = form.get('selfie') as File;
    expect(selfie.type).toBe('image/jpeg');
    expect(await selfie.text()).toBe('jpeg');
  });
});
