import crypto from 'node:crypto';

/** What one audit event commits to. `at` is an ISO timestamp with milliseconds. */
export interface ChainedFields {
  at: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  reason: string | null;
  details: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** hash_n = SHA-256(hash_{n-1} ‖ canonical(event_n)). */
export function chainHash(prevHash: string, e: ChainedFields): string {
  // Exactly these fields, whatever else the object carries (a stored event also has id and hashes).
  const committed: ChainedFields = {
    at: e.at,
    actorId: e.actorId,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    ip: e.ip,
    reason: e.reason,
    details: e.details,
  };
  return crypto
    .createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(committed))
    .digest('hex');
}

export interface StoredEvent extends ChainedFields {
  id: string;
  prevHash: string;
  hash: string;
}

/** The first event whose link or content does not check out, or null when the whole chain holds. */
export function findBrokenLink(
  events: Iterable<StoredEvent>,
  startHash = GENESIS_HASH,
): { id: string; reason: 'prev_hash_mismatch' | 'hash_mismatch' } | null {
  let prev = startHash;
  for (const e of events) {
    if (e.prevHash !== prev) return { id: e.id, reason: 'prev_hash_mismatch' };
    if (chainHash(e.prevHash, e) !== e.hash) return { id: e.id, reason: 'hash_mismatch' };
    prev = e.hash;
  }
  return null;
}
