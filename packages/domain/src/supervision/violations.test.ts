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

/** An absence of `days` calendar days starting on `from`. */
const away = (from: string, days: number, reported = false): Absence => ({
  from,
  to: addDays(from, days - 1),
  reported,
});

describe('absenceDays', () => {
  it('counts both ends: a day trip is 1 day, Monday to Wednesday is 3', () => {
    expect(absenceDays('2025-03-03', '2025-03-03')).toBe(1);
    expect(absenceDays('2025-03-03', '2025-03-05')).toBe(3);
    expect(absenceDays('2024-02-28', '2024-03-01')).toBe(3);
  });

  it('rejects a return before leaving', () => {
    expect(() => absenceDays('2025-03-05', '2025-03-03')).toThrow(RangeError);
  });
});

describe('isUnauthorisedDeparture (戒毒条例 第十九条: 3 days or more need a written report)', () => {
  it('a 2-day unreported absence needed no report, so it is not a departure', () => {
    expect(isUnauthorisedDeparture(away('2025-03-03', 2))).toBe(false);
  });

  it('a 3-day unreported absence is ("3日以上" includes 3)', () => {
    expect(isUnauthorisedDeparture(away('2025-03-03', 3))).toBe(true);
  });

  it('a reported absence never is, however long', () => {
    expect(isUnauthorisedDeparture(away('2025-03-03', 60, true))).toBe(false);
  });
});

describe('seriousViolation (戒毒条例 第二十条: 严重违反社区戒毒协议)', () => {
  it('2 evasions are not serious, 3 are ("3次以上" includes 3)', () => {
    expect(seriousViolation({ confirmedEvasions: 2, absences: [] })).toEqual({
      serious: false,
      reasons: [],
      evasions: 2,
      departures: 0,
      unreportedDays: 0,
    });
    expect(seriousViolation({ confirmedEvasions: 3, absences: [] })).toMatchObject({
      serious: true,
      reasons: ['evasions'],
    });
  });

  it('2 unauthorised departures are not serious, 3 are', () => {
    const two = [away('2025-01-01', 3), away('2025-02-01', 3)];
    expect(seriousViolation({ confirmedEvasions: 0, absences: two })).toMatchObject({
      serious: false,
      departures: 2,
      unreportedDays: 6,
    });
    const three = [...two, away('2025-03-01', 3)];
    expect(seriousViolation({ confirmedEvasions: 0, absences: three })).toMatchObject({
      serious: true,
      reasons: ['departures'],
      departures: 3,
    });
  });

  it('30 unreported days in total are not serious, 31 are ("超过30日" excludes 30)', () => {
    expect(seriousViolation({ confirmedEvasions: 0, absences: [away('2025-01-01', 30)] })).toMatchObject({
      serious: false,
      departures: 1,
      unreportedDays: 30,
    });
    expect(seriousViolation({ confirmedEvasions: 0, absences: [away('2025-01-01', 31)] })).toMatchObject({
      serious: true,
      reasons: ['absent_days'],
      unreportedDays: 31,
    });
  });

  it('days of unreported absences shorter than 3 days count toward the 30-day total', () => {
    // Sixteen 2-day trips: no departure at all, but 32 unreported days.
    const trips = Array.from({ length: 16 }, (_, i) => away(addDays('2025-01-01', i * 7), 2));
    expect(seriousViolation({ confirmedEvasions: 0, absences: trips })).toMatchObject({
      serious: true,
      reasons: ['absent_days'],
      departures: 0,
      unreportedDays: 32,
    });
    // A 2-day trip tips a 29-day departure over the limit.
    expect(
      seriousViolation({ confirmedEvasions: 0, absences: [away('2025-01-01', 29), away('2025-03-01', 2)] }),
    ).toMatchObject({ serious: true, departures: 1, unreportedDays: 31 });
  });

  it('reported absences count toward nothing', () => {
    const reported = [
      away('2025-01-01', 20, true),
      away('2025-02-01', 20, true),
      away('2025-03-01', 20, true),
    ];
    expect(seriousViolation({ confirmedEvasions: 0, absences: reported })).toMatchObject({
      serious: false,
      departures: 0,
      unreportedDays: 0,
    });
  });

  it('counts a day covered by two overlapping records once', () => {
    const overlapping = [away('2025-01-01', 20), away('2025-01-11', 20)];
    expect(seriousViolation({ confirmedEvasions: 0, absences: overlapping }).unreportedDays).toBe(30);
  });

  it('lists every ground that applies, in the order of the article, with Chinese labels', () => {
    const absences = [away('2025-01-01', 11), away('2025-02-01', 11), away('2025-03-01', 11)];
    const result = seriousViolation({ confirmedEvasions: 5, absences });
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

  it('is serious exactly when one of the three thresholds is reached (property)', () => {
    const absence = fc
      .record({
        start: fc.integer({ min: 0, max: 1000 }),
        days: fc.integer({ min: 1, max: 20 }),
        reported: fc.boolean(),
      })
      .map(({ start, days, reported }) => away(addDays('2024-01-01', start), days, reported));
    fc.assert(
      fc.property(fc.nat({ max: 6 }), fc.array(absence, { maxLength: 8 }), (confirmedEvasions, absences) => {
        const result = seriousViolation({ confirmedEvasions, absences });
        expect(result.departures).toBe(
          absences.filter((a) => !a.reported && absenceDays(a.from, a.to) >= 3).length,
        );
        expect(result.unreportedDays).toBeLessThanOrEqual(
          absences.filter((a) => !a.reported).reduce((sum, a) => sum + absenceDays(a.from, a.to), 0),
        );
        expect(result.serious).toBe(
          confirmedEvasions >= 3 || result.departures >= 3 || result.unreportedDays > 30,
        );
        expect(result.serious).toBe(result.reasons.length > 0);
      }),
    );
  });
});
