import {
  buildUrl,
  matchesPath,
  type BodyOf,
  type ParamsOf,
  type PathOf,
  type ResponseOf,
} from '@taobo/api-client';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { useSyncExternalStore } from 'react';
import { ApiError, api } from '../api.ts';

/**
 * The offline outbox: every write the person makes (check-ins, uploads, requests) goes here
 * first, is kept in IndexedDB with its own idempotency key, and is sent when the connection
 * allows. Each write shows its state: pending → sending → sent, or failed with the reason.
 *
 * Modules call `enqueue(...)` and show `useOutbox(kind)`; they never call fetch for writes.
 */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

/** The API paths a write can be queued for. */
type OutboxPath = PathOf<'post'>;

/** Text fields of a multipart upload (each sent as a text part; objects as JSON). */
type FormFields = Record<string, unknown>;

/**
 * A write to queue. The path fixes its parameters and body: a JSON body as docs/openapi.json
 * describes it, or for uploads (multipart) text fields in `body` and the files in `files`.
 */
export type OutboxInput<P extends OutboxPath> = {
  /** The module's name for this kind of write: 'checkin', 'upload', 'leave', 'appointment', … */
  kind: string;
  /** What the person sees in the outbox list, in Chinese: "在线报到（11月30日）". */
  label: string;
  /** The API path, e.g. `/api/m/checkins` or `/api/m/leave/{id}/return` with `params`. */
  path: P;
} & (ParamsOf<'post', P> extends undefined ? { params?: undefined } : { params: ParamsOf<'post', P> }) &
  ([BodyOf<'post', P>] extends [never]
    ? { body?: FormFields; files?: Record<string, Blob> }
    : { body: BodyOf<'post', P>; files?: undefined });

export interface OutboxItem {
  /** Also the Idempotency-Key sent with every attempt. */
  id: string;
  kind: string;
  label: string;
  method: 'POST' | 'PUT' | 'DELETE';
  /** The URL sent to, e.g. `/api/m/leave/0b5e…/return`. */
  path: string;
  body?: unknown;
  /** Files for a multipart upload (field name → file). Fields of `body` are sent as text parts. */
  files?: Record<string, Blob>;
  state: OutboxState;
  createdAt: string;
  attempts: number;
  /** Why it failed, in the server's words (a 4xx) or "网络不可用" while it waits. */
  error?: string;
  /** The server's answer once sent. */
  result?: unknown;
}

interface OutboxDb extends DBSchema {
  writes: { key: string; value: OutboxItem; indexes: { byCreated: string } };
}

let dbPromise: Promise<IDBPDatabase<OutboxDb>> | null = null;
function db() {
  dbPromise ??= openDB<OutboxDb>('taobo-outbox', 1, {
    upgrade(d) {
      d.createObjectStore('writes', { keyPath: 'id' }).createIndex('byCreated', 'createdAt');
    },
  });
  return dbPromise;
}

// The list in memory, so React renders it synchronously; IndexedDB is the copy that survives.
let items: OutboxItem[] = [];
const listeners = new Set<() => void>();
function publish(next: OutboxItem[]) {
  items = next;
  for (const l of listeners) l();
}
async function reload() {
  publish(await (await db()).getAllFromIndex('writes', 'byCreated'));
}
async function save(item: OutboxItem) {
  await (await db()).put('writes', item);
  await reload();
}

/** Queues a write and tries to send it at once. Resolves when it is queued, not when it is sent. */
export async function enqueue<P extends OutboxPath>(input: OutboxInput<P>): Promise<OutboxItem> {
  const { kind, label, path, params, body, files } = input;
  const item: OutboxItem = {
    kind,
    label,
    method: 'POST',
    path: buildUrl(path, params),
    body,
    files,
    id: crypto.randomUUID(),
    state: 'pending',
    createdAt: new Date().toISOString(),
    attempts: 0,
  };
  await save(item);
  void flush();
  return item;
}

/** The server's answer to a sent write queued for `path`; undefined until it is sent. */
export function sentResult<P extends OutboxPath>(
  item: OutboxItem | undefined,
  path: P,
): ResponseOf<'post', P> | undefined {
  if (item?.state !== 'sent' || !matchesPath(path, item.path)) return undefined;
  // It is the answer the server gave to that path (kept as it came, in IndexedDB).
  return item.result as ResponseOf<'post', P>;
}

