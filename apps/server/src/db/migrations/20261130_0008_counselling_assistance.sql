-- 心理康复 (counselling: availability, bookings, session notes, PHQ-9/GAD-7 self-screening) and
-- 帮扶申请 (assistance applications with attachments and an event list).

-- A counsellor's availability: a weekly slot (weekday + time) or one specific date and time.
CREATE TABLE counselling_availability (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  counsellor_id     uuid NOT NULL REFERENCES staff (id),
  kind              text NOT NULL CHECK (kind IN ('weekly', 'once')),
  weekday           smallint CHECK (weekday BETWEEN 1 AND 7),   -- ISO: 1 Monday … 7 Sunday
  date              date,
  start_time        text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  duration_minutes  integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 240),
  mode              text NOT NULL CHECK (mode IN ('online', 'phone', 'in_person')),
  place             text,
  active            boolean NOT NULL DEFAULT true,
  created_at        timestamptz NOT NULL,
  CHECK ((kind = 'weekly' AND weekday IS NOT NULL AND date IS NULL)
      OR (kind = 'once' AND date IS NOT NULL AND weekday IS NULL))
);
CREATE INDEX counselling_availability_counsellor_idx ON counselling_availability (counsellor_id) WHERE active;

CREATE TABLE counselling_bookings (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id         uuid NOT NULL REFERENCES persons (id),
  counsellor_id     uuid NOT NULL REFERENCES staff (id),
  availability_id   uuid NOT NULL REFERENCES counselling_availability (id),
  date              date NOT NULL,
  start_time        text NOT NULL,
  duration_minutes  integer NOT NULL,
  mode              text NOT NULL CHECK (mode IN ('online', 'phone', 'in_person')),
  place             text,
  status            text NOT NULL CHECK (status IN ('requested', 'confirmed', 'completed', 'cancelled')),
  cancelled_by      text CHECK (cancelled_by IN ('person', 'counsellor')),
  cancel_reason     text,
  created_at        timestamptz NOT NULL,
  confirmed_at      timestamptz,
  completed_at      timestamptz,
  cancelled_at      timestamptz
);
-- One live booking per slot of a counsellor.
CREATE UNIQUE INDEX counselling_bookings_slot_idx ON counselling_bookings (counsellor_id, date, start_time)
  WHERE status IN ('requested', 'confirmed');
CREATE INDEX counselling_bookings_person_idx ON counselling_bookings (person_id, date DESC);
CREATE INDEX counselling_bookings_counsellor_idx ON counselling_bookings (counsellor_id, date DESC);

-- Session notes: counsellors only; the text is AES-256-GCM ciphertext (field 'counsellingNote').
CREATE TABLE counselling_notes (
  booking_id     uuid PRIMARY KEY REFERENCES counselling_bookings (id),
  counsellor_id  uuid NOT NULL REFERENCES staff (id),
  body_enc       bytea NOT NULL,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);

-- A self-screening: the answers are ciphertext (field 'screeningAnswers'); the score and band are
-- kept in clear so alerts sort first and officers can see the result without the answers.
CREATE TABLE counselling_screenings (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id      uuid NOT NULL REFERENCES persons (id),
  instrument     text NOT NULL CHECK (instrument IN ('phq9', 'gad7')),
  answers_enc    bytea NOT NULL,
  total          smallint NOT NULL,
  severity       text NOT NULL CHECK (severity IN ('minimal', 'mild', 'moderate', 'moderately_severe', 'severe')),
  alert          boolean NOT NULL,
  alert_reasons  text[] NOT NULL DEFAULT '{}',
  created_at     timestamptz NOT NULL,
  reviewed_at    timestamptz,
  reviewed_by    uuid REFERENCES staff (id)
);
CREATE INDEX counselling_screenings_person_idx ON counselling_screenings (person_id, created_at DESC);
CREATE INDEX counselling_screenings_alert_idx ON counselling_screenings (created_at DESC) WHERE alert AND reviewed_at IS NULL;

CREATE TABLE assistance_applications (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id        uuid NOT NULL REFERENCES persons (id),
  type             text NOT NULL CHECK (type IN ('employment', 'skills_training', 'startup_loan', 'subsistence', 'medical_aid', 'other')),
  other_type       text,
  description_enc  bytea NOT NULL,             -- field 'assistanceDescription' (may hold health details)
  status           text NOT NULL CHECK (status IN ('submitted', 'in_progress', 'concluded', 'withdrawn')),
  outcome          text CHECK (outcome IN ('helped', 'declined')),
  outcome_text     text,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  CHECK (type <> 'other' OR other_type IS NOT NULL),
  CHECK ((status = 'concluded') = (outcome IS NOT NULL))
);
CREATE INDEX assistance_applications_person_idx ON assistance_applications (person_id, created_at DESC);
CREATE INDEX assistance_applications_status_idx ON assistance_applications (status, created_at DESC);

CREATE TABLE assistance_attachments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id  uuid NOT NULL REFERENCES assistance_applications (id),
  file_key        text NOT NULL,               -- FileStore key; the bytes are ciphertext ('assistanceFile')
  mime            text NOT NULL,
  size            integer NOT NULL,
  name            text NOT NULL,
  created_at      timestamptz NOT NULL
);
CREATE INDEX assistance_attachments_app_idx ON assistance_attachments (application_id);

-- Who did what, when: submitted, accepted, helped, declined, withdrawn.
CREATE TABLE assistance_events (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id  uuid NOT NULL REFERENCES assistance_applications (id),
  kind            text NOT NULL CHECK (kind IN ('submitted', 'accepted', 'helped', 'declined', 'withdrawn')),
  at              timestamptz NOT NULL,
  staff_id        uuid REFERENCES staff (id),  -- null: the person did it
  note            text
);
CREATE INDEX assistance_events_app_idx ON assistance_events (application_id, at);
