import { CALENDAR_DAY_KINDS } from '@taobo/domain';
import { z } from 'zod';
import { DateString } from './common.ts';

/** A day of a holiday schedule: a holiday (rest) or a weekend day worked (work). */
export const CalendarDay = z.object({
  date: DateString,
  kind: z.enum(CALENDAR_DAY_KINDS, { message: '类型应为 rest（放假）或 work（调休上班）' }),
  name: z.string().trim().min(1, '请填写节日名称').max(20, '节日名称不超过20字'),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

/** A year's schedule as the deadlines use it: the package's official days and those entered by hand. */
export const CalendarYear = z.object({
  year: z.number().int(),
  /** Whether the chinese-days package carries the year's official schedule. */
  official: z.boolean(),
  /** The days in effect: entered days replace official ones of the same date. */
  days: z.array(CalendarDay.extend({ source: z.enum(['official', 'entered']) })),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

export const CalendarYearInput = z.object({
  days: z
    .array(CalendarDay)
    .max(120, '一年最多录入120天')
    .refine((days) => new Set(days.map((d) => d.date)).size === days.length, '日期不能重复'),
});
export type CalendarYearInput = z.infer<typeof CalendarYearInput>;

export const CalendarYearSaved = CalendarYear.extend({
  /** 报到 deadlines of measures awaiting a report that the new schedule moved. */
  deadlinesMoved: z.number().int(),
});
export type CalendarYearSaved = z.infer<typeof CalendarYearSaved>;
