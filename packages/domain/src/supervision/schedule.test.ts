import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths } from './dates.ts';
import {
  defaultPolicy,
  dueWindows,
  matchTestsToWindows,
  missedWindows,
  scheduleWindows,
  validatePolicy,
  type DrugTest,
  type TestPolicy,
  type TestWindow,
} from './schedule.ts';

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Valid policies: contiguous phases from month 0, each with a positive interval. */
const policy: fc.Arbitrary<TestPolicy> = fc
  .array(fc.record({ length: fc.integer({ min: 1, max: 18 }), interval: fc.integer({ min: 1, max: 12 }) }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((specs) => {
    let from = 0;
    return {
      phases: specs.map(({ length, interval }) => {
        const phase = { fromMonth: from, toMonth: from + length, intervalMonths: interval };
        from += length;
        return phase;
      }),
    };
  });

const test = (id: string, date: string, outcome: DrugTest['outcome'] = 'negative'): DrugTest => ({
  id,
  date,
  outcome,
});

describe('scheduleWindows (domain.md "Windows, done right")', () => {
  it('社区戒毒 from 2024-01-15: 12 monthly, 6 two-monthly, 4 quarterly windows = 22', () => {
    const windows = scheduleWindows('2024-01-15', 36, defaultPolicy('community_detox'));
    expect(windows.map((w) => w.end)).toEqual([
      '2024-02-15',
      '2024-03-15',
      '2024-04-15',
      '2024-05-15',
      '2024-06-15',
      '2024-07-15',
      '2024-08-15',
      '2024-09-15',
      '2024-10-15',
      '2024-11-15',
      '2024-12-15',
      '2025-01-15',
      '2025-03-15',
      '2025-05-15',
      '2025-07-15',
      '2025-09-15',
      '2025-11-15',
      '2026-01-15',
      '2026-04-15',
      '2026-07-15',
      '2026-10-15',
      '2027-01-15',
    ]);
    expect(windows).toHaveLength(22);
    expect(windows[0]).toEqual({ index: 0, start: '2024-01-15', end: '2024-02-15' });
  });

  it('社区康复 of 3 years has 12 windows: every 2 months, then quarterly, then half-yearly', () => {
    const windows = scheduleWindows('2024-01-15', 36, defaultPolicy('community_rehab'));
    expect(windows).toHaveLength(12);
    expect(windows.map((w) => w.end)).toEqual([
      '2024-03-15',
      '2024-05-15',
      '2024-07-15',
      '2024-09-15',
      '2024-11-15',
      '2025-01-15',
      '2025-04-15',
      '2025-07-15',
      '2025-10-15',
      '2026-01-15',
      '2026-07-15',
      '2027-01-15',
    ]);
  });

  it('a 2-year 社区康复 has its own, shorter plan ending with the term (戒毒条例 第三十七条)', () => {
    const windows = scheduleWindows('2024-01-15', 24, defaultPolicy('community_rehab'));
    expect(windows).toHaveLength(10);
    expect(windows.at(-1)?.end).toBe('2026-01-15');
  });

  it('computes every bound from the term start and clamps to month end (start on the 31st)', () => {
    const windows = scheduleWindows('2024-01-31', 36, defaultPolicy('community_detox'));
    expect(windows.slice(0, 4).map((w) => [w.start, w.end])).toEqual([
      ['2024-01-31', '2024-02-29'],
      ['2024-02-29', '2024-03-31'],
      ['2024-03-31', '2024-04-30'],
      ['2024-04-30', '2024-05-31'],
    ]);
    expect(windows.at(-1)?.end).toBe('2027-01-31');
  });

  it('cuts a window at a phase boundary and continues the last interval past the last phase', () => {
    const windows = scheduleWindows('2024-01-01', 9, {
      phases: [
        { fromMonth: 0, toMonth: 5, intervalMonths: 2 },
        { fromMonth: 5, toMonth: 6, intervalMonths: 3 },
      ],
    });
    expect(windows.map((w) => w.end)).toEqual([
      '2024-03-01',
      '2024-05-01',
      '2024-06-01',
      '2024-07-01',
      '2024-10-01',
    ]);
  });

  it('rejects invalid policies with a message for the person configuring them', () => {
    expect(validatePolicy(defaultPolicy('community_detox'))).toBeNull();
    expect(validatePolicy({ phases: [] })).toBe('检测计划至少需要一个阶段');
    expect(validatePolicy({ phases: [{ fromMonth: 1, toMonth: 12, intervalMonths: 1 }] })).toBe(
      '第1阶段应从第0个月（报到当月）开始',
    );
    expect(
      validatePolicy({
        phases: [
          { fromMonth: 0, toMonth: 12, intervalMonths: 1 },
          { fromMonth: 13, toMonth: 24, intervalMonths: 2 },
        ],
      }),
    ).toBe('第2阶段应紧接上一阶段开始');
    expect(validatePolicy({ phases: [{ fromMonth: 0, toMonth: 0, intervalMonths: 1 }] })).toBe(
      '第1阶段的结束月份应晚于开始月份',
    );
    expect(validatePolicy({ phases: [{ fromMonth: 0, toMonth: 12, intervalMonths: 0 }] })).toBe(
      '第1阶段的检测间隔应至少为1个月',
    );
    expect(validatePolicy({ phases: [{ fromMonth: 0, toMonth: 12, intervalMonths: 1.5 }] })).toBe(
      '第1阶段的月份和间隔应为整数',
    );
    expect(() => scheduleWindows('2024-01-15', 36, { phases: [] })).toThrow(RangeError);
    expect(() => scheduleWindows('2024-01-15', 0, defaultPolicy('community_detox'))).toThrow(RangeError);
  });

  it('windows never overlap and tile [start, start + term) exactly (property)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 36 }), policy, (termStart, termMonths, p) => {
        const windows = scheduleWindows(termStart, termMonths, p);
        expect(windows[0]!.start).toBe(termStart);
        expect(windows.at(-1)!.end).toBe(addMonths(termStart, termMonths));
        windows.forEach((w, i) => {
          expect(w.index).toBe(i);
          expect(w.start < w.end).toBe(true);
          if (i > 0) expect(w.start).toBe(windows[i - 1]!.end);
        });
      }),
    );
  });

  it('every bound is termStart plus whole months, never chained (property)', () => {
    fc.assert(
      fc.property(date, policy, (termStart, p) => {
        const bounds = new Set(Array.from({ length: 37 }, (_, m) => addMonths(termStart, m)));
        for (const w of scheduleWindows(termStart, 36, p)) {
          expect(bounds.has(w.start) && bounds.has(w.end)).toBe(true);
        }
      }),
    );
  });
});