/** Sends a failed write again (same idempotency key), or drops it. */
export async function retry(id: string) {
  const item = await (await db()).get('writes', id);
  if (!item) return;
  await save({ ...item, state: 'pending', error: undefined });
  void flush();
}
export async function discard(id: string) {
  await (await db()).delete('writes', id);
  await reload();
}

/** Drops every queued write (on sign-out, or when another person signs in on this phone). */
export async function clearOutbox() {
  await (await db()).clear('writes');
  await reload();
}

function toBody(item: OutboxItem): unknown {
  if (!item.files) return item.body;
  const form = new FormData();
  for (const [k, v] of Object.entries((item.body ?? {}) as Record<string, unknown>)) {
    if (v !== undefined && v !== null) form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
  }
  for (const [k, blob] of Object.entries(item.files)) form.append(k, blob, (blob as File).name ?? k);
  return form;
}

/**
 * Whether a failed send is tried again by itself: no connection, a server fault, a signed-out
 * session (sent after the next sign-in), the same write still running on the server (409 from
 * the idempotency guard), or "too many requests". Any other refusal is final: shown as failed.
 */
function willRetry(e: unknown): boolean {
  if (!(e instanceof ApiError)) return true;
  return (
    e.status === 0 ||
    e.status >= 500 ||
    e.status === 401 ||
    e.status === 408 ||
    e.status === 429 ||
    e.code === 'IDEMPOTENCY_IN_PROGRESS'
  );
}

function waitingReason(e: unknown): string {
  if (e instanceof ApiError && e.status === 401) return '登录已失效，重新登录后自动提交';
  if (e instanceof ApiError && e.status === 0) return '网络不可用，联网后自动提交';
  return e instanceof Error ? e.message : String(e);
}

let flushing: Promise<void> | null = null;
/**
 * Sends every pending write, oldest first. A network failure leaves it pending (it goes when
 * the connection returns); a refusal by the server (4xx) marks it failed with the reason.
 */
export function flush(): Promise<void> {
  flushing ??= (async () => {
    try {
      const queue = (await (await db()).getAllFromIndex('writes', 'byCreated')).filter(
        (i) => i.state === 'pending' || i.state === 'sending',
      );
      for (const item of queue) {
        await save({ ...item, state: 'sending', attempts: item.attempts + 1 });
        try {
          const result = await api.send(item.method, item.path, {
            body: toBody(item),
            idempotencyKey: item.id,
          });
          await save({ ...item, state: 'sent', attempts: item.attempts + 1, result, error: undefined });
        } catch (e) {
          const later = willRetry(e);
          await save({
            ...item,
            attempts: item.attempts + 1,
            state: later ? 'pending' : 'failed',
            error: waitingReason(e),
          });
          if (later) break; // keep the order; the rest wait for the connection too
        }
      }
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

/** The queued writes, newest first, optionally of one kind; re-renders on every change. */
export function useOutbox(kind?: string): OutboxItem[] {
  const all = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => items,
  );
  return kind ? all.filter((i) => i.kind === kind).reverse() : [...all].reverse();
}

/** Sent writes stay listed as a receipt for a few days, then go (uploads hold photos and video). */
const KEEP_SENT_MS = 3 * 86_400_000;
async function pruneSent() {
  const d = await db();
  const cutoff = new Date(Date.now() - KEEP_SENT_MS).toISOString();
  for (const item of await d.getAll('writes')) {
    if (item.state === 'sent' && item.createdAt < cutoff) await d.delete('writes', item.id);
  }
}

/** Loads the queue and sends what waits, now and whenever the connection comes back. */
export function startOutbox() {
  void pruneSent()
    .catch(() => undefined)
    .then(reload)
    .then(flush);
  window.addEventListener('online', () => void flush());
  // Back in the foreground (a phone that slept, a network that came back unnoticed).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && navigator.onLine) void flush();
  });
  setInterval(() => {
    if (navigator.onLine) void flush();
  }, 30_000);
}
