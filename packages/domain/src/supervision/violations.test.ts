import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from './dates.ts';
import {
  absenceDays,
  isUnauthorisedDeparture,
  seriousViolation,
  seriousViolationReasonLabels,
  type Absence,
} from './violations.ts';

/** An absence of `days` days (民法典 第二百零一条: the day of leaving not counted) from `from`. */
const away = (from: string, days: number, reported = false): Absence => ({
  from,
  to: addDays(from, days),
  reported,
});
const assess = (absences: Absence[], confirmedEvasions = 0) =>
  seriousViolation({ confirmedEvasions, absences });

describe('absenceDays (民法典 第二百零一条: the day of leaving is not counted)', () => {
  it('民法典 第二百零一条: leave Monday, back Wednesday is 2 days, not 3', () => {
    expect(absenceDays('2025-03-03', '2025-03-05')).toBe(2);
  });

  it('民法典 第二百零一条: leaving and coming back the same day is 0 days; back the next day, 1', () => {
    expect(absenceDays('2025-03-03', '2025-03-03')).toBe(0);
    expect(absenceDays('2025-03-03', '2025-03-04')).toBe(1);
  });

  it('民法典 第二百零一条: counts across a month end and a leap day', () => {
    expect(absenceDays('2024-02-28', '2024-03-01')).toBe(2);
    expect(absenceDays('2025-02-28', '2025-03-01')).toBe(1);
    expect(absenceDays('2025-12-30', '2026-01-02')).toBe(3);
  });

  it('rejects a return before leaving', () => {
    expect(() => absenceDays('2025-03-05', '2025-03-03')).toThrow(RangeError);
  });
});

describe('isUnauthorisedDeparture (戒毒条例 第十九条: 3 days or more need a written report)', () => {
  // Leaving Monday 2025-03-03: back Wednesday (2 days), Thursday (3), Friday (4).
  it('戒毒条例 第十九条: leave Monday, back Wednesday (2 days) needed no report, so unreported it is not 擅自离开', () => {
    expect(isUnauthorisedDeparture({ from: '2025-03-03', to: '2025-03-05', reported: false })).toBe(false);
  });

  it('戒毒条例 第十九条: leave Monday, back Thursday (3 days, "3日以上" includes 3) unreported is 擅自离开', () => {
    expect(isUnauthorisedDeparture({ from: '2025-03-03', to: '2025-03-06', reported: false })).toBe(true);
  });

  it('戒毒条例 第十九条: back Friday (4 days) unreported is 擅自离开 too', () => {
    expect(isUnauthorisedDeparture({ from: '2025-03-03', to: '2025-03-07', reported: false })).toBe(true);
  });

  it('戒毒条例 第十九条: a day trip (0 days) is never 擅自离开', () => {
    expect(isUnauthorisedDeparture(away('2025-03-03', 0))).toBe(false);
  });

  it('戒毒条例 第十九条: a reported absence is a report, not a request — never 擅自离开, however long', () => {
    expect(isUnauthorisedDeparture(away('2025-03-03', 3, true))).toBe(false);
    expect(isUnauthorisedDeparture(away('2025-03-03', 60, true))).toBe(false);
  });
});

