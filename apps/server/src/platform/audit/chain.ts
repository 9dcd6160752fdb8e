import crypto from 'node:crypto';

/**
 * The audit log's hash chain. Two rules, told apart by each row's `chain_version`:
 *
 * - 2, keyed (every event written since 2026-12): hash_n = HMAC-SHA256(audit key, version ‖
 *   hash_{n-1} ‖ canonical(every column of event n)). The key is derived from the master key
 *   (platform/crypto.ts `deriveAuditKey`) and is not in the database, so someone with database
 *   access alone can neither edit an event nor recompute the chain after it.
 * - 1, legacy (events written before): SHA-256 over some of the columns, without a key. They stay
 *   as they were (the log is append-only); the first keyed event is a seal (`audit.seal`) that
 *   commits, under the key, to how many legacy events there are, their head hash and a digest of
 *   every column of every one of them (`sealDetails`). So the legacy part cannot be rewritten
 *   either, and a keyed event can never be passed off as a legacy one (a legacy row after the seal,
 *   or legacy rows without a seal, fail verification).
 */

export const GENESIS_HASH = '0'.repeat(64);
export const LEGACY_CHAIN = 1;
export const KEYED_CHAIN = 2;
export const SEAL_ACTION = 'audit.seal';

/** JSON with object keys sorted at every level, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Every column of an audit event but its own hash, as stored. */
export interface AuditRowContent {
  id: string;
  /** The timestamp to the microsecond, UTC: `2026-11-29T02:00:00.123000Z`. */
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  actorUnitId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  chainVersion: number;
}

export interface AuditRow extends AuditRowContent {
  hash: string;
  /** The legacy rule's timestamp: ISO with milliseconds, as the driver reads it. */
  legacyAt: string;
}

/** The columns of a row, exactly, whatever else the object carries. */
function content(e: AuditRowContent): AuditRowContent {
  return {
    id: e.id,
    at: e.at,
    actorId: e.actorId,
    actorName: e.actorName,
    actorRole: e.actorRole,
    actorUnitId: e.actorUnitId,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    ip: e.ip,
    reason: e.reason,
    details: e.details,
    prevHash: e.prevHash,
    chainVersion: e.chainVersion,
  };
}

/** The keyed rule: HMAC-SHA256 over every column, the previous hash included. */
export function keyedHash(key: Buffer, e: AuditRowContent): string {
  return crypto
    .createHmac('sha256', key)
    .update(`taobo/audit/v${KEYED_CHAIN}\n`)
    .update(e.prevHash)
    .update('\n')
    .update(canonicalJson(content(e)))
    .digest('hex');
}

/** What a legacy event committed to: no key, and not every column (no actor name, no id). */
export interface LegacyFields {
  at: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  reason: string | null;
  details: Record<string, unknown>;
}

/** The legacy rule: hash_n = SHA-256(hash_{n-1} ‖ canonical(some fields of event n)). */
export function legacyHash(prevHash: string, e: LegacyFields): string {
  const committed: LegacyFields = {
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

/** A running SHA-256 over every column of the legacy events, for the seal to commit to. */
export function legacyDigest() {
  const h = crypto.createHash('sha256');
  return {
    add(row: AuditRow) {
      h.update(canonicalJson({ ...content(row), hash: row.hash }));
      h.update('\n');
    },
    hex: () => h.copy().digest('hex'),
  };
}

/** What the seal event records of the legacy events before it. */
export interface SealDetails {
  legacyEvents: number;
  legacyHead: string;
  legacyDigest: string;
}

export type BrokenReason =
  | 'prev_hash_mismatch'
  | 'hash_mismatch'
  /** A legacy (unkeyed) event after the keyed chain began: a rewritten or foreign event. */
  | 'legacy_after_keyed'
  /** The first keyed event after legacy events is not a seal matching them: they were changed. */
  | 'seal_mismatch'
  /** Legacy events that no keyed seal follows yet (the app seals them on its next start). */
  | 'unsealed'
  | 'unknown_version';

export interface Broken {
  id: string;
  reason: BrokenReason;
}

/**
 * Walks events in id order; `push` each, then `end()`. Reports the first event whose link or
 * content does not check out. Keeps O(1) state, so a chain of any length is verified in pages.
 */
export function chainVerifier(key: Buffer) {
  let prev = GENESIS_HASH;
  let keyedStarted = false;
  let legacyCount = 0;
  let firstLegacyId: string | null = null;
  const digest = legacyDigest();
  let checked = 0;

  function push(e: AuditRow): Broken | null {
    if (e.chainVersion === LEGACY_CHAIN) {
      if (keyedStarted) return { id: e.id, reason: 'legacy_after_keyed' };
      if (e.prevHash !== prev) return { id: e.id, reason: 'prev_hash_mismatch' };
      if (legacyHash(e.prevHash, { ...e, at: e.legacyAt }) !== e.hash)
        return { id: e.id, reason: 'hash_mismatch' };
      digest.add(e);
      legacyCount++;
      firstLegacyId ??= e.id;
    } else if (e.chainVersion === KEYED_CHAIN) {
      if (e.prevHash !== prev) return { id: e.id, reason: 'prev_hash_mismatch' };
      if (keyedHash(key, e) !== e.hash) return { id: e.id, reason: 'hash_mismatch' };
      if (!keyedStarted && legacyCount > 0) {
        const d = e.details as Partial<SealDetails>;
        const sealed =
          e.action === SEAL_ACTION &&
          d.legacyEvents === legacyCount &&
          d.legacyHead === prev &&
          d.legacyDigest === digest.hex();
        if (!sealed) return { id: e.id, reason: 'seal_mismatch' };
      }
      keyedStarted = true;
    } else {
      return { id: e.id, reason: 'unknown_version' };
    }
    prev = e.hash;
    checked++;
    return null;
  }

  return {
    push,
    /** After the last event: legacy events with no seal after them do not verify. */
    end: (): Broken | null =>
      !keyedStarted && firstLegacyId ? { id: firstLegacyId, reason: 'unsealed' } : null,
    get checked() {
      return checked;
    },
    get head() {
      return prev;
    },
    sealDetails: (): SealDetails => ({
      legacyEvents: legacyCount,
      legacyHead: prev,
      legacyDigest: digest.hex(),
    }),
  };
}