describe('matchTestsToWindows (one test, one window)', () => {
  const windows = scheduleWindows('2024-01-15', 36, defaultPolicy('community_detox'));

  it('a test on a window end belongs to the next window (half-open windows)', () => {
    const { matches } = matchTestsToWindows(windows, [test('t1', '2024-02-15')]);
    expect(matches[0]).toBeNull();
    expect(matches[1]?.id).toBe('t1');
  });

  it('the earliest test in a window satisfies it; a second one satisfies nothing else', () => {
    const { matches } = matchTestsToWindows(windows, [
      test('late', '2024-02-10'),
      test('early', '2024-01-20'),
    ]);
    expect(matches[0]?.id).toBe('early');
    expect(matches.filter((m) => m !== null)).toHaveLength(1);
  });

  it('a late test never covers an earlier missed window', () => {
    const { matches } = matchTestsToWindows(windows, [test('t', '2024-03-20')]);
    expect(matches.slice(0, 3).map((m) => m?.id ?? null)).toEqual([null, null, 't']);
  });

  it('a positive test is a test taken AND a relapse; a pending one is taken but not yet a relapse', () => {
    const tests = [test('pos', '2024-01-20', 'positive'), test('pend', '2024-02-20', 'pending')];
    const { matches, positives } = matchTestsToWindows(windows, tests);
    expect(matches[0]?.id).toBe('pos');
    expect(matches[1]?.id).toBe('pend');
    expect(positives.map((t) => t.id)).toEqual(['pos']);
  });

  it('reports positives outside any window and extra positives in a satisfied window', () => {
    const tests = [
      test('before', '2024-01-10', 'positive'),
      test('first', '2024-01-16'),
      test('extra', '2024-01-30', 'positive'),
    ];
    const { matches, positives } = matchTestsToWindows(windows, tests);
    expect(matches[0]?.id).toBe('first');
    expect(positives.map((t) => t.id)).toEqual(['before', 'extra']);
  });

  it('breaks a tie on the same day by the order given', () => {
    const { matches } = matchTestsToWindows(windows, [test('a', '2024-01-20'), test('b', '2024-01-20')]);
    expect(matches[0]?.id).toBe('a');
  });

  it('every test matches at most one window, inside it, and every window with a test is satisfied by the earliest (property)', () => {
    const testsArb = fc.array(
      fc
        .tuple(
          fc.integer({ min: -60, max: 1200 }),
          fc.constantFrom<DrugTest['outcome']>('negative', 'positive', 'pending'),
        )
        .map(([offset, outcome]) => ({ offset, outcome })),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(testsArb, (specs) => {
        const tests = specs.map((s, i) => test(`t${i}`, addDays('2024-01-15', s.offset), s.outcome));
        const { matches, positives } = matchTestsToWindows(windows, tests);
        expect(matches).toHaveLength(windows.length);
        const used = matches.filter((m) => m !== null).map((m) => m.id);
        expect(new Set(used).size).toBe(used.length);
        windows.forEach((w, i) => {
          const inside = tests.filter((t) => w.start <= t.date && t.date < w.end);
          const m = matches[i];
          if (inside.length === 0) expect(m).toBeNull();
          else {
            expect(m).not.toBeNull();
            expect(m!.date).toBe(inside.map((t) => t.date).sort()[0]);
          }
        });
        expect(positives).toHaveLength(tests.filter((t) => t.outcome === 'positive').length);
      }),
    );
  });
});

