import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPerson, newKey } from '../../testing/personApp.ts';
import { apiAs } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const count = async (table: 'sessions' | 'person_sessions' | 'activation_codes' | 'idempotency_keys') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the sweep’s housekeeping', () => {
  it('purges expired sessions, spent activation codes and week-old idempotency keys, and nothing live', async () => {
    const officer = await t.login('lst_officer');
    const person = await appPerson(t, officer); // one code, now used; one app session
    await person.api.ok('POST', '/api/m/notifications/read-all', {}, { key: newKey() });
    expect(await count('activation_codes')).toBe(1);
    expect(await count('idempotency_keys')).toBe(1);
    const liveAppSessions = await count('person_sessions');

    // Nine days on: the officer's 8-hour session is long gone; the app's 90-day one is not.
    t.clock.set('2026-12-08T02:00:00.000Z');
    try {
      const admin = apiAs(t, await t.login('lst_admin'));
      const result = await admin.ok('POST', '/api/system/sweep');
      expect(result.purged).toBeGreaterThanOrEqual(3); // the officer's session, the used code, the key
      expect(await count('activation_codes')).toBe(0);
      expect(await count('idempotency_keys')).toBe(0);
      expect(await count('person_sessions')).toBe(liveAppSessions);
      expect(await count('sessions')).toBe(1); // the admin who ran it
      expect((await person.api.call('GET', '/api/m/me')).status).toBe(200);
    } finally {
      t.clock.set('2026-11-29T02:00:00.000Z');
    }
  });
});
