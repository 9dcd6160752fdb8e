import webpush from 'web-push';
import type { Clock } from '../../clock.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { NotificationRepo } from './repo.ts';

/** The VAPID "subject": how a push service can reach the sender. */
const VAPID_SUBJECT = 'mailto:admin@taobo.local';
const PRIVATE_KEY_FIELD = 'push_vapid_keys.private_key';
/** A push not delivered within a day is dropped by the push service (the inbox still has it). */
const PUSH_TTL_SECONDS = 24 * 3600;
const PUSH_TIMEOUT_MS = 10_000;
/** How long a notification may stay invisible (its transaction still open) before we give up. */
const UNCOMMITTED_GIVE_UP_MS = 60_000;

/**
 * Web push after commit. `queue` takes the id of a message just written; the dispatcher sends
 * it only once it can read the row (uncommitted rows are invisible to it; a rolled-back one never
 * appears and is dropped). A push failure never fails the caller's write; a subscription the push
 * service calls gone (404/410) is deleted, any other failure marks it (`failed_at`).
 */
export function createPushDispatcher(deps: {
  repo: NotificationRepo;
  clock: Clock;
  cipher: FieldCipher;
  /** Where push failures are told (never to the caller: push is best effort). */
  onPushError: (message: string) => void;
  /** Whether an endpoint is on a push service (`pushHosts.ts`): the server sends nowhere else. */
  isPushService: (endpoint: string) => boolean;
}) {
  const { repo, clock, cipher, onPushError, isPushService } = deps;

  // ── VAPID keys: generated once per installation, kept in the database ──
  let vapid: Promise<{ publicKey: string; privateKey: string }> | null = null;
  function vapidKeys() {
    vapid ??= (async () => {
      let row = await repo.vapidKeys();
      if (!row) {
        const keys = webpush.generateVAPIDKeys();
        await repo.insertVapidKeys({
          publicKey: keys.publicKey,
          privateKey: cipher.encrypt(PRIVATE_KEY_FIELD, keys.privateKey),
          at: clock.now(),
        });
        // Another instance may have won the race: read back whichever pair was stored.
        row = await repo.vapidKeys();
        if (!row) throw new Error('VAPID keys were not stored');
      }
      return { publicKey: row.public_key, privateKey: cipher.decrypt(PRIVATE_KEY_FIELD, row.private_key) };
    })();
    vapid.catch(() => {
      vapid = null;
    });
    return vapid;
  }

  /** Notification id → when it was queued (wall time, only to give up on rolled-back ones). */
  const pending = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  function start() {
    running = dispatch()
      .catch((e: unknown) => onPushError(`push dispatch failed: ${e instanceof Error ? e.message : e}`))
      .finally(() => {
        running = null;
        if (pending.size) schedule(1000);
      });
    return running;
  }

  function schedule(delayMs: number) {
    if (closed || timer || running) return;
    timer = setTimeout(() => {
      timer = null;
      void start();
    }, delayMs);
    timer.unref();
  }

  async function send(
    sub: { endpoint: string; p256dh: string; auth: string; failed_at: unknown },
    payload: string,
    keys: { publicKey: string; privateKey: string },
  ): Promise<boolean> {
    if (!isPushService(sub.endpoint)) {
      // Stored before endpoints were checked: never sent to, and forgotten.
      await repo.unsubscribe(sub.endpoint);
      return false;
    }
    try {
      await webpush.sendNotification(
        { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
        payload,
        {
          vapidDetails: { subject: VAPID_SUBJECT, publicKey: keys.publicKey, privateKey: keys.privateKey },
          TTL: PUSH_TTL_SECONDS,
          urgency: 'normal',
          timeout: PUSH_TIMEOUT_MS,
        },
      );
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode;
      if (status === 404 || status === 410) {
        // The browser dropped the subscription: forget it.
        await repo.unsubscribe(sub.endpoint);
      } else {
        await repo.setFailed(sub.endpoint, clock.now());
        onPushError(`push to a device failed (${status ?? (e instanceof Error ? e.message : 'error')})`);
      }
      return false;
    }
    if (sub.failed_at) await repo.setFailed(sub.endpoint, null);
    return true;
  }

  async function dispatch() {
    const ids = [...pending.keys()];
    if (!ids.length) return;
    const rows = await repo.toPush(ids);
    const visible = new Set(rows.map((r) => r.id));
    for (const id of ids) {
      if (visible.has(id)) pending.delete(id);
      else if (Date.now() - pending.get(id)! > UNCOMMITTED_GIVE_UP_MS) pending.delete(id); // rolled back
    }
    const toSend = rows.filter((r) => !r.pushed_at);
    if (!toSend.length) return;
    const subs = await repo.subscriptionsOf([...new Set(toSend.map((r) => r.person_id))]);
    if (!subs.length) return;
    const keys = await vapidKeys();
    for (const n of toSend) {
      const payload = JSON.stringify({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link });
      let delivered = false;
      for (const s of subs.filter((x) => x.person_id === n.person_id)) {
        if (await send(s, payload, keys)) delivered = true;
      }
      if (delivered) await repo.markPushed(n.id, clock.now());
    }
  }

  return {
    /** Queues a message just written; inside a transaction it is sent once the row is committed. */
    queue(id: string, inTransaction: boolean) {
      pending.set(id, Date.now());
      schedule(inTransaction ? 50 : 0);
    },

    publicKey: async () => (await vapidKeys()).publicKey,

    /** Sends every queued push whose message is committed, now, and waits for it. */
    async settle(): Promise<void> {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (running) await running;
      await start();
    },

    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
