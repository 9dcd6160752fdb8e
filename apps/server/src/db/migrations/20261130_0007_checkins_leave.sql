-- 在线报到 (periodic check-ins with a selfie and the location) and 在线请假 (leave requests the
-- officer decides; an approved leave is a reported absence for the violation engine).

-- A county's check-in policy; a county without a row uses the default (monthly, reminded 3 days before).
CREATE TABLE checkin_policies (
  county_id        text PRIMARY KEY REFERENCES org_units (id),
  interval_months  integer NOT NULL CHECK (interval_months IN (1, 2, 3, 6)),
  remind_days      integer NOT NULL CHECK (remind_days BETWEEN 0 AND 14),
  updated_at       timestamptz NOT NULL,
  updated_by       uuid REFERENCES staff (id)
);

CREATE TABLE checkins (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id         uuid NOT NULL REFERENCES persons (id),
  measure_id        uuid NOT NULL REFERENCES measures (id),
  period_key        text NOT NULL,             -- 'YYYY-MM' of the period's first month
  at                timestamptz NOT NULL,      -- the server's time
  date              date NOT NULL,             -- business date (Asia/Shanghai)
  device_time       timestamptz,               -- the phone's clock, kept beside it, not trusted
  mood              text NOT NULL CHECK (mood IN ('good', 'ok', 'bad', 'very_bad')),
  work              text NOT NULL CHECK (work IN ('employed', 'unemployed', 'seeking')),
  needs             text[] NOT NULL DEFAULT '{}',
  needs_other       text,
  callback          boolean NOT NULL,
  selfie_key        text NOT NULL,             -- encrypted in the file store
  selfie_type       text NOT NULL,
  location_status   text NOT NULL CHECK (location_status IN ('ok', 'denied', 'unavailable')),
  latitude          double precision,
  longitude         double precision,
  accuracy_m        double precision,
  flags             text[] NOT NULL DEFAULT '{}',
  followup_outcome  text CHECK (followup_outcome IN ('reached', 'not_reached', 'referred', 'no_action')),
  followup_note     text,
  followup_by       uuid REFERENCES staff (id),
  followup_at       timestamptz
);
CREATE INDEX checkins_person_idx ON checkins (person_id, at DESC);
CREATE INDEX checkins_period_idx ON checkins (period_key, measure_id);
CREATE INDEX checkins_open_flags_idx ON checkins (at) WHERE flags <> '{}' AND followup_at IS NULL;

CREATE TABLE leave_requests (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id                 uuid NOT NULL REFERENCES persons (id),
  measure_id                uuid NOT NULL REFERENCES measures (id),
  status                    text NOT NULL CHECK (status IN ('pending', 'approved', 'refused', 'extension', 'overdue', 'lapsed', 'closed')),
  destination               text NOT NULL,
  destination_county_id     text,
  from_date                 date NOT NULL,
  to_date                   date NOT NULL,     -- day of return, inclusive; moves with an approved extension
  original_to_date          date NOT NULL,
  reason                    text NOT NULL,
  requested_at              timestamptz NOT NULL,
  decision_deadline         date NOT NULL,
  decided_by                uuid REFERENCES staff (id),
  decided_at                timestamptz,
  decision_note             text,
  extension_to              date,
  extension_reason          text,
  extension_requested_at    timestamptz,
  extension_deadline        date,
  extension_decision        text CHECK (extension_decision IN ('approved', 'refused')),
  extension_decided_by      uuid REFERENCES staff (id),
  extension_decided_at      timestamptz,
  extension_note            text,
  returned_on               date,
  returned_at               timestamptz,
  CHECK (from_date <= to_date)
);
CREATE INDEX leave_requests_person_idx ON leave_requests (person_id, from_date DESC);
CREATE INDEX leave_requests_open_idx ON leave_requests (status) WHERE status IN ('pending', 'extension', 'approved', 'overdue', 'lapsed');

-- An approved leave is a reported absence (戒毒条例 第十九条); the days beyond its end, an
-- unreported one (第二十条). One of each per leave request at most.
ALTER TABLE absences ADD COLUMN leave_request_id uuid REFERENCES leave_requests (id);
CREATE UNIQUE INDEX absences_leave_idx ON absences (leave_request_id, reported) WHERE leave_request_id IS NOT NULL;