describe('seriousViolation (戒毒条例 第二十条: 严重违反社区戒毒协议)', () => {
  it('戒毒条例 第二十条: 2 evasions are not serious, 3 are ("3次以上" includes 3)', () => {
    expect(assess([], 2)).toEqual({
      serious: false,
      reasons: [],
      evasions: 2,
      departures: 0,
      departureDays: 0,
    });
    expect(assess([], 3)).toMatchObject({ serious: true, reasons: ['evasions'] });
  });

  it('戒毒条例 第二十条: 2 unauthorised departures are not serious, 3 are ("3次以上" includes 3)', () => {
    const two = [away('2025-01-01', 3), away('2025-02-01', 3)];
    expect(assess(two)).toMatchObject({ serious: false, departures: 2, departureDays: 6 });
    const three = [...two, away('2025-03-01', 3)];
    expect(assess(three)).toMatchObject({ serious: true, reasons: ['departures'], departures: 3 });
  });

  it('戒毒条例 第二十条: three unreported trips of 2 days each are no departure at all (2 vs 3 days)', () => {
    const short = [away('2025-01-01', 2), away('2025-02-01', 2), away('2025-03-01', 2)];
    expect(assess(short)).toMatchObject({ serious: false, departures: 0, departureDays: 0 });
    // One more day on each: three departures.
    const long = [away('2025-01-01', 3), away('2025-02-01', 3), away('2025-03-01', 3)];
    expect(assess(long)).toMatchObject({ serious: true, departures: 3 });
  });

  it('戒毒条例 第二十条: 30 departure days in total are not serious, 31 are, 32 are ("超过30日" excludes 30)', () => {
    // Leaving 2025-01-01: back 01-31 (30 days), 02-01 (31), 02-02 (32).
    expect(assess([{ from: '2025-01-01', to: '2025-01-31', reported: false }])).toMatchObject({
      serious: false,
      departures: 1,
      departureDays: 30,
    });
    expect(assess([{ from: '2025-01-01', to: '2025-02-01', reported: false }])).toMatchObject({
      serious: true,
      reasons: ['absent_days'],
      departureDays: 31,
    });
    expect(assess([{ from: '2025-01-01', to: '2025-02-02', reported: false }])).toMatchObject({
      serious: true,
      departureDays: 32,
    });
  });

  it('戒毒条例 第二十条: 30 vs 31 days summed over two departures', () => {
    expect(assess([away('2025-01-01', 15), away('2025-03-01', 15)])).toMatchObject({
      serious: false,
      departureDays: 30,
    });
    expect(assess([away('2025-01-01', 15), away('2025-03-01', 16)])).toMatchObject({
      serious: true,
      reasons: ['absent_days'],
      departureDays: 31,
    });
  });

  it('戒毒条例 第二十条: a short unreported trip counts for nothing toward the 30 days', () => {
    // 30 days of departure and a 2-day trip: still 30, not serious.
    expect(assess([away('2025-01-01', 30), away('2025-03-01', 2)])).toMatchObject({
      serious: false,
      departures: 1,
      departureDays: 30,
    });
    // Sixteen 2-day trips (32 days away without report, none needing one): nothing at all.
    const trips = Array.from({ length: 16 }, (_, i) => away(addDays('2025-01-01', i * 7), 2));
    expect(assess(trips)).toEqual({
      serious: false,
      reasons: [],
      evasions: 0,
      departures: 0,
      departureDays: 0,
    });
  });

  it('戒毒条例 第十九条: reported absences count toward nothing, however long', () => {
    const reported = [
      away('2025-01-01', 20, true),
      away('2025-02-01', 20, true),
      away('2025-03-01', 20, true),
    ];
    expect(assess(reported)).toMatchObject({ serious: false, departures: 0, departureDays: 0 });
  });

  it('戒毒条例 第二十条: a day covered by two overlapping departures counts once', () => {
    // 01-01 → 01-21 counts 01-02..01-21; 01-11 → 01-31 counts 01-12..01-31: 30 distinct days.
    expect(assess([away('2025-01-01', 20), away('2025-01-11', 20)])).toMatchObject({
      departures: 2,
      departureDays: 30,
    });
  });

  it('民法典 第二百零一条: an overstay meeting its reported leave on the day of return adds its own days only', () => {
    // Reported Mon 03-03 → Fri 03-07 (4 days), back the next Wednesday 03-12: 5 unreported days.
    const leave = { from: '2025-03-03', to: '2025-03-07', reported: true };
    const over = { from: '2025-03-07', to: '2025-03-12', reported: false };
    expect(absenceDays(leave.from, leave.to) + absenceDays(over.from, over.to)).toBe(
      absenceDays('2025-03-03', '2025-03-12'),
    );
    expect(assess([leave, over])).toMatchObject({ departures: 1, departureDays: 5 });
  });

  it('lists every ground that applies, in the order of the article, with Chinese labels', () => {
    const result = assess([away('2025-01-01', 11), away('2025-02-01', 11), away('2025-03-01', 11)], 5);
    expect(result.reasons).toEqual(['evasions', 'departures', 'absent_days']);
    expect(result.reasons.map((r) => seriousViolationReasonLabels[r].zh)).toEqual([
      '逃避或者拒绝接受检测3次以上',
      '擅自离开社区戒毒执行地所在县（市、区）3次以上',
      '擅自离开社区戒毒执行地所在县（市、区）累计超过30日',
    ]);
  });

  it('rejects a negative or fractional evasion count', () => {
    expect(() => seriousViolation({ confirmedEvasions: -1, absences: [] })).toThrow(RangeError);
    expect(() => seriousViolation({ confirmedEvasions: 1.5, absences: [] })).toThrow(RangeError);
  });

  it('戒毒条例 第二十条: serious exactly when a threshold is reached, counting departures only (property)', () => {
    const absence = fc
      .record({
        start: fc.integer({ min: 0, max: 1000 }),
        days: fc.integer({ min: 0, max: 20 }),
        reported: fc.boolean(),
      })
      .map(({ start, days, reported }) => away(addDays('2024-01-01', start), days, reported));
    fc.assert(
      fc.property(fc.nat({ max: 6 }), fc.array(absence, { maxLength: 8 }), (confirmedEvasions, absences) => {
        const result = seriousViolation({ confirmedEvasions, absences });
        const departures = absences.filter((a) => !a.reported && absenceDays(a.from, a.to) >= 3);
        expect(result.departures).toBe(departures.length);
        // Short or reported absences change nothing.
        expect(seriousViolation({ confirmedEvasions, absences: departures })).toEqual(result);
        expect(result.departureDays).toBeLessThanOrEqual(
          departures.reduce((sum, a) => sum + absenceDays(a.from, a.to), 0),
        );
        expect(result.serious).toBe(
          confirmedEvasions >= 3 || result.departures >= 3 || result.departureDays > 30,
        );
        expect(result.serious).toBe(result.reasons.length > 0);
      }),
    );
  });
});
