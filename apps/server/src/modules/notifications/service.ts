import webpush from 'web-push';
import type { Kysely } from 'kysely';
import type {
  NotificationItem,
  NotificationPage,
  NotificationsRead,
  PushSubscribeInput,
  PushUnsubscribeInput,
} from '@taobo/contracts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/types.ts';
import { notFound } from '../../errors.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { PersonActor } from '../../platform/access.ts';

export interface NewNotification {
  personId: string;
  /** test_due, appointment_reminder, leave_decision, upload_review, checkin_due, assistance, … */
  kind: string;
  title: string;
  body: string;
  /** An app path to open, e.g. `/m/leave`. */
  link?: string | null;
  /** A reminder with the same key is sent once. */
  dedupeKey?: string | null;
}

/** The VAPID "subject": how a push service can reach the sender. */
const VAPID_SUBJECT = 'mailto:admin@taobo.local';
const PRIVATE_KEY_FIELD = 'push_vapid_keys.private_key';
/** A push not delivered within a day is dropped by the push service (the inbox still has it). */
const PUSH_TTL_SECONDS = 24 * 3600;
const PUSH_TIMEOUT_MS = 10_000;
/** How long a notification may stay invisible (its transaction still open) before we give up. */
const UNCOMMITTED_GIVE_UP_MS = 60_000;

interface Deps {
  db: Db;
  clock: Clock;
  cipher: FieldCipher;
  /** Where push failures are told (never to the caller: push is best effort). */
  onPushError?: (message: string) => void;
}

/**
 * The person's inbox and web push. Modules call `notify` inside their own transaction, so a
 * message exists exactly when the change it tells of does. Pushing it to the person's devices
 * happens after commit: the id is queued here, and the dispatcher sends only once it can read
 * the row (uncommitted rows are invisible to it; a rolled-back one never appears and is dropped).
 * A push failure never fails the caller's write; a subscription the push service calls gone
 * (404/410) is deleted, any other failure marks it (`failed_at`).
 */
