import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  chainVerifier,
  GENESIS_HASH,
  KEYED_CHAIN,
  keyedHash,
  LEGACY_CHAIN,
  legacyHash,
  SEAL_ACTION,
  type AuditRow,
  type Broken,
} from './chain.ts';

/** The first event whose link or content does not check out, as verifyAuditChain walks them. */
function findBrokenLink(key: Buffer, events: AuditRow[]): Broken | null {
  const v = chainVerifier(key);
  for (const e of events) {
    const broken = v.push(e);
    if (broken) return broken;
  }
  return v.end();
}

const key = crypto.randomBytes(32);

function event(i: number): Omit<AuditRow, 'hash' | 'prevHash' | 'chainVersion'> {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
  return {
    id: String(i),
    at: `${at.toISOString().slice(0, 23)}000Z`,
    legacyAt: at.toISOString(),
    actorId: 'a1',
    actorName: '李专干',
    actorRole: 'officer',
    actorUnitId: '431103001',
    action: 'person.view',
    targetType: 'person',
    targetId: `p${i}`,
    ip: '127.0.0.1',
    reason: null,
    details: { fields: ['phone'], n: i },
  };
}

function keyedChain(n: number, k = key, start = 1, prev = GENESIS_HASH): AuditRow[] {
  const out: AuditRow[] = [];
  for (let i = start; i < start + n; i++) {
    const row = { ...event(i), prevHash: prev, chainVersion: KEYED_CHAIN };
    const hash = keyedHash(k, row);
    out.push({ ...row, hash });
    prev = hash;
  }
  return out;
}

/** Events as the app wrote them before the keyed chain: SHA-256, no key, no actor name. */
function legacyChain(n: number): AuditRow[] {
  const out: AuditRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = { ...event(i), actorRole: null, actorUnitId: null, prevHash: prev, chainVersion: LEGACY_CHAIN };
    const hash = legacyHash(prev, { ...e, at: e.legacyAt });
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}

/** The seal the app appends after legacy events, and n keyed events after it. */
function sealed(legacy: AuditRow[], n: number): AuditRow[] {
  const v = chainVerifier(key);
  for (const e of legacy) expect(v.push(e)).toBeNull();
  const seal = {
    ...event(legacy.length + 1),
    action: SEAL_ACTION,
    targetType: 'audit',
    targetId: null,
    details: { ...v.sealDetails() },
    prevHash: v.head,
    chainVersion: KEYED_CHAIN,
  };
  const sealRow = { ...seal, hash: keyedHash(key, seal) };
  return [...legacy, sealRow, ...keyedChain(n, key, legacy.length + 2, sealRow.hash)];
}

/** Every column an attacker could change, and a changed value for it. */
const TAMPER: Record<string, (e: AuditRow) => Partial<AuditRow>> = {
  at: (e) => ({ at: e.at.replace(/000Z$/, '001Z') }),
  actorId: () => ({ actorId: 'someone-else' }),
  actorName: () => ({ actorName: '别人' }),
  actorRole: () => ({ actorRole: 'admin' }),
  actorUnitId: () => ({ actorUnitId: '431123' }),
  action: () => ({ action: 'person.create' }),
  targetType: () => ({ targetType: 'staff' }),
  targetId: () => ({ targetId: 'p999' }),
  ip: () => ({ ip: '10.0.0.1' }),
  reason: () => ({ reason: 'covered up' }),
  details: (e) => ({ details: { ...e.details, n: 0 } }),
};

describe('audit hash chain', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('an intact keyed chain verifies', () => {
    expect(findBrokenLink(key, keyedChain(20))).toBeNull();
  });

  it('a change to any one column of any event is reported at that event', () => {
    for (const [column, change] of Object.entries(TAMPER)) {
      for (const at of [0, 4, 9]) {
        const chain = keyedChain(10);
        chain[at] = { ...chain[at]!, ...change(chain[at]!) };
        expect(findBrokenLink(key, chain), column).toEqual({ id: String(at + 1), reason: 'hash_mismatch' });
      }
    }
  });

  it('the id is committed to: renumbering the last event breaks it', () => {
    const chain = keyedChain(5);
    chain[4] = { ...chain[4]!, id: '500' };
    expect(findBrokenLink(key, chain)).toEqual({ id: '500', reason: 'hash_mismatch' });
  });

  it('reports a deleted event as a broken link at the next one', () => {
    const chain = keyedChain(10);
    chain.splice(6, 1);
    expect(findBrokenLink(key, chain)).toEqual({ id: '8', reason: 'prev_hash_mismatch' });
  });

  it('without the key a rewritten chain does not verify: not as plain SHA-256, nor under another key', () => {
    const chain = keyedChain(6);
    // The attacker edits event 3 and recomputes every hash from there on, as the old chain did.
    let prev = chain[1]!.hash;
    for (let i = 2; i < chain.length; i++) {
      const e = { ...chain[i]!, prevHash: prev, ...(i === 2 && { reason: 'forged' }) };
      e.hash = legacyHash(prev, e);
      chain[i] = e;
      prev = e.hash;
    }
    expect(findBrokenLink(key, chain)).toEqual({ id: '3', reason: 'hash_mismatch' });

    const guessed = keyedChain(6, crypto.randomBytes(32));
    expect(findBrokenLink(key, guessed)).toEqual({ id: '1', reason: 'hash_mismatch' });
  });

  it('a keyed event relabelled as legacy (downgraded and rehashed) does not verify', () => {
    const chain = sealed(legacyChain(3), 4);
    // Event 6 (keyed) becomes a "legacy" event with a plain SHA-256 recomputed from its predecessor.
    const e = { ...chain[5]!, chainVersion: LEGACY_CHAIN, reason: 'forged' };
    e.hash = legacyHash(e.prevHash, { ...e, at: e.legacyAt });
    chain[5] = e;
    expect(findBrokenLink(key, chain)).toEqual({ id: '6', reason: 'legacy_after_keyed' });
    // …and so does a whole log downgraded to legacy: there is no seal after it.
    expect(findBrokenLink(key, legacyChain(7))).toEqual({ id: '1', reason: 'unsealed' });
  });

  it('legacy events verify under the old rule when the keyed seal after them matches', () => {
    expect(findBrokenLink(key, sealed(legacyChain(5), 3))).toBeNull();
  });

  it('a legacy event changed in a column the old rule did not cover is caught by the seal', () => {
    const chain = sealed(legacyChain(5), 3);
    chain[2] = { ...chain[2]!, actorName: '别人' };
    expect(findBrokenLink(key, chain)).toEqual({ id: '6', reason: 'seal_mismatch' });
  });

  it('a legacy event changed and the legacy chain recomputed after it is caught by the seal', () => {
    const chain = sealed(legacyChain(5), 3);
    let prev = chain[1]!.hash;
    for (let i = 2; i < 5; i++) {
      const e = { ...chain[i]!, prevHash: prev, ...(i === 2 && { targetId: 'p999' }) };
      e.hash = legacyHash(prev, { ...e, at: e.legacyAt });
      chain[i] = e;
      prev = e.hash;
    }
    // The seal's own link to the head it recorded breaks first.
    expect(findBrokenLink(key, chain)).toEqual({ id: '6', reason: 'prev_hash_mismatch' });
  });
});
