import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import type { PersonCreateInput } from '@taobo/contracts';
import { idNumberCheckChar } from '@taobo/domain';
import { buildApp, type AppDeps } from '../app.ts';
import { fixedClock, type Clock } from '../clock.ts';
import { createDb } from '../db/database.ts';
import { createFieldCipher, deriveAuditKey } from '../platform/crypto.ts';
import { diskFileStore } from '../platform/files.ts';
import type { SignInLimits } from '../platform/signInLimits.ts';
import { createDatabaseFromTemplate, TEST_PASSWORD } from './databases.ts';

/**
 * Limits so high that no test meets them: tests sign in far more often from one address than
 * anyone would. The tests of the limits pass the real ones (`SIGN_IN_LIMITS`).
 */
const UNLIMITED = { max: 1_000_000, windowMs: 60_000 };
export const TEST_SIGN_IN_LIMITS: SignInLimits = {
  perIp: UNLIMITED,
  perAccount: UNLIMITED,
  perIpOther: UNLIMITED,
  activationFailuresPerIp: UNLIMITED,
};

/**
 * The real app on a fresh copy of the template database, with a fixed clock and a random key.
 * Only what is external would be swapped here; nothing is.
 */
export async function createTestApp(
  opts: Pick<AppDeps, 'trustProxy' | 'production' | 'extraPushHosts'> & {
    /** The sign-in rate limits (default: none that a test meets). */
    signInLimits?: SignInLimits;
    /** The clock of the rate limits' windows (default: the real one). */
    limitClock?: Clock;
  } = {},
) {
  const { adminUrl, template } = inject('testDb');
  const database = await createDatabaseFromTemplate(adminUrl, template);
  const db = createDb(database.url, 5);
  const clock = fixedClock('2026-11-29T02:00:00.000Z');
  const masterKey = crypto.randomBytes(32);
  const cipher = createFieldCipher(masterKey);
  const auditKey = deriveAuditKey(masterKey);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'taobo-files-'));
  const app = await buildApp({
    db,
    dbKind: 'external',
    clock,
    cipher,
    auditKey,
    files: diskFileStore(filesDir),
    logLevel: 'silent',
    signInLimits: opts.signInLimits ?? TEST_SIGN_IN_LIMITS,
    ...(opts.limitClock && { limitClock: opts.limitClock }),
    ...(opts.trustProxy !== undefined && { trustProxy: opts.trustProxy }),
    ...(opts.production !== undefined && { production: opts.production }),
    ...(opts.extraPushHosts && { extraPushHosts: opts.extraPushHosts }),
  });

  /** Signs in and returns the cookie header to send. */
  async function login(
    username: string,
    password = TEST_PASSWORD,
    headers: Record<string, string> = {},
  ): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers,
      payload: { username, password },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'taobo_session')!;
    return `${cookie.name}=${cookie.value}`;
  }

  return {
    app,
    db,
    clock,
    cipher,
    auditKey,
    /** The key the cipher and the audit key derive from, and the database: for a CLI run against this app. */
    masterKey,
    databaseUrl: database.url,
    filesDir,
    login,
    async close() {
      await app.close();
      await db.destroy();
      await database.drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A valid ID number (GB 11643) for a test person; random birth date and sequence, so unique in practice. */
export function testIdNumber(opts: { region?: string; birth?: string; female?: boolean } = {}): string {
  const birth =
    opts.birth ??
    new Date(Date.UTC(1965, 0, 1) + crypto.randomInt(0, 35 * 365) * 86_400_000).toISOString().slice(0, 10);
  const seq = crypto.randomInt(0, 499) * 2 + (opts.female ? 0 : 1);
  const first17 = `${opts.region ?? '431103'}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** A minimal valid create body in 梅湾街道 (冷水滩区), lst_officer's township. */
export function personInput(overrides: Partial<PersonCreateInput> = {}): PersonCreateInput {
  return {
    name: '张三',
    idNumber: testIdNumber(),
    phone: `139${String(crypto.randomInt(0, 1e8)).padStart(8, '0')}`,
    orgUnitId: '431103001',
    ...overrides,
  };
}
