import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import { createTestApp, personInput, type TestApp } from '../../testing/testApp.ts';
import { sealAuditChain, verifyAuditChain } from './auditLog.ts';
import { GENESIS_HASH, legacyHash } from './chain.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

class Rollback extends Error {}
/** Runs `work` as someone with database access, going around the append-only trigger, then undoes it. */
async function asAttacker<T>(work: (trx: Db) => Promise<T>, db: Db = t.db): Promise<T> {
  let result: T;
  await db
    .transaction()
    .execute(async (trx) => {
      await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(trx);
      result = await work(trx);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return result!;
}

const ids = async (db: Db = t.db) =>
  (await db.selectFrom('audit_events').select('id').orderBy('id').execute()).map((r) => String(r.id));

/** A changed value for a column of the given type, as SQL. */
function tampered(column: string, type: string) {
  const c = sql.ref(column);
  switch (type) {
    case 'bigint':
      return sql`${c} + 1000`;
    case 'smallint':
      return sql`1`;
    case 'uuid':
      return sql`gen_random_uuid()`;
    case 'timestamp with time zone':
      return sql`${c} + interval '1 microsecond'`;
    case 'jsonb':
      return sql`${c} || '{"x": 1}'::jsonb`;
    case 'text':
      return sql`coalesce(${c}, '') || 'x'`;
    default:
      throw new Error(`No tampering for ${column} (${type}): add it here`);
  }
}

describe('audit chain on PostgreSQL', () => {
  it('stays intact under concurrent writers', async () => {
    const cookie = await t.login('lst_officer');
    // Ten files created at once: appends serialize on the advisory lock, so the chain has no fork.
    const created = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie }, payload: personInput() }),
      ),
    );
    expect(created.every((r) => r.statusCode === 201)).toBe(true);
    // The sign-in, and two events per file: its ID number's duplicate check, and the creation.
    expect(await verifyAuditChain(t.db, t.auditKey)).toEqual({ checked: 21, broken: null });
    // Each event names who acted, with their role and unit at the time.
    const row = await t.db.selectFrom('audit_events').selectAll().orderBy('id').executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      actor_name: '李专干',
      actor_role: 'officer',
      actor_unit_id: '431103001',
      chain_version: 2,
    });
  });

  it('an UPDATE of any one column of an event makes verify fail and name that event', async () => {
    const columns = (
      await sql<{ column_name: string; data_type: string }>`
        SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'audit_events'`.execute(t.db)
    ).rows;
    expect(columns.length).toBeGreaterThanOrEqual(15);
    const all = await ids();
    for (const { column_name: column, data_type: type } of columns) {
      // The id orders the chain: renumbering the last event keeps the order, so its content must tell.
      const target = column === 'id' ? all.at(-1)! : all[4]!;
      const result = await asAttacker(async (trx) => {
        const changed = await sql<{ id: string }>`
          UPDATE audit_events SET ${sql.ref(column)} = ${tampered(column, type)}
          WHERE id = ${target} RETURNING id::text`.execute(trx);
        return { id: changed.rows[0]!.id, verified: await verifyAuditChain(trx, t.auditKey) };
      });
      expect(result.verified.broken?.id, column).toBe(result.id);
      expect(result.verified.checked, column).toBe(all.indexOf(target));
    }
    expect(await verifyAuditChain(t.db, t.auditKey)).toMatchObject({ broken: null });
  });

  it('recomputing the chain without the key does not fool verify', async () => {
    const all = await ids();
    const broken = await asAttacker(async (trx) => {
      // The attacker rewrites event 4's actor and recomputes every hash after it as plain SHA-256.
      const rows = await trx.selectFrom('audit_events').selectAll().orderBy('id').execute();
      let prev = rows[2]!.hash;
      for (const r of rows.slice(3)) {
        const fields = {
          at: new Date(r.at).toISOString(),
          actorId: r.actor_id,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          ip: r.ip,
          reason: r.reason,
          details: r.details,
        };
        const hash = legacyHash(prev, fields);
        await sql`UPDATE audit_events SET actor_name = ${r.id === rows[3]!.id ? '别人' : r.actor_name},
          prev_hash = ${prev}, hash = ${hash} WHERE id = ${r.id}`.execute(trx);
        prev = hash;
      }
      const plain = await verifyAuditChain(trx, t.auditKey);
      // …or marks them all as events from before the keyed chain.
      await sql`UPDATE audit_events SET chain_version = 1 WHERE id >= ${rows[3]!.id}`.execute(trx);
      return { plain, downgraded: await verifyAuditChain(trx, t.auditKey) };
    });
    expect(broken.plain.broken).toEqual({ id: all[3], reason: 'hash_mismatch' });
    expect(broken.downgraded.broken).toEqual({ id: all[3], reason: 'legacy_after_keyed' });
    // The wrong key fails from the first event.
    expect((await verifyAuditChain(t.db, crypto.randomBytes(32))).broken).toEqual({
      id: all[0],
      reason: 'hash_mismatch',
    });
  });
});