describe('missedWindows (candidate 逃避检测, 戒毒条例 第二十条 once confirmed)', () => {
  const windows = scheduleWindows('2024-01-15', 36, defaultPolicy('community_detox'));
  const { matches } = matchTestsToWindows(windows, [test('t', '2024-02-20')]);

  it('is missed on the window end day, not the day before', () => {
    expect(missedWindows(windows, matches, '2024-02-14')).toEqual([]);
    expect(missedWindows(windows, matches, '2024-02-15')).toEqual([windows[0]]);
  });

  it('lists only closed, unsatisfied windows', () => {
    expect(missedWindows(windows, matches, '2024-04-15').map((w) => w.index)).toEqual([0, 2]);
  });

  it('rejects matches not aligned with the windows', () => {
    expect(() => missedWindows(windows, matches.slice(1), '2024-04-15')).toThrow(RangeError);
  });
});

describe('dueWindows (worklists: tests due)', () => {
  const windows = scheduleWindows('2024-01-15', 36, defaultPolicy('community_detox'));
  const indexes = (ws: TestWindow[]) => ws.map((w) => w.index);

  it('lists the open window when nothing satisfies it', () => {
    const { matches } = matchTestsToWindows(windows, []);
    expect(indexes(dueWindows(windows, matches, '2024-01-20', 0))).toEqual([0]);
  });

  it('adds windows starting within the horizon (start < today + horizonDays)', () => {
    const { matches } = matchTestsToWindows(windows, []);
    // Window 1 starts 2024-02-15: within 7 days of 02-09 (02-09 … 02-15), not within 6.
    expect(indexes(dueWindows(windows, matches, '2024-02-09', 7))).toEqual([0, 1]);
    expect(indexes(dueWindows(windows, matches, '2024-02-09', 6))).toEqual([0]);
  });

  it('leaves out satisfied and closed windows', () => {
    const { matches } = matchTestsToWindows(windows, [test('t', '2024-02-16')]);
    expect(indexes(dueWindows(windows, matches, '2024-02-20', 30))).toEqual([2]);
  });

  it('rejects a negative horizon', () => {
    const { matches } = matchTestsToWindows(windows, []);
    expect(() => dueWindows(windows, matches, '2024-02-20', -1)).toThrow(RangeError);
  });
});
