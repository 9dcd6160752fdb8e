import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween } from './dates.ts';
import { drawRandomTestDays } from './randomTests.ts';

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('drawRandomTestDays (unannounced random tests, every day equally likely)', () => {
  const q2 = { seed: '431123-2025Q2-张三', periodStart: '2025-04-01', periodEnd: '2025-07-01', quota: 5 };

  it('is reproducible: the same inputs give the same days', () => {
    expect(drawRandomTestDays(q2)).toEqual(drawRandomTestDays({ ...q2 }));
  });

  it('reproduces recorded draws exactly (changing this breaks every audit of an old draw)', () => {
    expect(drawRandomTestDays(q2)).toEqual([
      '2025-04-02',
      '2025-04-24',
      '2025-06-09',
      '2025-06-12',
      '2025-06-15',
    ]);
    expect(
      drawRandomTestDays({
        seed: 'audit-seed-0001',
        periodStart: '2025-01-01',
        periodEnd: '2025-02-01',
        quota: 3,
      }),
    ).toEqual(['2025-01-15', '2025-01-25', '2025-01-27']);
  });

  it('depends on the seed and on the period', () => {
    const other = drawRandomTestDays({ ...q2, seed: '431123-2025Q2-李四' });
    expect(other).not.toEqual(drawRandomTestDays(q2));
    // Same seed, the next quarter: not the same pattern shifted by three months.
    const next = drawRandomTestDays({ ...q2, periodStart: '2025-07-01', periodEnd: '2025-10-01' });
    expect(next.map((d) => daysBetween('2025-07-01', d))).not.toEqual(
      drawRandomTestDays(q2).map((d) => daysBetween('2025-04-01', d)),
    );
  });

  it('returns every day when the quota is at least the number of days', () => {
    const all = ['2025-02-27', '2025-02-28', '2025-03-01'];
    expect(
      drawRandomTestDays({ seed: 's', periodStart: '2025-02-27', periodEnd: '2025-03-02', quota: 10 }),
    ).toEqual(all);
    expect(
      drawRandomTestDays({ seed: 's', periodStart: '2025-02-27', periodEnd: '2025-03-02', quota: 3 }),
    ).toEqual(all);
  });

  it('returns nothing for a zero quota or an empty period, and rejects nonsense', () => {
    expect(drawRandomTestDays({ ...q2, quota: 0 })).toEqual([]);
    expect(drawRandomTestDays({ ...q2, periodEnd: q2.periodStart })).toEqual([]);
    expect(() => drawRandomTestDays({ ...q2, periodEnd: '2025-03-31' })).toThrow(RangeError);
    expect(() => drawRandomTestDays({ ...q2, quota: -1 })).toThrow(RangeError);
    expect(() => drawRandomTestDays({ ...q2, quota: 1.5 })).toThrow(RangeError);
  });

  it('draws distinct, sorted days inside [periodStart, periodEnd) (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        date,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 450 }),
        (seed, periodStart, length, quota) => {
          const periodEnd = addDays(periodStart, length);
          const days = drawRandomTestDays({ seed, periodStart, periodEnd, quota });
          expect(days).toHaveLength(Math.min(quota, length));
          expect(new Set(days).size).toBe(days.length);
          expect([...days].sort()).toEqual(days);
          for (const d of days) expect(periodStart <= d && d < periodEnd).toBe(true);
        },
      ),
    );
  });

  it('keeps every day already drawn when the quota is raised (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 60 }), (seed, quota) => {
        const period = { seed, periodStart: '2025-01-01', periodEnd: '2025-03-01' };
        const fewer = drawRandomTestDays({ ...period, quota });
        const more = new Set(drawRandomTestDays({ ...period, quota: quota + 1 }));
        for (const d of fewer) expect(more.has(d)).toBe(true);
      }),
    );
  });

  it('gives every day the same chance over many seeds (chi-square)', () => {
    const periodStart = '2025-04-01';
    const periodEnd = '2025-05-01'; // 30 days
    const seeds = 3000;
    const quota = 4;
    const counts = new Map<string, number>();
    for (let i = 0; i < seeds; i++) {
      for (const d of drawRandomTestDays({ seed: `person-${i}`, periodStart, periodEnd, quota })) {
        counts.set(d, (counts.get(d) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(30);
    const expected = (seeds * quota) / 30; // 400 per day
    let chiSquare = 0;
    for (const count of counts.values()) {
      expect(Math.abs(count - expected)).toBeLessThan(expected * 0.2);
      chiSquare += (count - expected) ** 2 / expected;
    }
    // 29 degrees of freedom: P(χ² > 58.3) = 0.001 for a uniform draw.
    expect(chiSquare).toBeLessThan(58.3);
  });

  it('is equally likely to draw any day of a month whose length is not a power of two (quota 1)', () => {
    const counts = new Array<number>(31).fill(0);
    const draws = 6200;
    for (let i = 0; i < draws; i++) {
      const [d] = drawRandomTestDays({
        seed: `x${i}`,
        periodStart: '2025-01-01',
        periodEnd: '2025-02-01',
        quota: 1,
      });
      counts[daysBetween('2025-01-01', d!)]! += 1;
    }
    const expected = draws / 31; // 200 per day
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 30 degrees of freedom: P(χ² > 59.7) = 0.001.
    expect(chiSquare).toBeLessThan(59.7);
  });
});
