-- Issue 10: the audit chain covers every column and is keyed (platform/audit/chain.ts), and staff
-- can query the log (GET /api/audit).

-- Who acted, as they were when they acted: their role, and their org unit (which scopes the query).
-- chain_version 1 marks the events written before this migration (unkeyed SHA-256, sealed by the
-- first keyed event); every event written from now on is 2 and says so explicitly (no default).
ALTER TABLE audit_events
  ADD COLUMN actor_role text,
  ADD COLUMN actor_unit_id text,
  ADD COLUMN chain_version smallint NOT NULL DEFAULT 1 CHECK (chain_version IN (1, 2));
ALTER TABLE audit_events ALTER COLUMN chain_version DROP DEFAULT;

-- GET /api/audit filters by action, actor and time, newest first.
CREATE INDEX audit_action_idx ON audit_events (action, id DESC);
CREATE INDEX audit_actor_idx ON audit_events (actor_id, id DESC);
CREATE INDEX audit_at_idx ON audit_events (at);
