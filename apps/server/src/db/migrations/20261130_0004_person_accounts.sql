-- The person app (洮泊家园): the supervised person's own account, one-time activation codes
-- handed out by staff, and the app's server-side sessions.

-- Created when staff first issue a code; the password is set by activation.
CREATE TABLE person_accounts (
  person_id       uuid PRIMARY KEY REFERENCES persons (id) ON DELETE CASCADE,
  password_hash   text,                       -- argon2id; null until activated
  activated_at    timestamptz,
  failed_attempts integer NOT NULL DEFAULT 0, -- wrong passwords and wrong activation codes alike
  locked_until    timestamptz
);

-- Only a keyed hash of the code is kept (HMAC-SHA256), never the code: 8 digits are too few
-- for a plain SHA-256 to hide them from someone who can read this table.
CREATE TABLE activation_codes (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id   uuid NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  code_hash   text NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  voided_at   timestamptz,                    -- a newer code replaced it before it was used
  created_at  timestamptz NOT NULL,
  created_by  uuid NOT NULL REFERENCES staff (id)
);
CREATE INDEX activation_codes_person_idx ON activation_codes (person_id, created_at);

-- As for staff: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE person_sessions (
  token_hash    text PRIMARY KEY,
  person_id     uuid NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,
  device        text,
  revoked_at    timestamptz
);
CREATE INDEX person_sessions_person_idx ON person_sessions (person_id, expires_at);
