-- Web push for the person app (洮泊家园): the installation's VAPID key pair, made once on first
-- use. It lives in the database, with the private key encrypted by the field cipher, so every
-- server instance signs with the same key (a subscription is bound to the public key) and a
-- restored backup keeps working subscriptions.
CREATE TABLE push_vapid_keys (
  id          smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  public_key  text NOT NULL,             -- base64url, handed to browsers
  private_key bytea NOT NULL,            -- encrypted (FieldCipher, field 'push_vapid_keys.private_key')
  created_at  timestamptz NOT NULL
);

