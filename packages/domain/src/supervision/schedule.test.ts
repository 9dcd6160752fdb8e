import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths } from './dates.ts';
import { termEnd } from './term.ts';
import {
  closedWindowOutcome,
  defaultPolicy,
  dueWindowBounds,
  extensionWindows,
  scheduleWindows,
  validatePolicy,
  type TestPolicy,
  type UntestedWindow,
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

describe('extensionWindows (中止 days extend the term and get test windows too, 戒毒条例 第二十四条)', () => {
  const detox = defaultPolicy('community_detox');
  const planOf = (termStart: string, termMonths = 36) => scheduleWindows(termStart, termMonths, detox);

  it('社区戒毒 from 2024-01-15 with 40 days of 中止: one quarterly-rate window over the 40 added days', () => {
    const plan = planOf('2024-01-15');
    const end = termEnd({ termStart: '2024-01-15', termMonths: 36, suspendedDays: 40 });
    expect(end).toBe('2027-02-24');
    expect(extensionWindows({ termMonths: 36, policy: detox, last: plan.at(-1)!, termEnd: end })).toEqual([
      { index: 22, start: '2027-01-15', end: '2027-02-24' },
    ]);
  });

  it('one added day still gets its window; a tail longer than the interval gets several', () => {
    const last = planOf('2024-01-15').at(-1)!;
    expect(extensionWindows({ termMonths: 36, policy: detox, last, termEnd: '2027-01-16' })).toEqual([
      { index: 22, start: '2027-01-15', end: '2027-01-16' },
    ]);
    expect(extensionWindows({ termMonths: 36, policy: detox, last, termEnd: '2027-05-01' })).toEqual([
      { index: 22, start: '2027-01-15', end: '2027-04-15' },
      { index: 23, start: '2027-04-15', end: '2027-05-01' },
    ]);
  });

  it('nothing when the term does not reach past the last window (no 中止, or 折抵 shortened it)', () => {
    const last = planOf('2024-01-15').at(-1)!;
    expect(extensionWindows({ termMonths: 36, policy: detox, last, termEnd: '2027-01-15' })).toEqual([]);
    expect(extensionWindows({ termMonths: 36, policy: detox, last, termEnd: '2026-12-01' })).toEqual([]);
  });

  it('uses the frequency of the plan’s last month: a 2-year 社区康复 continues quarterly, not half-yearly', () => {
    const rehab = defaultPolicy('community_rehab');
    const last = scheduleWindows('2024-01-15', 24, rehab).at(-1)!;
    expect(last.end).toBe('2026-01-15');
    expect(extensionWindows({ termMonths: 24, policy: rehab, last, termEnd: '2026-06-01' })).toEqual([
      { index: last.index + 1, start: '2026-01-15', end: '2026-04-15' },
      { index: last.index + 2, start: '2026-04-15', end: '2026-06-01' },
    ]);
  });

  it('a second extension continues from the first one’s clamped end', () => {
    const last = planOf('2024-01-15').at(-1)!;
    const first = extensionWindows({ termMonths: 36, policy: detox, last, termEnd: '2027-02-24' });
    const second = extensionWindows({
      termMonths: 36,
      policy: detox,
      last: first.at(-1)!,
      termEnd: '2027-03-10',
    });
    expect(second).toEqual([{ index: 23, start: '2027-02-24', end: '2027-03-10' }]);
  });

  it('plan and extensions tile [start, term end) exactly, indices consecutive, through repeated 中止 (property)', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 36 }),
        policy,
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 4 }),
        (termStart, termMonths, p, suspensions) => {
          const windows = scheduleWindows(termStart, termMonths, p);
          let suspendedDays = 0;
          for (const days of suspensions) {
            suspendedDays += days;
            const end = termEnd({ termStart, termMonths, suspendedDays });
            windows.push(...extensionWindows({ termMonths, policy: p, last: windows.at(-1)!, termEnd: end }));
            expect(windows.at(-1)!.end).toBe(end);
          }
          windows.forEach((w, i) => {
            expect(w.index).toBe(i);
            expect(w.start < w.end).toBe(true);
            if (i > 0) expect(w.start).toBe(windows[i - 1]!.end);
          });
        },
      ),
    );
  });
});