export function createNotificationService(deps: Deps) {
  const { db, clock, cipher } = deps;
  const onPushError = deps.onPushError ?? (() => undefined);

  // ── VAPID keys: generated once per installation, kept in the database ──────────────────────
  let vapid: Promise<{ publicKey: string; privateKey: string }> | null = null;
  function vapidKeys() {
    vapid ??= (async () => {
      let row = await db.selectFrom('push_vapid_keys').selectAll().executeTakeFirst();
      if (!row) {
        const keys = webpush.generateVAPIDKeys();
        await db
          .insertInto('push_vapid_keys')
          .values({
            id: 1,
            public_key: keys.publicKey,
            private_key: cipher.encrypt(PRIVATE_KEY_FIELD, keys.privateKey),
            created_at: clock.now(),
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
        // Another instance may have won the race: read back whichever pair was stored.
        row = await db.selectFrom('push_vapid_keys').selectAll().executeTakeFirstOrThrow();
      }
      return { publicKey: row.public_key, privateKey: cipher.decrypt(PRIVATE_KEY_FIELD, row.private_key) };
    })();
    vapid.catch(() => {
      vapid = null;
    });
    return vapid;
  }

  // ── After-commit push dispatch ──────────────────────────────────────────────────────────────
  /** Notification id → when it was queued (wall time, only to give up on rolled-back ones). */
  const pending = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  function schedule(delayMs: number) {
    if (closed || timer || running) return;
    timer = setTimeout(() => {
      timer = null;
      running = dispatch()
        .catch((e: unknown) => onPushError(`push dispatch failed: ${e instanceof Error ? e.message : e}`))
        .finally(() => {
          running = null;
          if (pending.size) schedule(1000);
        });
    }, delayMs);
    timer.unref();
  }

  async function dispatch() {
    const ids = [...pending.keys()];
    if (!ids.length) return;
    const rows = await db
      .selectFrom('notifications')
      .select(['id', 'person_id', 'kind', 'title', 'body', 'link', 'pushed_at'])
      .where('id', 'in', ids)
      .execute();
    const visible = new Set(rows.map((r) => r.id));
    for (const id of ids) {
      if (visible.has(id)) pending.delete(id);
      else if (Date.now() - pending.get(id)! > UNCOMMITTED_GIVE_UP_MS) pending.delete(id); // rolled back
    }
    const toSend = rows.filter((r) => !r.pushed_at);
    if (!toSend.length) return;
    const subs = await db
      .selectFrom('push_subscriptions')
      .selectAll()
      .where('person_id', 'in', [...new Set(toSend.map((r) => r.person_id))])
      .execute();
    if (!subs.length) return;
    const keys = await vapidKeys();
    for (const n of toSend) {
      const payload = JSON.stringify({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link });
      let delivered = false;
      for (const s of subs.filter((x) => x.person_id === n.person_id)) {
        try {
          await webpush.sendNotification(
            { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } },
            payload,
            {
              vapidDetails: {
                subject: VAPID_SUBJECT,
                publicKey: keys.publicKey,
                privateKey: keys.privateKey,
              },
              TTL: PUSH_TTL_SECONDS,
              urgency: 'normal',
              timeout: PUSH_TIMEOUT_MS,
            },
          );
          delivered = true;
          if (s.failed_at) {
            await db
              .updateTable('push_subscriptions')
              .set({ failed_at: null })
              .where('endpoint', '=', s.endpoint)
              .execute();
          }
        } catch (e) {
          const status = (e as { statusCode?: number }).statusCode;
          if (status === 404 || status === 410) {
            // The browser dropped the subscription: forget it.
            await db.deleteFrom('push_subscriptions').where('endpoint', '=', s.endpoint).execute();
          } else {
            await db
              .updateTable('push_subscriptions')
              .set({ failed_at: clock.now() })
              .where('endpoint', '=', s.endpoint)
              .execute();
            onPushError(`push to a device failed (${status ?? (e instanceof Error ? e.message : 'error')})`);
          }
        }
      }
      if (delivered) {
        await db
          .updateTable('notifications')
          .set({ pushed_at: clock.now() })
          .where('id', '=', n.id)
          .execute();
      }
    }
  }

  function toItem(r: {
    id: string;
    kind: string;
    title: string;
    body: string;
    link: string | null;
    created_at: Date | string;
    read_at: Date | string | null;
  }): NotificationItem {
    return {
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: new Date(r.created_at).toISOString(),
      readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
    };
  }

  async function unreadCount(personId: string): Promise<number> {
    const row = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('person_id', '=', personId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  return {
    async notify(exec: Kysely<Database>, n: NewNotification): Promise<string | null> {
      const row = await exec
        .insertInto('notifications')
        .values({
          person_id: n.personId,
          kind: n.kind,
          title: n.title,
          body: n.body,
          link: n.link ?? null,
          created_at: clock.now(),
          dedupe_key: n.dedupeKey ?? null,
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (row) {
        pending.set(row.id, Date.now());
        // Inside a transaction the row is readable only after commit; the dispatcher waits for it.
        schedule(exec.isTransaction ? 50 : 0);
      }
      return row?.id ?? null;
    },

    unreadCount,

    /** The person's inbox, newest first. */
    async list(person: PersonActor, page: number, pageSize: number): Promise<NotificationPage> {
      const [rows, total, unread] = await Promise.all([
        db
          .selectFrom('notifications')
          .select(['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'])
          .where('person_id', '=', person.personId)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        db
          .selectFrom('notifications')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('person_id', '=', person.personId)
          .executeTakeFirstOrThrow(),
        unreadCount(person.personId),
      ]);
      return { items: rows.map(toItem), total: Number(total.n), unread };
    },

    /** Marks one of the person's own messages read; another person's answers 404. */
    async markRead(person: PersonActor, id: string): Promise<NotificationsRead> {
      const found = await db
        .selectFrom('notifications')
        .select(['id', 'read_at'])
        .where('id', '=', id)
        .where('person_id', '=', person.personId)
        .executeTakeFirst();
      if (!found) throw notFound('消息');
      let updated = 0;
      if (!found.read_at) {
        const res = await db
          .updateTable('notifications')
          .set({ read_at: clock.now() })
          .where('id', '=', id)
          .where('read_at', 'is', null)
          .executeTakeFirst();
        updated = Number(res.numUpdatedRows);
      }
      return { updated, unread: await unreadCount(person.personId) };
    },

    async markAllRead(person: PersonActor): Promise<NotificationsRead> {
      const res = await db
        .updateTable('notifications')
        .set({ read_at: clock.now() })
        .where('person_id', '=', person.personId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return { updated: Number(res.numUpdatedRows), unread: 0 };
    },

    /** The VAPID public key browsers subscribe with. */
    async publicKey(): Promise<string> {
      return (await vapidKeys()).publicKey;
    },

    /**
     * Keeps this device's subscription for the signed-in person. A device belongs to whoever
     * signed in there last: an endpoint another person had is moved to this one.
     */
    async subscribe(person: PersonActor, input: PushSubscribeInput): Promise<{ subscribed: boolean }> {
      await db
        .insertInto('push_subscriptions')
        .values({
          endpoint: input.endpoint,
          person_id: person.personId,
          p256dh: input.keys.p256dh,
          auth: input.keys.auth,
          created_at: clock.now(),
          failed_at: null,
        })
        .onConflict((oc) =>
          oc.column('endpoint').doUpdateSet({
            person_id: person.personId,
            p256dh: input.keys.p256dh,
            auth: input.keys.auth,
            created_at: clock.now(),
            failed_at: null,
          }),
        )
        .execute();
      return { subscribed: true };
    },

    async unsubscribe(person: PersonActor, input: PushUnsubscribeInput): Promise<{ subscribed: boolean }> {
      await db
        .deleteFrom('push_subscriptions')
        .where('endpoint', '=', input.endpoint)
        .where('person_id', '=', person.personId)
        .execute();
      return { subscribed: false };
    },

    /**
     * Sends every queued push whose message is committed, now, and waits for it (tests; a clean
     * shutdown). Messages not visible yet (an open or rolled-back transaction) stay queued.
     */
    async settlePushes(): Promise<void> {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (running) await running;
      running = dispatch()
        .catch((e: unknown) => onPushError(`push dispatch failed: ${e instanceof Error ? e.message : e}`))
        .finally(() => {
          running = null;
          if (pending.size) schedule(1000);
        });
      await running;
    },

    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
export type NotificationService = ReturnType<typeof createNotificationService>;
