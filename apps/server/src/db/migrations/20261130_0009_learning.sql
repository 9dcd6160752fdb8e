-- 在线学习 (online learning): courses of ordered lessons, their media, and each person's progress.
-- A course is scoped to an org-unit subtree (scope_path): it reaches the persons managed within it.

CREATE TABLE courses (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  starter_key     text UNIQUE,            -- the starter courses' stable key: seeding is idempotent
  title           text NOT NULL,
  summary         text NOT NULL DEFAULT '',
  category        text NOT NULL CHECK (category IN
                    ('law', 'drug_harm', 'relapse_prevention', 'mental_health', 'job_skills')),
  credit_hours    numeric(4, 1) NOT NULL CHECK (credit_hours > 0),
  cover_media_id  uuid,
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  org_unit_id     text NOT NULL REFERENCES org_units (id),
  scope_path      text NOT NULL,
  created_at      timestamptz NOT NULL,
  created_by      uuid REFERENCES staff (id),
  updated_at      timestamptz NOT NULL,
  updated_by      uuid REFERENCES staff (id),
  published_at    timestamptz
);
CREATE INDEX courses_scope_idx ON courses (scope_path text_pattern_ops);
CREATE INDEX courses_status_idx ON courses (status, updated_at DESC);

CREATE TABLE course_lessons (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id       uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  position        integer NOT NULL,
  title           text NOT NULL,
  body            text NOT NULL DEFAULT '',   -- the Markdown subset of contracts/learning.ts
  video_media_id  uuid,
  quiz            jsonb,                      -- { questions: [{ text, options, answer }], passMark }
  UNIQUE (course_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- Course media is product content, not personal data: stored unencrypted, served with caching.
CREATE TABLE course_media (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id   uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('image', 'video')),
  mime        text NOT NULL,
  size        integer NOT NULL,
  file_key    text NOT NULL,
  created_at  timestamptz NOT NULL,
  created_by  uuid REFERENCES staff (id)
);
CREATE INDEX course_media_course_idx ON course_media (course_id);

CREATE TABLE lesson_progress (
  person_id       uuid NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  lesson_id       uuid NOT NULL REFERENCES course_lessons (id) ON DELETE CASCADE,
  course_id       uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  read_at         timestamptz,
  video_percent   integer NOT NULL DEFAULT 0 CHECK (video_percent BETWEEN 0 AND 100),
  quiz_attempts   integer NOT NULL DEFAULT 0,
  quiz_passed_at  timestamptz,
  completed_at    timestamptz,
  updated_at      timestamptz NOT NULL,
  PRIMARY KEY (person_id, lesson_id)
);
CREATE INDEX lesson_progress_course_idx ON lesson_progress (course_id, person_id);

CREATE TABLE quiz_attempts (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id   uuid NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  lesson_id   uuid NOT NULL REFERENCES course_lessons (id) ON DELETE CASCADE,
  answers     jsonb NOT NULL,
  correct     integer NOT NULL,
  total       integer NOT NULL,
  passed      boolean NOT NULL,
  at          timestamptz NOT NULL
);
CREATE INDEX quiz_attempts_person_idx ON quiz_attempts (person_id, lesson_id);

-- Hours are credited once per person and course: the primary key makes a second credit impossible.
CREATE TABLE course_completions (
  person_id     uuid NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  course_id     uuid NOT NULL REFERENCES courses (id) ON DELETE RESTRICT,
  completed_at  timestamptz NOT NULL,
  credit_hours  numeric(4, 1) NOT NULL,
  PRIMARY KEY (person_id, course_id)
);
CREATE INDEX course_completions_course_idx ON course_completions (course_id);
