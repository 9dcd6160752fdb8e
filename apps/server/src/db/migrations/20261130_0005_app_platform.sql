-- What every person-app module shares: replayable writes (idempotency keys), the in-app
-- inbox with its web-push subscriptions, and the task kinds the modules open for staff.

-- A write from the app carries an Idempotency-Key; the first answer is kept and replayed, so a
-- queued write sent twice (a weak connection, a retry after a timeout) is done once.
CREATE TABLE idempotency_keys (
  person_id    uuid NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  key          text NOT NULL,
  method       text NOT NULL,
  path         text NOT NULL,
  status_code  integer,                  -- null while the first request is still running
  body         text,
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (person_id, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

CREATE TABLE notifications (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id   uuid NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  kind        text NOT NULL,             -- test_due, appointment_reminder, leave_decision, …
  title       text NOT NULL,
  body        text NOT NULL,
  link        text,                      -- an app path, e.g. /m/leave/…
  created_at  timestamptz NOT NULL,
  read_at     timestamptz,
  pushed_at   timestamptz,
  dedupe_key  text UNIQUE                -- a reminder is sent once
);
CREATE INDEX notifications_person_idx ON notifications (person_id, created_at DESC);

CREATE TABLE push_subscriptions (
  endpoint    text PRIMARY KEY,
  person_id   uuid NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  p256dh      text NOT NULL,
  auth        text NOT NULL,
  created_at  timestamptz NOT NULL,
  failed_at   timestamptz
);
CREATE INDEX push_subscriptions_person_idx ON push_subscriptions (person_id);

ALTER TABLE tasks DROP CONSTRAINT tasks_kind_check;
ALTER TABLE tasks ADD CONSTRAINT tasks_kind_check CHECK (kind IN (
  'report_to_police', 'notify_release', 'sign_agreement', 'report_overdue',
  'upload_review', 'checkin_missed', 'checkin_followup', 'leave_decision',
  'counselling_alert', 'assistance_review'));
-- A task may point at the module record it is about (a leave request, an upload, …).
ALTER TABLE tasks ADD COLUMN ref_kind text;
ALTER TABLE tasks ADD COLUMN ref_id uuid;
CREATE INDEX tasks_ref_idx ON tasks (ref_kind, ref_id) WHERE ref_id IS NOT NULL;
