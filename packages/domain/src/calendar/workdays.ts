// Working days and statutory rest days (法定休假日) in mainland China.
//
// 民法典 第二百零三条: when the last day of a period is a 法定休假日, the period ends on the day after
// the holiday. A rest day is a weekend day, unless the State Council made it a working day (调休上班),
// or a public holiday, including the weekdays given off in exchange (调休放假). The official schedule
// of each year comes from the `chinese-days` package, which carries the 国务院办公厅 notices; when it
// lags (next year's notice is out, the package not yet), an administrator enters the year's days by
// hand and they take precedence (`CalendarDay`).

import official from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { assertValidDate } from '../supervision/dates.ts';
import { isoWeekday } from './isoWeekday.ts';

export const CALENDAR_DAY_KINDS = ['rest', 'work'] as const;
/** rest: a holiday or a day off in exchange; work: a weekend day worked (调休上班). */
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const calendarDayKindLabels: Record<CalendarDayKind, { zh: string; en: string }> = {
  rest: { zh: '放假', en: 'Day off' },
  work: { zh: '调休上班', en: 'Working day' },
};

/** A day of an official schedule entered by hand: a holiday, or a weekend day worked. */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  /** The holiday it belongs to, e.g. 春节. */
  name: string;
}

/** Why a day is a rest day, for an explanation. */
export interface RestDayReason {
  zh: string;
  en: string;
}

export interface Calendar {
  /** Whether `date` is a 法定休假日: a weekend day not worked, or a public holiday. */
  isRestDay(date: string): boolean;
  /** Why `date` is a rest day ('法定节假日（国庆节）', '休息日（星期六）'); null on a working day. */
  restDayReason(date: string): RestDayReason | null;
  /** Whether the year's holidays are known (from the package or entered by hand). */
  knowsYear(year: number): boolean;
}

interface Named {
  work: boolean;
  zh: string;
  en: string;
}

/** The package's entries read 'National Day,国庆节,3': English name, Chinese name, length. */
function officialDays(): Map<string, Named> {
  const days = new Map<string, Named>();
  const add = (entries: Record<string, string>, work: boolean) => {
    for (const [date, label] of Object.entries(entries)) {
      const [en = '', zh = ''] = label.split(',');
      days.set(date, { work, zh, en });
    }
  };
  add(official.holidays, false);
  add(official.workdays, true);
  return days;
}

let officialCache: Map<string, Named> | undefined;

const WEEKDAY_NAMES = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const WEEKDAY_NAMES_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The calendar of the official schedules (`chinese-days`), with the days an administrator entered
 * taking precedence over the package's for the same date.
 */
export function workdayCalendar(entered: readonly CalendarDay[] = []): Calendar {
  officialCache ??= officialDays();
  const days = new Map(officialCache);
  const years = new Set([...days.keys()].map((d) => Number(d.slice(0, 4))));
  for (const d of entered) {
    assertValidDate(d.date, 'calendar day');
    days.set(d.date, { work: d.kind === 'work', zh: d.name, en: d.name });
    years.add(Number(d.date.slice(0, 4)));
  }

  function restDayReason(date: string): RestDayReason | null {
    assertValidDate(date, 'date');
    const day = days.get(date);
    if (day) return day.work ? null : { zh: `法定节假日（${day.zh}）`, en: `a public holiday (${day.en})` };
    const weekday = isoWeekday(date);
    if (weekday < 6) return null;
    return { zh: `休息日（${WEEKDAY_NAMES[weekday]}）`, en: `a rest day (${WEEKDAY_NAMES_EN[weekday]})` };
  }

  return {
    isRestDay: (date) => restDayReason(date) !== null,
    restDayReason,
    knowsYear: (year) => years.has(year),
  };
}

/** The package's official schedule of `year`: its holidays and its weekend days worked, by date. */
export function officialCalendarDays(year: number): CalendarDay[] {
  officialCache ??= officialDays();
  const prefix = `${year}-`;
  return [...officialCache.entries()]
    .filter(([date]) => date.startsWith(prefix))
    .map(([date, d]) => ({ date, kind: d.work ? ('work' as const) : ('rest' as const), name: d.zh }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}
