import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Field encryption for sensitive personal data (个人信息保护法): AES-256-GCM with a random
 * 96-bit nonce, the field name bound as associated data so a ciphertext cannot be moved to
 * another column; plus an HMAC-SHA256 blind index for exact look-up without decrypting.
 * Both keys are derived from one 32-byte master key with HKDF.
 *
 * Ciphertext layout: version (1 byte) | nonce (12) | tag (16) | ciphertext.
 */
export interface FieldCipher {
  encrypt(field: string, plaintext: string | Buffer): Buffer;
  decrypt(field: string, ciphertext: Buffer): string;
  decryptBytes(field: string, ciphertext: Buffer): Buffer;
  blindIndex(field: string, value: string): Buffer;
}

const VERSION = 1;

export function createFieldCipher(masterKey: Buffer): FieldCipher {
  if (masterKey.length !== 32) throw new Error('The master key must be 32 bytes');
  const derive = (info: string) =>
    Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
  const encKey = derive('taobo/field-encryption/v1');
  const macKey = derive('taobo/blind-index/v1');
  function decryptBytes(field: string, data: Buffer): Buffer {
    if (data[0] !== VERSION) throw new Error('Unknown ciphertext version');
    const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, data.subarray(1, 13));
    decipher.setAAD(Buffer.from(field));
    decipher.setAuthTag(data.subarray(13, 29));
    return Buffer.concat([decipher.update(data.subarray(29)), decipher.final()]);
  }
  return {
    encrypt(field, plaintext) {
      const nonce = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, nonce);
      cipher.setAAD(Buffer.from(field));
      const body = Buffer.concat([
        typeof plaintext === 'string' ? cipher.update(plaintext, 'utf8') : cipher.update(plaintext),
        cipher.final(),
      ]);
      return Buffer.concat([Buffer.of(VERSION), nonce, cipher.getAuthTag(), body]);
    },
    decrypt: (field, data) => decryptBytes(field, data).toString('utf8'),
    decryptBytes,
    blindIndex(field, value) {
      return crypto.createHmac('sha256', macKey).update(`${field}\0${value}`).digest();
    },
  };
}

/**
 * The key of the audit log's hash chain (platform/audit/chain.ts): derived from the master key with
 * its own HKDF label, so it is never the encryption or blind-index key, and never in the database.
 */
export function deriveAuditKey(masterKey: Buffer): Buffer {
  if (masterKey.length !== 32) throw new Error('The master key must be 32 bytes');
  return Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'taobo/audit-chain/v1', 32));
}

/**
 * The master key: TAOBO_SECRET_KEY when set, else the key file (TAOBO_SECRET_KEY_FILE, or
 * `secret.key` in the data directory), generated on first start (mode 0600) unless `create` is
 * false. Losing that file loses the encrypted data. With the file outside the data directory, a
 * copy of the data directory (or a backup, which never holds the key) is useless without it.
 */
export function loadMasterKey(options: {
  secretKeyHex: string | undefined;
  secretKeyFile: string;
  dataDir: string;
  create: boolean;
}): { key: Buffer; source: string } {
  const { secretKeyHex, secretKeyFile: file, dataDir } = options;
  if (secretKeyHex) return { key: Buffer.from(secretKeyHex, 'hex'), source: 'TAOBO_SECRET_KEY' };
  if (!fs.existsSync(file)) {
    const inDataDir = path.join(dataDir, 'secret.key');
    if (file !== inDataDir && fs.existsSync(inDataDir)) {
      // A new key here would leave the data written with the old one unreadable.
      throw new KeyError(
        `TAOBO_SECRET_KEY_FILE points to ${file}, which does not exist, while ${inDataDir} holds this installation's key: move that file there.`,
      );
    }
    if (!options.create) {
      throw new KeyError(
        `No encryption key at ${file}: put the key this data was written with there (or set TAOBO_SECRET_KEY_FILE to it).`,
      );
    }
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  }
  const hex = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new KeyError(`${file} does not hold a 64-hex-character key.`);
  return { key: Buffer.from(hex, 'hex'), source: file };
}

/** A wrong, missing or unreadable encryption key: one sentence that names the file. */
export class KeyError extends Error {}

/**
 * A short public fingerprint of the master key (HKDF, so it reveals nothing of the key): kept in the
 * database and in backups, to refuse a start or a restore with another key instead of
 * writing data that the rest cannot decrypt.
 */
export function keyFingerprint(masterKey: Buffer): string {
  return Buffer.from(
    crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'taobo/key-fingerprint/v1', 16),
  ).toString('hex');
}
