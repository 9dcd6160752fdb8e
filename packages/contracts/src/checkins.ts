import { z } from 'zod';
import { CHECKIN_FLAGS, CHECKIN_INTERVALS, CHECKIN_MOODS, CHECKIN_NEEDS, CHECKIN_WORK } from '@taobo/domain';
import { DateString, PageQuery, Ref } from './common.ts';

export const CheckinMood = z.enum(CHECKIN_MOODS, '请选择心情');
export type CheckinMood = z.infer<typeof CheckinMood>;
export const CheckinWork = z.enum(CHECKIN_WORK, '请选择工作情况');
export type CheckinWork = z.infer<typeof CheckinWork>;
export const CheckinNeed = z.enum(CHECKIN_NEEDS);
export type CheckinNeed = z.infer<typeof CheckinNeed>;
export const CheckinFlag = z.enum(CHECKIN_FLAGS);
export type CheckinFlag = z.infer<typeof CheckinFlag>;
export const LocationStatus = z.enum(['ok', 'denied', 'unavailable']);
export type LocationStatus = z.infer<typeof LocationStatus>;
export const locationStatusLabels: Record<LocationStatus, { zh: string; en: string }> = {
  ok: { zh: '已获取', en: 'Captured' },
  denied: { zh: '拒绝授权', en: 'Refused' },
  unavailable: { zh: '无法获取', en: 'Unavailable' },
};

/** Where the phone was, or that the person refused (allowed, and recorded). */
export const CheckinLocation = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    accuracy: z.number().min(0).max(100_000).nullable(),
  }),
  z.object({ status: z.enum(['denied', 'unavailable']) }),
]);
export type CheckinLocation = z.infer<typeof CheckinLocation>;

/** The person's answers (sent as the multipart field `answers`, JSON), beside the selfie file. */
export const CheckinAnswers = z
  .object({
    mood: CheckinMood,
    work: CheckinWork,
    needs: z.array(CheckinNeed).max(6).default([]),
    needsOther: z.string().trim().max(200, '其他需求不超过 200 字').nullish(),
    callback: z.boolean('请选择是否需要回电'),
    location: CheckinLocation,
    /** The phone's clock when the person pressed 提交 (kept, not trusted). */
    deviceTime: z.iso.datetime({ offset: true }).nullish(),
  })
  .refine((a) => !a.needs.includes('other') || !!a.needsOther, {
    path: ['needsOther'],
    message: '选择“其他”时请填写具体需求',
  });
export type CheckinAnswers = z.infer<typeof CheckinAnswers>;

export const CheckinPeriodInfo = z.object({
  key: z.string(),
  start: DateString,
  lastDay: DateString,
  intervalMonths: z.number().int(),
  /** A check-in is owed for this period (executing, term started early enough). */
  owed: z.boolean(),
  done: z.boolean(),
});
export type CheckinPeriodInfo = z.infer<typeof CheckinPeriodInfo>;

/** What the person sees of their own check-in. */
export const MyCheckin = z.object({
  id: z.string(),
  periodKey: z.string(),
  at: z.string(),
  date: DateString,
  mood: CheckinMood,
  work: CheckinWork,
  needs: z.array(CheckinNeed),
  callback: z.boolean(),
  /** A staff member will get back to the person. */
  followUpPlanned: z.boolean(),
  followedUp: z.boolean(),
});
export type MyCheckin = z.infer<typeof MyCheckin>;

export const MyCheckins = z.object({ period: CheckinPeriodInfo.nullable(), items: z.array(MyCheckin) });
export type MyCheckins = z.infer<typeof MyCheckins>;

export const FollowupOutcome = z.enum(['reached', 'not_reached', 'referred', 'no_action'], '请选择回访结果');
export type FollowupOutcome = z.infer<typeof FollowupOutcome>;
export const followupOutcomeLabels: Record<FollowupOutcome, { zh: string; en: string }> = {
  reached: { zh: '已电话联系', en: 'Reached by phone' },
  not_reached: { zh: '未能联系上', en: 'Could not reach' },
  referred: { zh: '已转介（心理/救助等）', en: 'Referred' },
  no_action: { zh: '无需跟进', en: 'No action needed' },
};

export const CheckinFollowupInput = z.object({
  outcome: FollowupOutcome,
  note: z.string().trim().min(2, '请填写回访情况（至少 2 个字）').max(1000, '回访情况不超过 1000 字'),
});
export type CheckinFollowupInput = z.infer<typeof CheckinFollowupInput>;

export const CheckinSummary = z.object({
  id: z.string(),
  person: Ref,
  periodKey: z.string(),
  at: z.string(),
  mood: CheckinMood,
  work: CheckinWork,
  callback: z.boolean(),
  flags: z.array(CheckinFlag),
  followup: z.object({ outcome: FollowupOutcome, by: Ref, at: z.string(), note: z.string() }).nullable(),
  locationStatus: LocationStatus,
});
export type CheckinSummary = z.infer<typeof CheckinSummary>;

export const Checkin = CheckinSummary.extend({
  date: DateString,
  needs: z.array(CheckinNeed),
  needsOther: z.string().nullable(),
  location: CheckinLocation,
  deviceTime: z.string().nullable(),
  hasSelfie: z.boolean(),
});
export type Checkin = z.infer<typeof Checkin>;

export const CheckinListQuery = PageQuery.extend({
  /** 'YYYY-MM' of the period's first month. */
  period: z
    .string()
    .regex(/^\d{4}-\d{2}$/, '报到周期格式应为 YYYY-MM')
    .optional(),
  flagged: z.enum(['all', 'flagged', 'open']).default('all'),
  q: z.string().trim().max(50).optional(),
});
export type CheckinListQuery = z.infer<typeof CheckinListQuery>;

export const CheckinPolicyInput = z.object({
  intervalMonths: z.union(
    CHECKIN_INTERVALS.map((n) => z.literal(n)),
    '报到周期只能为 1、2、3 或 6 个月',
  ),
  remindDays: z
    .number('请填写提醒天数')
    .int('提醒天数须为整数')
    .min(0, '提醒天数不能为负')
    .max(14, '提醒天数不超过 14 天'),
});
export type CheckinPolicyInput = z.infer<typeof CheckinPolicyInput>;
export const CheckinPolicy = CheckinPolicyInput.extend({
  countyId: z.string(),
  updatedAt: z.string().nullable(),
});
export type CheckinPolicy = z.infer<typeof CheckinPolicy>;
