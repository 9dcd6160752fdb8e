import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, loadMasterKey } from './crypto.ts';

const cipher = createFieldCipher(crypto.randomBytes(32));

describe('field encryption (AES-256-GCM)', () => {
  it('round-trips any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        (s) => cipher.decrypt('phone', cipher.encrypt('phone', s)) === s,
      ),
    );
  });

  it('uses a fresh nonce, so one value encrypts differently each time', () => {
    expect(
      cipher
        .encrypt('idNumber', '430103199001011234')
        .equals(cipher.encrypt('idNumber', '430103199001011234')),
    ).toBe(false);
  });

  it('does not contain the plaintext', () => {
    const enc = cipher.encrypt('idNumber', '430103199001011234');
    expect(enc.toString('latin1')).not.toContain('430103199001011234');
  });

  it('rejects a ciphertext moved to another field, altered, or read with another key', () => {
    const enc = cipher.encrypt('phone', '13812345678');
    expect(() => cipher.decrypt('idNumber', enc)).toThrow();
    const tampered = Buffer.from(enc);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => cipher.decrypt('phone', tampered)).toThrow();
    expect(() => createFieldCipher(crypto.randomBytes(32)).decrypt('phone', enc)).toThrow();
  });

  it('gives a stable blind index per field and key', () => {
    expect(cipher.blindIndex('phone', '13812345678').equals(cipher.blindIndex('phone', '13812345678'))).toBe(
      true,
    );
    expect(
      cipher.blindIndex('phone', '13812345678').equals(cipher.blindIndex('idNumber', '13812345678')),
    ).toBe(false);
    const other = createFieldCipher(crypto.randomBytes(32));
    expect(cipher.blindIndex('phone', '13812345678').equals(other.blindIndex('phone', '13812345678'))).toBe(
      false,
    );
  });
});

describe('master key', () => {
  it('is generated once into the data directory, mode 0600, and read back after', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taobo-key-'));
    const first = loadMasterKey(undefined, dir);
    expect(first.key).toHaveLength(32);
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(loadMasterKey(undefined, dir).key.equals(first.key)).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });

  it('prefers TAOBO_SECRET_KEY', () => {
    const hex = 'ab'.repeat(32);
    expect(loadMasterKey(hex, '/nonexistent').key.toString('hex')).toBe(hex);
  });
});
