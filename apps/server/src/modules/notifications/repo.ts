import { addDays, TEST_REMINDER_DAYS } from '@taobo/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import type { NotificationTables } from './tables.ts';

/**
 * Every query of the inbox and web push. `notificationQueries(trx)` runs them inside a caller's
 * transaction (`notify`, the sweep's reminders).
 */
export function notificationQueries(db: Db) {
  return {
    // ── the inbox ──
    /** Stores a message; null when one with the same dedupe key exists already. */
    async insert(n: Insertable<NotificationTables['notifications']>): Promise<string | null> {
      const row = await db
        .insertInto('notifications')
        .values(n)
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id ?? null;
    },

    page: (personId: string, page: number, pageSize: number) =>
      db
        .selectFrom('notifications')
        .select(['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'])
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),

    async count(personId: string, unreadOnly = false): Promise<number> {
      let q = db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('person_id', '=', personId);
      if (unreadOnly) q = q.where('read_at', 'is', null);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },

    findOwn: (personId: string, id: string) =>
      db
        .selectFrom('notifications')
        .select(['id', 'read_at'])
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .executeTakeFirst(),

    /** Marks unread messages read: one (`id`) or all of the person's. Returns how many changed. */
    async markRead(personId: string, at: Date, id?: string): Promise<number> {
      let q = db
        .updateTable('notifications')
        .set({ read_at: at })
        .where('person_id', '=', personId)
        .where('read_at', 'is', null);
      if (id) q = q.where('id', '=', id);
      return Number((await q.executeTakeFirst()).numUpdatedRows);
    },

    // ── push ──
    vapidKeys: () => db.selectFrom('push_vapid_keys').selectAll().executeTakeFirst(),

    /** Stores the installation's key pair unless another instance stored one first. */
    insertVapidKeys: (keys: { publicKey: string; privateKey: Buffer; at: Date }) =>
      db
        .insertInto('push_vapid_keys')
        .values({ id: 1, public_key: keys.publicKey, private_key: keys.privateKey, created_at: keys.at })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute(),

    /** The messages among `ids` that are visible (committed). */
    toPush: (ids: string[]) =>
      db
        .selectFrom('notifications')
        .select(['id', 'person_id', 'kind', 'title', 'body', 'link', 'pushed_at'])
        .where('id', 'in', ids)
        .execute(),

    markPushed: (id: string, at: Date) =>
      db.updateTable('notifications').set({ pushed_at: at }).where('id', '=', id).execute(),

    subscriptionsOf: (personIds: string[]) =>
      db.selectFrom('push_subscriptions').selectAll().where('person_id', 'in', personIds).execute(),

    /** Keeps a device's subscription for the person; an endpoint another person had is moved over. */
    subscribe: (s: { endpoint: string; personId: string; p256dh: string; auth: string; at: Date }) => {
      const values = {
        person_id: s.personId,
        p256dh: s.p256dh,
        auth: s.auth,
        created_at: s.at,
        failed_at: null,
      };
      return db
        .insertInto('push_subscriptions')
        .values({ endpoint: s.endpoint, ...values })
        .onConflict((oc) => oc.column('endpoint').doUpdateSet(values))
        .execute();
    },

    /** Forgets a subscription: the person's own (`personId`), or any the push service calls gone. */
    unsubscribe(endpoint: string, personId?: string) {
      let q = db.deleteFrom('push_subscriptions').where('endpoint', '=', endpoint);
      if (personId) q = q.where('person_id', '=', personId);
      return q.execute();
    },

    /** Records whether the last push to a device failed (`at`) or got through (null). */
    setFailed: (endpoint: string, at: Date | null) =>
      db.updateTable('push_subscriptions').set({ failed_at: at }).where('endpoint', '=', endpoint).execute(),

    // ── reminders ──
    /**
     * Scheduled tests still due whose window closes within TEST_REMINDER_DAYS of `day`, of persons
     * with an activated app and a measure in execution.
     */
    testsClosingSoon: (day: string) =>
      db
        .selectFrom('tests')
        .innerJoin('measures', 'measures.id', 'tests.measure_id')
        .innerJoin('person_accounts', 'person_accounts.person_id', 'tests.person_id')
        .select(['tests.id', 'tests.person_id', 'tests.window_start', 'tests.window_end', 'tests.status'])
        .where('tests.status', '=', 'due')
        .where('tests.plan', '=', 'scheduled')
        .where('tests.window_start', '<=', day)
        .where('tests.window_end', '>', day)
        .where('tests.window_end', '<=', addDays(day, TEST_REMINDER_DAYS))
        .where('measures.status', '=', 'executing')
        .where('person_accounts.activated_at', 'is not', null)
        .execute(),
  };
}

export const createNotificationRepo = (db: Db) => repository(db, notificationQueries);
export type NotificationRepo = ReturnType<typeof createNotificationRepo>;
