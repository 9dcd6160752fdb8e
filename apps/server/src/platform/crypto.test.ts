import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createFieldCipher, KeyError, keyFingerprint, loadMasterKey } from './crypto.ts';

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
  const made: string[] = [];
  afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const tmp = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taobo-key-'));
    made.push(dir);
    return dir;
  };
  const inDataDir = (dataDir: string) => ({
    secretKeyHex: undefined,
    secretKeyFile: path.join(dataDir, 'secret.key'),
    dataDir,
    create: true,
  });

  it('is generated once into the data directory, mode 0600, and read back after', () => {
    const dir = tmp();
    const first = loadMasterKey(inDataDir(dir));
    expect(first.key).toHaveLength(32);
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(loadMasterKey(inDataDir(dir)).key.equals(first.key)).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });

  it('prefers TAOBO_SECRET_KEY', () => {
    const hex = 'ab'.repeat(32);
    expect(loadMasterKey({ ...inDataDir('/nonexistent'), secretKeyHex: hex }).key.toString('hex')).toBe(hex);
  });

  it('lives in TAOBO_SECRET_KEY_FILE outside the data directory, which then holds no copy of it', () => {
    const dataDir = tmp();
    const keyDir = tmp();
    const file = path.join(keyDir, 'etc', 'taobo.key');
    const { key, source } = loadMasterKey({
      secretKeyHex: undefined,
      secretKeyFile: file,
      dataDir,
      create: true,
    });
    expect(source).toBe(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dataDir)).toEqual([]);
    expect(
      loadMasterKey({ secretKeyHex: undefined, secretKeyFile: file, dataDir, create: true }).key.equals(key),
    ).toBe(true);
    fs.rmSync(dataDir, { recursive: true });
    fs.rmSync(keyDir, { recursive: true });
  });

  it('refuses to make a new key file while the data directory still holds the old key', () => {
    const dataDir = tmp();
    loadMasterKey(inDataDir(dataDir));
    const elsewhere = path.join(tmp(), 'taobo.key');
    const load = () =>
      loadMasterKey({ secretKeyHex: undefined, secretKeyFile: elsewhere, dataDir, create: true });
    expect(load).toThrow(KeyError);
    expect(load).toThrow(/move that file there/);
    expect(fs.existsSync(elsewhere)).toBe(false);
  });

  it('is never generated where it must already exist (production, a restore)', () => {
    const dataDir = tmp();
    expect(() => loadMasterKey({ ...inDataDir(dataDir), create: false })).toThrow(/No encryption key at/);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('has a fingerprint that tells keys apart and gives nothing of the key away', () => {
    const a = crypto.randomBytes(32);
    expect(keyFingerprint(a)).toBe(keyFingerprint(Buffer.from(a)));
    expect(keyFingerprint(a)).not.toBe(keyFingerprint(crypto.randomBytes(32)));
    expect(keyFingerprint(a)).toMatch(/^[0-9a-f]{32}$/);
    expect(a.toString('hex')).not.toContain(keyFingerprint(a));
  });
});
