import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/columns.ts';

// Row types of this module's tables, as Kysely sees them; keep in step with 0005_app_platform.sql.
export interface NotificationTables {
  idempotency_keys: {
    person_id: string;
    key: string;
    method: string;
    path: string;
    status_code: number | null;
    body: string | null;
    created_at: Timestamp;
  };
  notifications: {
    id: Generated<string>;
    person_id: string;
    kind: string;
    title: string;
    body: string;
    link: string | null;
    created_at: Timestamp;
    read_at: Timestamp | null;
    pushed_at: Timestamp | null;
    dedupe_key: string | null;
  };
  /** One row (id 1): the installation's VAPID key pair; keep in step with 0010_shell.sql. */
  push_vapid_keys: {
    id: Generated<number>;
    public_key: string;
    private_key: Buffer;
    created_at: Timestamp;
  };
  push_subscriptions: {
    endpoint: string;
    person_id: string;
    p256dh: string;
    auth: string;
    created_at: Timestamp;
    failed_at: Timestamp | null;
  };
}
