-- 检测预约 (test appointments at stations) and 异地上传 (remote test uploads reviewed by staff).

-- A test station belongs to a county or a township; its staff and the persons of its county use it.
CREATE TABLE test_stations (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name         text NOT NULL,
  org_unit_id  text NOT NULL REFERENCES org_units (id),
  scope_path   text NOT NULL,              -- the org unit's path: who manages and operates it
  county_id    text NOT NULL REFERENCES org_units (id),
  address      text NOT NULL,
  phone        text,
  active       boolean NOT NULL DEFAULT true,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX test_stations_scope_idx ON test_stations (scope_path text_pattern_ops);
CREATE INDEX test_stations_county_idx ON test_stations (county_id) WHERE active;

-- The weekly template: on `weekday` (ISO, 1 = Monday) from start to end, `capacity` persons.
-- A removed slot is kept inactive, so bookings made on it keep their history.
CREATE TABLE station_slots (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  station_id  uuid NOT NULL REFERENCES test_stations (id),
  weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time  text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time    text NOT NULL CHECK (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  capacity    integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
  active      boolean NOT NULL DEFAULT true,
  CHECK (start_time < end_time)
);
CREATE INDEX station_slots_station_idx ON station_slots (station_id, weekday);

-- A day the station is closed (holiday): no bookings.
CREATE TABLE station_closures (
  station_id  uuid NOT NULL REFERENCES test_stations (id),
  date        date NOT NULL,
  reason      text NOT NULL,
  created_by  uuid NOT NULL REFERENCES staff (id),
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (station_id, date)
);

CREATE TABLE appointments (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id      uuid NOT NULL REFERENCES persons (id),
  station_id     uuid NOT NULL REFERENCES test_stations (id),
  slot_id        uuid NOT NULL REFERENCES station_slots (id),
  date           date NOT NULL,
  start_time     text NOT NULL,            -- copied from the slot when booked
  end_time       text NOT NULL,
  test_id        uuid NOT NULL REFERENCES tests (id),  -- the test window the booking serves
  status         text NOT NULL CHECK (status IN ('booked', 'arrived', 'tested', 'cancelled')),
  arrived_at     timestamptz,
  arrived_by     uuid REFERENCES staff (id),
  cancelled_at   timestamptz,
  cancelled_by   uuid REFERENCES staff (id), -- null when the person cancelled
  cancel_reason  text,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);
-- One active booking per test window.
CREATE UNIQUE INDEX appointments_one_per_window ON appointments (test_id) WHERE status IN ('booked', 'arrived');
CREATE INDEX appointments_slot_day_idx ON appointments (slot_id, date) WHERE status <> 'cancelled';
CREATE INDEX appointments_station_day_idx ON appointments (station_id, date);
CREATE INDEX appointments_person_idx ON appointments (person_id, date DESC);
CREATE INDEX appointments_reminder_idx ON appointments (date) WHERE status = 'booked';

-- A remote test taken from a photo of the cassette: a kind of its own in the test plan.
ALTER TABLE tests DROP CONSTRAINT tests_kind_check;
ALTER TABLE tests ADD CONSTRAINT tests_kind_check CHECK (kind IN ('urine', 'hair', 'lab', 'retest', 'remote'));

-- Staff allow a person to test remotely for a period (besides approved leave, which allows it by itself).
CREATE TABLE remote_test_permissions (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id   uuid NOT NULL REFERENCES persons (id),
  from_date   date NOT NULL,
  to_date     date NOT NULL,
  reason      text NOT NULL,
  granted_by  uuid NOT NULL REFERENCES staff (id),
  granted_at  timestamptz NOT NULL,
  revoked_at  timestamptz,
  revoked_by  uuid REFERENCES staff (id),
  CHECK (from_date <= to_date)
);
CREATE INDEX remote_test_permissions_person_idx ON remote_test_permissions (person_id, to_date);

CREATE TABLE remote_uploads (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id       uuid NOT NULL REFERENCES persons (id),
  test_id         uuid REFERENCES tests (id),   -- the open window on the day it arrived
  basis           text NOT NULL CHECK (basis IN ('leave', 'permission')),
  permission_id   uuid REFERENCES remote_test_permissions (id),
  cassette_key    text NOT NULL,                -- encrypted files in the FileStore
  cassette_type   text NOT NULL,
  selfie_key      text NOT NULL,
  selfie_type     text NOT NULL,
  device_time     timestamptz,                  -- what the phone said; kept, not trusted
  received_at     timestamptz NOT NULL,         -- the server's time: the test time
  business_date   date NOT NULL,
  latitude        double precision,
  longitude       double precision,
  accuracy_m      double precision,
  location_error  text,                         -- why there is no location (refused, unavailable)
  client_exif     jsonb NOT NULL DEFAULT '{}',  -- read in the browser: { cassette, selfie }
  server_exif     jsonb NOT NULL DEFAULT '{}',  -- re-read on the server from the bytes
  note            text,
  status          text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected_missed', 'rejected_retest')),
  decision_reason text,
  decided_by      uuid REFERENCES staff (id),
  decided_at      timestamptz,
  created_at      timestamptz NOT NULL
);
CREATE INDEX remote_uploads_person_idx ON remote_uploads (person_id, created_at DESC);
CREATE INDEX remote_uploads_pending_idx ON remote_uploads (created_at) WHERE status = 'pending';
