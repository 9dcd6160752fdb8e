import { execFile } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, personInput, type TestApp } from '../testing/testApp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const root = path.resolve(import.meta.dirname, '../../../..');

/** `npm run audit:verify` against the test app's database, with the master key it runs on. */
function verify(secretKeyHex: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'apps/server/src/cli/verifyAudit.ts'],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: t.databaseUrl,
          TAOBO_SECRET_KEY: secretKeyHex,
          NODE_ENV: 'test',
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
    );
  });
}

describe('npm run audit:verify', () => {
  it('passes an intact chain, and exits 1 naming the event someone changed in the database', async () => {
    const cookie = await t.login('lst_officer');
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/persons',
        headers: { cookie },
        payload: personInput(),
      });
      expect(res.statusCode).toBe(201);
    }
    const key = t.masterKey.toString('hex');
    // The sign-in, and for each of the three files its duplicate check and its creation.
    expect(await verify(key)).toEqual({ code: 0, out: 'Audit chain intact: 7 events verified.\n' });

    const second = await t.db
      .selectFrom('audit_events')
      .select('id')
      .orderBy('id')
      .offset(1)
      .executeTakeFirstOrThrow();
    await t.db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(trx);
      await sql`UPDATE audit_events SET actor_name = '别人' WHERE id = ${second.id}`.execute(trx);
      await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(trx);
    });
    const broken = await verify(key);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`Audit chain BROKEN at event ${second.id} (hash_mismatch`);
  }, 60_000);
});
