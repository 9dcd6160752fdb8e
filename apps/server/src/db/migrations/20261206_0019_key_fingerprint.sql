-- The fingerprint of the master key that encrypts this database's personal data (HKDF of the key,
-- not the key). A start or a restore with another key stops with one sentence instead of writing
-- data that nothing can decrypt together with the rest. One row.
CREATE TABLE instance_key (
  singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  fingerprint text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
