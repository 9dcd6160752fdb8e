import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, personInput, type TestApp } from '../../testing/testApp.ts';
import { verifyAuditChain } from './auditLog.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit chain on PostgreSQL', () => {
  it('stays intact under concurrent writers, and finds the first tampered event', async () => {
    const cookie = await t.login('lst_officer');
    // Ten files created at once: appends serialize on the advisory lock, so the chain has no fork.
    const created = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie }, payload: personInput() }),
      ),
    );
    expect(created.every((r) => r.statusCode === 201)).toBe(true);
    const intact = await verifyAuditChain(t.db);
    // Two events per file: its ID number's duplicate check, and the creation.
    expect(intact).toEqual({ checked: 20, broken: null });

    // Someone with database access edits event 4, going around the append-only trigger.
    const ids = (await t.db.selectFrom('audit_events').select('id').orderBy('id').execute()).map((r) =>
      String(r.id),
    );
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(t.db);
    await sql`UPDATE audit_events SET actor_name = 'x', reason = 'covered up' WHERE id = ${ids[3]}`.execute(
      t.db,
    );
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toEqual({
      checked: 3,
      broken: { id: ids[3], reason: 'hash_mismatch' },
    });
  });
});
