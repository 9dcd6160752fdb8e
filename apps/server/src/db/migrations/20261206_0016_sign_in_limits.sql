-- Issue 10: sign-in that holds under concurrency.

-- The rate limits of /api/auth/* and /api/m/auth/* (platform/signInLimits.ts): one row per key
-- (an IP address, or a hash of an account) and fixed window, kept here so that every server
-- instance counts against the same number. Rows whose window has ended are deleted as they go.
CREATE TABLE auth_throttle (
  key        text PRIMARY KEY,
  hits       integer NOT NULL,
  resets_at  timestamptz NOT NULL
);
CREATE INDEX auth_throttle_resets_idx ON auth_throttle (resets_at);

-- Wrong guesses at one activation code over its life: past the cap the code is spent, as if it
-- had expired (personAuth/service.ts), however the 15-minute locks in between fall.
ALTER TABLE activation_codes ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0;

-- failed_attempts now counts attempts as they begin (auth/lockout.ts): a success sets it back to 0.
COMMENT ON COLUMN staff.failed_attempts IS 'password attempts since the last success, counted before the check';
COMMENT ON COLUMN person_accounts.failed_attempts IS 'password and activation-code attempts since the last success, counted before the check';