describe('closedWindowOutcome (the daily sweep: candidate 逃避检测, 戒毒条例 第二十条 once confirmed)', () => {
  const [w0] = scheduleWindows('2024-01-15', 36, defaultPolicy('community_detox')); // [01-15, 02-15)
  const untested = (over: Partial<UntestedWindow> = {}): UntestedWindow => ({
    start: w0!.start,
    end: w0!.end,
    measureStatus: 'executing',
    custody: [],
    awaitingReview: false,
    ...over,
  });

  it('is missed on the window end day, not the day before', () => {
    expect(closedWindowOutcome(untested(), '2024-02-14')).toBeNull();
    expect(closedWindowOutcome(untested(), '2024-02-15')).toBe('missed');
    expect(closedWindowOutcome(untested(), '2024-06-01')).toBe('missed');
  });

  it('is missed while 中止 too, when the custody did not touch the window', () => {
    const custody = [{ from: '2024-02-15', to: null }];
    expect(closedWindowOutcome(untested({ measureStatus: 'suspended', custody }), '2024-03-01')).toBe(
      'missed',
    );
  });

  it('is excused when the person was in custody during any part of it (戒毒条例 第二十四条)', () => {
    const outcome = (from: string, to: string | null) =>
      closedWindowOutcome(untested({ custody: [{ from, to }] }), '2024-03-01');
    expect(outcome('2024-02-14', '2024-02-20')).toBe('excused'); // the last day
    expect(outcome('2024-01-01', '2024-01-16')).toBe('excused'); // released the day after it opened
    expect(outcome('2024-01-20', null)).toBe('excused'); // still held
    // Released on the first day of the window, or detained on its end day: it was owed.
    expect(outcome('2024-01-01', '2024-01-15')).toBe('missed');
    expect(outcome('2024-02-15', null)).toBe('missed');
  });

  it('is cancelled when the measure no longer runs', () => {
    for (const measureStatus of ['released', 'terminated', 'refused', 'pending_report'] as const)
      expect(closedWindowOutcome(untested({ measureStatus }), '2024-03-01')).toBe('cancelled');
  });

  it('waits while an upload of the window awaits review', () => {
    expect(closedWindowOutcome(untested({ awaitingReview: true }), '2024-03-01')).toBeNull();
  });

  it('a custody period covering the window always excuses it; one apart from it never does (property)', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 180 }),
        fc.integer({ min: 0, max: 400 }),
        (start, len, gap) => {
          const end = addDays(start, len);
          const today = addDays(end, gap);
          const w = untested({ start, end });
          expect(closedWindowOutcome({ ...w, custody: [{ from: addDays(start, -1), to: end }] }, today)).toBe(
            'excused',
          );
          expect(closedWindowOutcome({ ...w, custody: [{ from: end, to: null }] }, today)).toBe('missed');
          expect(
            closedWindowOutcome({ ...w, custody: [{ from: addDays(start, -gap - 1), to: start }] }, today),
          ).toBe('missed');
        },
      ),
    );
  });
});

describe('dueWindowBounds (worklists: tests due)', () => {
  const windows = scheduleWindows('2024-01-15', 36, defaultPolicy('community_detox'));
  const due = (today: string, horizonDays: number) => {
    const { startsBefore, endsAfter } = dueWindowBounds(today, horizonDays);
    return windows.filter((w) => w.start < startsBefore && w.end > endsAfter).map((w) => w.index);
  };

  it('lists the window open today', () => {
    expect(due('2024-01-20', 1)).toEqual([0]);
    expect(due('2024-01-15', 1)).toEqual([0]); // its first day
    expect(due('2024-02-14', 1)).toEqual([0]); // its last day
  });

  it('adds windows starting within the horizon (start < today + horizonDays)', () => {
    // Window 1 starts 2024-02-15: within 7 days of 02-09 (02-09 … 02-15), not within 6.
    expect(due('2024-02-09', 7)).toEqual([0, 1]);
    expect(due('2024-02-09', 6)).toEqual([0]);
  });

  it('leaves out closed windows', () => {
    expect(due('2024-02-20', 30)).toEqual([1, 2]); // window 0 closed on 02-15
  });

  it('rejects a horizon that would leave out today', () => {
    expect(() => dueWindowBounds('2024-02-20', 0)).toThrow(RangeError);
    expect(() => dueWindowBounds('2024-02-20', 1.5)).toThrow(RangeError);
  });

  it('within the term, the window open today is always due, and only windows still open are (property)', () => {
    fc.assert(
      fc.property(
        date,
        policy,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 60 }),
        (start, p, d, h) => {
          const ws = scheduleWindows(start, 36, p);
          const today = addDays(start, d);
          const { startsBefore, endsAfter } = dueWindowBounds(today, h);
          const listed = ws.filter((w) => w.start < startsBefore && w.end > endsAfter);
          const open = ws.find((w) => w.start <= today && today < w.end);
          if (open) expect(listed[0]).toEqual(open);
          for (const w of listed) expect(today < w.end && w.start < addDays(today, h)).toBe(true);
        },
      ),
    );
  });
});
