import { describe, expect, it } from 'vitest';
import { officialCalendarDays, workdayCalendar } from './workdays.ts';

describe('workdayCalendar (民法典 第二百零三条: 法定休假日 from the official 国务院 schedule)', () => {
  const calendar = workdayCalendar();

  it('knows public holidays and the weekdays given off in exchange (调休放假)', () => {
    expect(calendar.restDayReason('2026-10-01')).toEqual({
      zh: '法定节假日（国庆节）',
      en: 'a public holiday (National Day)',
    });
    // A Tuesday given off for the National Day holiday.
    expect(calendar.isRestDay('2026-10-06')).toBe(true);
    expect(calendar.isRestDay('2026-10-08')).toBe(false);
  });

  it('counts a weekend day worked under 调休 as a working day, and other weekends as rest days', () => {
    expect(calendar.isRestDay('2026-09-20')).toBe(false); // Sunday, worked for National Day
    expect(calendar.isRestDay('2026-10-10')).toBe(false); // Saturday, worked
    expect(calendar.restDayReason('2026-12-05')).toEqual({
      zh: '休息日（星期六）',
      en: 'a rest day (Saturday)',
    });
    expect(calendar.isRestDay('2026-12-06')).toBe(true);
    expect(calendar.isRestDay('2026-12-07')).toBe(false);
  });

  it('takes the days an administrator entered over the package, for a year it does not know yet', () => {
    expect(calendar.knowsYear(2027)).toBe(false);
    expect(calendar.isRestDay('2027-02-08')).toBe(false); // a Monday, unknown holiday
    const entered = workdayCalendar([
      { date: '2027-02-08', kind: 'rest', name: '春节' },
      { date: '2027-02-20', kind: 'work', name: '春节' },
    ]);
    expect(entered.knowsYear(2027)).toBe(true);
    expect(entered.restDayReason('2027-02-08')).toEqual({
      zh: '法定节假日（春节）',
      en: 'a public holiday (春节)',
    });
    expect(entered.isRestDay('2027-02-20')).toBe(false); // Saturday worked
    expect(entered.isRestDay('2027-02-21')).toBe(true); // plain Sunday
  });

  it('lets an entered day correct the package for the same date', () => {
    expect(
      workdayCalendar([{ date: '2026-10-08', kind: 'rest', name: '更正' }]).isRestDay('2026-10-08'),
    ).toBe(true);
  });

  it('refuses a day that is not a date', () => {
    expect(() => calendar.isRestDay('2026-02-30')).toThrow(RangeError);
    expect(() => workdayCalendar([{ date: 'x', kind: 'rest', name: 'x' }])).toThrow(RangeError);
  });
});

describe("officialCalendarDays: the package's schedule of a year, for the console to show", () => {
  it("lists 2026's holidays and weekend days worked, in date order; nothing for an unknown year", () => {
    const days = officialCalendarDays(2026);
    expect(days).toContainEqual({ date: '2026-10-06', kind: 'rest', name: '国庆节' });
    expect(days).toContainEqual({ date: '2026-09-20', kind: 'work', name: '国庆节' });
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(officialCalendarDays(2099)).toEqual([]);
  });
});
