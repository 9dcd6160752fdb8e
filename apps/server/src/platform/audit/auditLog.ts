import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../clock.ts';
import type { Actor } from '../access.ts';
import { chainHash, findBrokenLink, GENESIS_HASH, type StoredEvent } from './chain.ts';

export interface AuditEntry {
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  reason?: string | null;
  /** Never personal values: field names, counts, ids. */
  details?: Record<string, unknown>;
}

/** Who did it, for an audit entry: a staff member. */
export const auditActor = (actor: Actor) => ({
  actorId: actor.id,
  actorName: actor.displayName,
  ip: actor.ip,
});

/** Who did it, for an audit entry: the person themself, in the app (洮泊家园). */
export const AUDIT_PERSON = { actorId: null, actorName: '本人（洮泊家园）', ip: null };

/**
 * Appends to the hash-chained audit log. Call it inside the transaction of the change it records,
 * so the event and the change commit or roll back together. Appends are serialized by an
 * advisory lock held to the end of that transaction.
 */
export function createAuditLog(clock: Clock) {
  async function record(trx: Db, entry: AuditEntry): Promise<void> {
    await sql`SELECT pg_advisory_xact_lock(hashtext('taobo.audit'))`.execute(trx);
    const last = await trx
      .selectFrom('audit_events')
      .select('hash')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const prevHash = last?.hash ?? GENESIS_HASH;
    const fields = {
      at: clock.now().toISOString(),
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ip: entry.ip,
      reason: entry.reason ?? null,
      details: entry.details ?? {},
    };
    await trx
      .insertInto('audit_events')
      .values({
        at: fields.at,
        actor_id: fields.actorId,
        actor_name: entry.actorName,
        action: fields.action,
        target_type: fields.targetType,
        target_id: fields.targetId,
        ip: fields.ip,
        reason: fields.reason,
        details: JSON.stringify(fields.details),
        prev_hash: prevHash,
        hash: chainHash(prevHash, fields),
      })
      .execute();
  }

  return { record };
}
export type AuditLog = ReturnType<typeof createAuditLog>;

/** Walks the whole chain in id order, in pages, and reports the first broken link. */
export async function verifyAuditChain(
  db: Db,
): Promise<{ checked: number; broken: { id: string; reason: string } | null }> {
  let checked = 0;
  let afterId = '0';
  let prev = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(5000)
      .execute();
    if (rows.length === 0) return { checked, broken: null };
    const events: StoredEvent[] = rows.map((r) => ({
      id: String(r.id),
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      ip: r.ip,
      reason: r.reason,
      details: r.details,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
    const broken = findBrokenLink(events, prev);
    if (broken) return { checked: checked + events.findIndex((e) => e.id === broken.id), broken };
    checked += events.length;
    prev = events[events.length - 1]!.hash;
    afterId = events[events.length - 1]!.id;
  }
}
