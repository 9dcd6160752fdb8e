// Unannounced random test days.
//
// Better practice than a predictable calendar (US drug courts): every day of the period is equally
// likely to be drawn. The draw must be reproducible and auditable: it depends only on its inputs, so
// anyone holding the recorded seed, period and quota (and RANDOM_DRAW_ALGORITHM) can re-run it and
// get the same days. The seed should be unpredictable to the person and recorded before the draw
// (e.g. a server-generated random string stored with the plan); choosing it is the caller's job.
//
// Algorithm (version RANDOM_DRAW_ALGORITHM):
// 1. key = seed + "\u0000" + periodStart + "\u0000" + periodEnd, hashed with cyrb128 over its UTF-16
//    code units into four 32-bit words (bryc, public domain);
// 2. those words seed sfc32 (Chris Doty-Humphrey's Small Fast Counter), whose first 15 outputs are
//    discarded;
// 3. a partial Fisher–Yates shuffle of the day offsets 0 … n−1 picks `quota` of them, each index drawn
//    exactly uniformly by rejection sampling on 32-bit outputs;
// 4. the picked days are returned in date order.
// The quota is not part of the key, so raising the quota keeps every day already drawn.

import { addDays, assertValidDate, compareDates, daysBetween } from './dates.ts';

/** Stored with every draw so that a later change of algorithm cannot silently alter old draws. */
export const RANDOM_DRAW_ALGORITHM = 'cyrb128-sfc32-fisher-yates-v1';

export interface RandomDrawInput {
  seed: string;
  periodStart: string;
  /** Exclusive: the period is [periodStart, periodEnd). */
  periodEnd: string;
  /** Number of days to draw; when it is at least the number of days, every day is returned. */
  quota: number;
}

/** `quota` distinct days of [periodStart, periodEnd), uniformly without replacement, sorted. */
export function drawRandomTestDays({ seed, periodStart, periodEnd, quota }: RandomDrawInput): string[] {
  assertValidDate(periodStart, 'periodStart');
  assertValidDate(periodEnd, 'periodEnd');
  if (!Number.isSafeInteger(quota) || quota < 0) {
    throw new RangeError(`drawRandomTestDays: quota must be a non-negative integer, got ${quota}`);
  }
  const days = daysBetween(periodStart, periodEnd);
  if (days < 0) throw new RangeError(`drawRandomTestDays: period ends before it starts`);

  const next = sfc32(cyrb128(`${seed}\u0000${periodStart}\u0000${periodEnd}`));
  const offsets = Array.from({ length: days }, (_, i) => i);
  const picks = Math.min(quota, days);
  for (let i = 0; i < picks; i++) {
    const j = i + uniformBelow(days - i, next);
    [offsets[i], offsets[j]] = [offsets[j]!, offsets[i]!];
  }
  return offsets
    .slice(0, picks)
    .map((offset) => addDays(periodStart, offset))
    .sort(compareDates);
}

/** An integer in [0, bound), exactly uniform given uniform 32-bit outputs (rejection sampling). */
function uniformBelow(bound: number, next: () => number): number {
  const limit = 2 ** 32 - (2 ** 32 % bound); // the largest multiple of bound not above 2^32
  for (;;) {
    const x = next();
    if (x < limit) return x % bound;
  }
}

/** cyrb128 (bryc): a 128-bit non-cryptographic hash of the UTF-16 code units of `str`. */
function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32: a generator of unsigned 32-bit integers. */
function sfc32([seedA, seedB, seedC, seedD]: [number, number, number, number]): () => number {
  let a = seedA;
  let b = seedB;
  let c = seedC;
  let d = seedD;
  const next = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}
