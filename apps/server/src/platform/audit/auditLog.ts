import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../clock.ts';
import type { Actor } from '../access.ts';
import {
  chainVerifier,
  GENESIS_HASH,
  KEYED_CHAIN,
  keyedHash,
  legacyDigest,
  SEAL_ACTION,
  type AuditRow,
  type AuditRowContent,
  type Broken,
} from './chain.ts';

export interface AuditEntry {
  actorId: string | null;
  actorName: string | null;
  /** The staff member's role and org unit when they acted (their unit scopes GET /api/audit). */
  actorRole?: string | null;
  actorUnitId?: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  reason?: string | null;
  /** Never personal values: field names, counts, ids, blind indexes. */
  details?: Record<string, unknown>;
}

/** Who did it, for an audit entry: a staff member. */
export const auditActor = (actor: Actor) => ({
  actorId: actor.id,
  actorName: actor.displayName,
  actorRole: actor.role,
  actorUnitId: actor.orgUnitId,
  ip: actor.ip,
});

/** Who did it, for an audit entry: the person themself, in the app (洮泊家园). */
export const AUDIT_PERSON = { actorId: null, actorName: '本人（洮泊家园）', ip: null };

/** `at` to the microsecond in UTC, as the chain commits to it (independent of the session's time zone). */
const AT_MICROS = sql<string>`to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const atMicros = (d: Date) => `${d.toISOString().slice(0, 23)}000Z`;

const LOCK = sql`SELECT pg_advisory_xact_lock(hashtext('taobo.audit'))`;

/** A page of stored events, in id order, as the chain reads them. */
async function readPage(db: Db, afterId: string, limit: number): Promise<AuditRow[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .select(AT_MICROS.as('at_us'))
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at_us,
    legacyAt: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorRole: r.actor_role,
    actorUnitId: r.actor_unit_id,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    ip: r.ip,
    reason: r.reason,
    details: r.details,
    prevHash: r.prev_hash,
    hash: r.hash,
    chainVersion: r.chain_version,
  }));
}

async function appendKeyed(
  trx: Db,
  key: Buffer,
  prevHash: string,
  at: Date,
  entry: AuditEntry,
): Promise<string> {
  const { rows } = await sql<{
    id: string;
  }>`SELECT nextval(pg_get_serial_sequence('audit_events', 'id'))::text AS id`.execute(trx);
  const row: AuditRowContent = {
    id: rows[0]!.id,
    at: atMicros(at),
    actorId: entry.actorId,
    actorName: entry.actorName,
    actorRole: entry.actorRole ?? null,
    actorUnitId: entry.actorUnitId ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    ip: entry.ip,
    reason: entry.reason ?? null,
    // As jsonb will give it back: what JSON drops (undefined, functions) is not committed to either.
    details: JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>,
    prevHash,
    chainVersion: KEYED_CHAIN,
  };
  const hash = keyedHash(key, row);
  await trx
    .insertInto('audit_events')
    .values({
      id: row.id,
      at: at.toISOString(),
      actor_id: row.actorId,
      actor_name: row.actorName,
      actor_role: row.actorRole,
      actor_unit_id: row.actorUnitId,
      action: row.action,
      target_type: row.targetType,
      target_id: row.targetId,
      ip: row.ip,
      reason: row.reason,
      details: JSON.stringify(row.details),
      prev_hash: prevHash,
      hash,
      chain_version: KEYED_CHAIN,
    })
    .execute();
  return hash;
}

/**
 * Seals the legacy (unkeyed) events, once, when the last event is one: appends a keyed
 * `audit.seal` event committing to their count, head hash and a digest of every column of every
 * one of them (chain.ts). A legacy chain that was already broken is sealed as it is, and the seal
 * says where it broke: verification keeps reporting that break, nothing is laundered.
 * Call with the audit lock held. Returns the new head hash.
 */
async function sealLegacy(trx: Db, key: Buffer, at: Date): Promise<string> {
  const verifier = chainVerifier(key);
  const digest = legacyDigest();
  let broken: Broken | null = null;
  let count = 0;
  let head = GENESIS_HASH;
  for (let afterId = '0'; ;) {
    const rows = await readPage(trx, afterId, 5000);
    if (rows.length === 0) break;
    for (const r of rows) {
      broken ??= verifier.push(r);
      digest.add(r);
      count++;
      head = r.hash;
    }
    afterId = rows.at(-1)!.id;
  }
  return appendKeyed(trx, key, head, at, {
    actorId: null,
    actorName: '系统',
    action: SEAL_ACTION,
    targetType: 'audit',
    targetId: null,
    ip: null,
    details: {
      legacyEvents: count,
      legacyHead: head,
      legacyDigest: digest.hex(),
      ...(broken && { legacyBroken: broken }),
    },
  });
}

/** The last event's hash and chain version, read with the audit lock held. */
const lastEvent = (trx: Db) =>
  trx
    .selectFrom('audit_events')
    .select(['hash', 'chain_version'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

/**
 * Appends to the keyed hash chain (chain.ts). Call it inside the transaction of the change it
 * records, so the event and the change commit or roll back together. Appends are serialized by an
 * advisory lock held to the end of that transaction; ids are drawn under it, so id order is chain
 * order. `key` is the audit key (platform/crypto.ts `deriveAuditKey`), never stored in the database.
 */
export function createAuditLog(clock: Clock, key: Buffer) {
  async function record(trx: Db, entry: AuditEntry): Promise<void> {
    await LOCK.execute(trx);
    const last = await lastEvent(trx);
    let prevHash = last?.hash ?? GENESIS_HASH;
    if (last && last.chain_version !== KEYED_CHAIN) prevHash = await sealLegacy(trx, key, clock.now());
    await appendKeyed(trx, key, prevHash, clock.now(), entry);
  }

  return { record };
}
export type AuditLog = ReturnType<typeof createAuditLog>;

/**
 * Seals legacy events now rather than at the first audited action (main.ts calls it at start, so
 * that first action does not wait for the walk). Does nothing when there are none.
 */
export async function sealAuditChain(db: Db, clock: Clock, key: Buffer): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await LOCK.execute(trx);
    const last = await lastEvent(trx);
    if (!last || last.chain_version === KEYED_CHAIN) return false;
    await sealLegacy(trx, key, clock.now());
    return true;
  });
}

/** Walks the whole chain in id order, in pages, and reports the first broken link. */
export async function verifyAuditChain(
  db: Db,
  key: Buffer,
): Promise<{ checked: number; broken: Broken | null }> {
  const verifier = chainVerifier(key);
  for (let afterId = '0'; ;) {
    const rows = await readPage(db, afterId, 5000);
    if (rows.length === 0) return { checked: verifier.checked, broken: verifier.end() };
    for (const r of rows) {
      const broken = verifier.push(r);
      if (broken) return { checked: verifier.checked, broken };
    }
    afterId = rows.at(-1)!.id;
  }
}
