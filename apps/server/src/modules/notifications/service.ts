import type { Kysely } from 'kysely';
import type {
  NotificationItem,
  NotificationPage,
  NotificationsRead,
  PushSubscribeInput,
  PushUnsubscribeInput,
} from '@taobo/contracts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/types.ts';
import { invalid, notFound } from '../../errors.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { PersonActor } from '../../platform/access.ts';
import { createPushDispatcher } from './push.ts';
import { isPushServiceEndpoint } from './pushHosts.ts';
import { notificationQueries, type NotificationRepo } from './repo.ts';

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

/**
 * The person's inbox and web push. Modules call `notify` inside their own transaction, so a
 * message exists exactly when the change it tells of does; pushing it to the person's devices
 * happens after commit (`push.ts`).
 */
export function createNotificationService(deps: {
  repo: NotificationRepo;
  clock: Clock;
  cipher: FieldCipher;
  /** Where push failures are told (never to the caller: push is best effort). */
  onPushError?: (message: string) => void;
  /** Push service hosts allowed besides the browsers' own (`pushHosts.ts`): tests only. */
  extraPushHosts?: readonly string[];
}) {
  const { repo, clock } = deps;
  const isPushService = (endpoint: string) => isPushServiceEndpoint(endpoint, deps.extraPushHosts);
  const push = createPushDispatcher({
    repo,
    clock,
    cipher: deps.cipher,
    onPushError: deps.onPushError ?? (() => undefined),
    isPushService,
  });

  const unreadCount = (personId: string): Promise<number> => repo.count(personId, true);

  return {
    /** Writes a message in the caller's transaction (or alone); null if its dedupe key was used. */
    async notify(exec: Kysely<Database>, n: NewNotification): Promise<string | null> {
      const id = await notificationQueries(exec).insert({
        person_id: n.personId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link ?? null,
        created_at: clock.now(),
        dedupe_key: n.dedupeKey ?? null,
      });
      // Inside a transaction the row is readable only after commit; the dispatcher waits for it.
      if (id) push.queue(id, exec.isTransaction);
      return id;
    },

    unreadCount,

    /** The person's inbox, newest first. */
    async list(person: PersonActor, page: number, pageSize: number): Promise<NotificationPage> {
      const [rows, total, unread] = await Promise.all([
        repo.page(person.personId, page, pageSize),
        repo.count(person.personId),
        unreadCount(person.personId),
      ]);
      return { items: rows.map(toItem), total, unread };
    },

    /** Marks one of the person's own messages read; another person's answers 404. */
    async markRead(person: PersonActor, id: string): Promise<NotificationsRead> {
      const found = await repo.findOwn(person.personId, id);
      if (!found) throw notFound('消息');
      const updated = found.read_at ? 0 : await repo.markRead(person.personId, clock.now(), id);
      return { updated, unread: await unreadCount(person.personId) };
    },

    async markAllRead(person: PersonActor): Promise<NotificationsRead> {
      return { updated: await repo.markRead(person.personId, clock.now()), unread: 0 };
    },

    /** The VAPID public key browsers subscribe with. */
    publicKey: (): Promise<string> => push.publicKey(),

    /**
     * Keeps this device's subscription for the signed-in person. A device belongs to whoever
     * signed in there last: an endpoint another person had is moved to this one.
     */
    async subscribe(person: PersonActor, input: PushSubscribeInput): Promise<{ subscribed: boolean }> {
      const { endpoint, keys } = input;
      if (!isPushService(endpoint)) throw invalid('endpoint', '推送地址不是已知的浏览器推送服务');
      await repo.subscribe({
        endpoint,
        personId: person.personId,
        p256dh: keys.p256dh,
        auth: keys.auth,
        at: clock.now(),
      });
      return { subscribed: true };
    },

    async unsubscribe(person: PersonActor, input: PushUnsubscribeInput): Promise<{ subscribed: boolean }> {
      await repo.unsubscribe(input.endpoint, person.personId);
      return { subscribed: false };
    },

    /**
     * Sends every queued push whose message is committed, now, and waits for it (tests; a clean
     * shutdown). Messages not visible yet (an open or rolled-back transaction) stay queued.
     */
    settlePushes: (): Promise<void> => push.settle(),

    close: () => push.close(),
  };
}
export type NotificationService = ReturnType<typeof createNotificationService>;
