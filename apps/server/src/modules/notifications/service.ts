import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/types.ts';

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

/**
 * The person's inbox. Modules call `notify` inside their own transaction, so a message exists
 * exactly when the change it tells of does; pushing it to the device happens after commit.
 */
export function createNotificationService(deps: { clock: Clock }) {
  const { clock } = deps;
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
      return row?.id ?? null;
    },
  };
}
export type NotificationService = ReturnType<typeof createNotificationService>;
