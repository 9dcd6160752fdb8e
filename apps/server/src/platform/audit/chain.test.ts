import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, findBrokenLink, GENESIS_HASH, type StoredEvent } from './chain.ts';

function buildChain(n: number): StoredEvent[] {
  const out: StoredEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const fields = {
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      actorId: 'a1',
      action: 'person.view',
      targetType: 'person',
      targetId: `p${i}`,
      ip: '127.0.0.1',
      reason: null,
      details: { fields: ['phone'], n: i },
    };
    const hash = chainHash(prev, fields);
    out.push({ ...fields, id: String(i), prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('an intact chain verifies', () => {
    expect(findBrokenLink(buildChain(20))).toBeNull();
  });

  it('reports the first event whose content was changed', () => {
    const chain = buildChain(10);
    chain[4] = { ...chain[4]!, actorId: 'someone-else' };
    expect(findBrokenLink(chain)).toEqual({ id: '5', reason: 'hash_mismatch' });
  });

  it('reports a deleted event as a broken link at the next one', () => {
    const chain = buildChain(10);
    chain.splice(6, 1);
    expect(findBrokenLink(chain)).toEqual({ id: '8', reason: 'prev_hash_mismatch' });
  });

  it('a recomputed hash for a forged event still breaks the following link', () => {
    const chain = buildChain(5);
    const forged = { ...chain[1]!, reason: 'forged' };
    forged.hash = chainHash(forged.prevHash, forged);
    chain[1] = forged;
    expect(findBrokenLink(chain)).toEqual({ id: '3', reason: 'prev_hash_mismatch' });
  });
});
