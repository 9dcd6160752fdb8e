-- Supervision (issue 3): measures and their lifecycle, test plans and results, absences,
-- violations, tasks, county test policies, the daily sweep's runs.

-- Women's urine samples are collected by female staff: the collector's gender must be known.
ALTER TABLE staff ADD COLUMN gender text CHECK (gender IN ('male', 'female'));

CREATE TABLE measures (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id              uuid NOT NULL REFERENCES persons (id),
  county_id              text NOT NULL REFERENCES org_units (id),
  type                   text NOT NULL CHECK (type IN ('community_detox', 'community_rehab')),
  status                 text NOT NULL CHECK (status IN ('pending_report', 'executing', 'suspended', 'refused', 'terminated', 'released')),
  decision_no            text NOT NULL,
  decision_date          date NOT NULL,
  received_date          date NOT NULL,
  deciding_authority     text,
  township_id            text NOT NULL REFERENCES org_units (id),
  term_months            integer NOT NULL CHECK (term_months BETWEEN 1 AND 36),
  report_deadline        date NOT NULL,
  reported_date          date,
  report_place           text,
  report_taken_by        uuid REFERENCES staff (id),
  agreement_signed_date  date,
  term_start             date,
  term_end               date,
  suspended_days         integer NOT NULL DEFAULT 0,
  credit_days            integer NOT NULL DEFAULT 0,
  serious_violation      boolean NOT NULL DEFAULT false,
  serious_reasons        text[] NOT NULL DEFAULT '{}',
  exemptions             text[] NOT NULL DEFAULT '{}',
  working_group          jsonb NOT NULL DEFAULT '[]',
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  created_by             uuid REFERENCES staff (id)
);
CREATE INDEX measures_person_idx ON measures (person_id, created_at DESC);
CREATE INDEX measures_status_idx ON measures (status, report_deadline);
CREATE INDEX measures_term_end_idx ON measures (term_end) WHERE status = 'executing';
-- At most one live measure per person.
CREATE UNIQUE INDEX measures_one_live_idx ON measures (person_id) WHERE status IN ('pending_report', 'executing', 'suspended');

-- What happened to a measure, for the timeline: 报到, 协议, 中止, 恢复, 终止, 变更执行地, 解除…
CREATE TABLE measure_events (
  id          bigserial PRIMARY KEY,
  measure_id  uuid NOT NULL REFERENCES measures (id),
  person_id   uuid NOT NULL REFERENCES persons (id),
  at          timestamptz NOT NULL,
  date        date,
  kind        text NOT NULL,
  details     jsonb NOT NULL DEFAULT '{}',
  actor_id    uuid REFERENCES staff (id)
);
CREATE INDEX measure_events_person_idx ON measure_events (person_id, at);

CREATE TABLE suspensions (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id  uuid NOT NULL REFERENCES measures (id),
  from_date   date NOT NULL,
  to_date     date,
  reason      text NOT NULL
);
CREATE INDEX suspensions_measure_idx ON suspensions (measure_id);

CREATE TABLE random_draws (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id   uuid NOT NULL REFERENCES measures (id),
  period_start date NOT NULL,
  period_end   date NOT NULL,
  quota        integer NOT NULL,
  seed         text NOT NULL,
  algorithm    text NOT NULL,
  days         date[] NOT NULL,
  created_at   timestamptz NOT NULL,
  UNIQUE (measure_id, period_start)
);

-- A planned test (a schedule window, a random day, or an extra test) and its result.
CREATE TABLE tests (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id              uuid NOT NULL REFERENCES measures (id),
  person_id               uuid NOT NULL REFERENCES persons (id),
  plan                    text NOT NULL CHECK (plan IN ('scheduled', 'random', 'extra')),
  window_index            integer,
  window_start            date NOT NULL,
  window_end              date NOT NULL,   -- exclusive
  random_draw_id          uuid REFERENCES random_draws (id),
  status                  text NOT NULL CHECK (status IN ('upcoming', 'due', 'done', 'missed', 'excused', 'cancelled')),
  kind                    text CHECK (kind IN ('urine', 'hair', 'lab', 'retest')),
  outcome                 text CHECK (outcome IN ('negative', 'positive', 'pending')),
  taken_date              date,
  collector_ids           uuid[] NOT NULL DEFAULT '{}',
  sample_retention_until  date,
  note                    text,
  recorded_at             timestamptz,
  recorded_by             uuid REFERENCES staff (id),
  UNIQUE (measure_id, plan, window_index)
);
CREATE INDEX tests_measure_idx ON tests (measure_id, window_start);
CREATE INDEX tests_open_idx ON tests (window_end) WHERE status IN ('upcoming', 'due');

CREATE TABLE absences (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id   uuid NOT NULL REFERENCES measures (id),
  person_id    uuid NOT NULL REFERENCES persons (id),
  from_date    date NOT NULL,
  to_date      date NOT NULL,
  reported     boolean NOT NULL,
  destination  text,
  note         text,
  source       text NOT NULL DEFAULT 'staff' CHECK (source IN ('staff', 'leave_request')),
  created_at   timestamptz NOT NULL,
  created_by   uuid REFERENCES staff (id),
  CHECK (from_date <= to_date)
);
CREATE INDEX absences_measure_idx ON absences (measure_id);

CREATE TABLE violations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id  uuid NOT NULL REFERENCES measures (id),
  person_id   uuid NOT NULL REFERENCES persons (id),
  kind        text NOT NULL CHECK (kind IN ('evasion', 'departure', 'relapse', 'refusal', 'serious')),
  status      text NOT NULL CHECK (status IN ('candidate', 'confirmed', 'excused')),
  date        date NOT NULL,
  test_id     uuid REFERENCES tests (id),
  absence_id  uuid REFERENCES absences (id),
  reason      text,
  decided_by  uuid REFERENCES staff (id),
  decided_at  timestamptz,
  created_at  timestamptz NOT NULL,
  -- What makes a violation unique (e.g. evasion:<test id>), so a sweep never raises one twice.
  dedupe_key  text NOT NULL UNIQUE
);
CREATE INDEX violations_person_idx ON violations (person_id, date);
CREATE INDEX violations_candidates_idx ON violations (measure_id) WHERE status = 'candidate';

CREATE TABLE tasks (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind        text NOT NULL CHECK (kind IN ('report_to_police', 'notify_release', 'sign_agreement', 'report_overdue')),
  person_id   uuid NOT NULL REFERENCES persons (id),
  measure_id  uuid REFERENCES measures (id),
  title       text NOT NULL,
  due_date    date,
  status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  evidence    jsonb NOT NULL DEFAULT '[]',
  note        text,
  created_at  timestamptz NOT NULL,
  done_at     timestamptz,
  done_by     uuid REFERENCES staff (id),
  dedupe_key  text NOT NULL UNIQUE
);
CREATE INDEX tasks_open_idx ON tasks (person_id) WHERE status = 'open';

CREATE TABLE test_policies (
  county_id   text PRIMARY KEY REFERENCES org_units (id),
  policy      jsonb NOT NULL,
  updated_at  timestamptz NOT NULL,
  updated_by  uuid REFERENCES staff (id)
);

CREATE TABLE sweep_runs (
  business_date date PRIMARY KEY,
  started_at    timestamptz NOT NULL,
  finished_at   timestamptz,
  result        jsonb
);