describe('events from before the keyed chain', () => {
  let u: TestApp;
  beforeAll(async () => {
    u = await createTestApp();
  });
  afterAll(() => u.close());

  /** Events as the app wrote them before migration 0018: unkeyed SHA-256 over some columns. */
  async function writeLegacy(db: Db, n: number) {
    let prev = GENESIS_HASH;
    for (let i = 0; i < n; i++) {
      const fields = {
        at: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
        actorId: null,
        action: 'person.view',
        targetType: 'person',
        targetId: `legacy-${i}`,
        ip: '127.0.0.1',
        reason: null,
        details: { n: i },
      };
      const hash = legacyHash(prev, fields);
      await db
        .insertInto('audit_events')
        .values({
          at: fields.at,
          actor_id: null,
          actor_name: '旧记录',
          action: fields.action,
          target_type: fields.targetType,
          target_id: fields.targetId,
          ip: fields.ip,
          reason: null,
          details: JSON.stringify(fields.details),
          prev_hash: prev,
          hash,
          chain_version: 1,
        })
        .execute();
      prev = hash;
    }
  }

  it('are sealed under the key once, then verify; a later change to them is caught', async () => {
    await writeLegacy(u.db, 4);
    // Not yet sealed: indistinguishable from a log rewritten without the key, so it does not pass.
    const first = (await ids(u.db))[0];
    expect(await verifyAuditChain(u.db, u.auditKey)).toEqual({
      checked: 4,
      broken: { id: first, reason: 'unsealed' },
    });

    // The first audited action seals them (or the start, main.ts: sealAuditChain).
    const cookie = await u.login('lst_officer');
    const res = await u.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: { cookie },
      payload: personInput(),
    });
    expect(res.statusCode).toBe(201);
    expect(await sealAuditChain(u.db, u.clock, u.auditKey)).toBe(false);
    const rows = await u.db.selectFrom('audit_events').selectAll().orderBy('id').execute();
    expect(rows.map((r) => [r.action, r.chain_version])).toEqual([
      ['person.view', 1],
      ['person.view', 1],
      ['person.view', 1],
      ['person.view', 1],
      ['audit.seal', 2],
      ['auth.login', 2],
      ['person.duplicate_check', 2],
      ['person.create', 2],
    ]);
    expect(rows[4]!.details).toMatchObject({ legacyEvents: 4, legacyHead: rows[3]!.hash });
    expect(await verifyAuditChain(u.db, u.auditKey)).toEqual({ checked: 8, broken: null });

    // The old rule never covered the actor's name; the seal does.
    const broken = await asAttacker(async (trx) => {
      await sql`UPDATE audit_events SET actor_name = '别人' WHERE id = ${String(rows[1]!.id)}`.execute(trx);
      return verifyAuditChain(trx, u.auditKey);
    }, u.db);
    expect(broken.broken).toEqual({ id: String(rows[4]!.id), reason: 'seal_mismatch' });
  });

  it('at start, a log of legacy events only is sealed without waiting for an action', async () => {
    const v = await createTestApp();
    try {
      await writeLegacy(v.db, 2);
      expect(await sealAuditChain(v.db, v.clock, v.auditKey)).toBe(true);
      expect(await sealAuditChain(v.db, v.clock, v.auditKey)).toBe(false);
      expect(await verifyAuditChain(v.db, v.auditKey)).toEqual({ checked: 3, broken: null });
    } finally {
      await v.close();
    }
  });
});
