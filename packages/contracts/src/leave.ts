import { z } from 'zod';
import { LEAVE_STATUSES } from '@taobo/domain';
import { DateString, PageQuery, Ref } from './common.ts';

export const LeaveStatus = z.enum(LEAVE_STATUSES);
export type LeaveStatus = z.infer<typeof LeaveStatus>;

export const LeaveRequestInput = z
  .object({
    destination: z.string().trim().min(2, '请填写目的地（至少 2 个字）').max(100, '目的地不超过 100 字'),
    /** The destination county's code (GB/T 2260, 6 digits), when the person knows it. */
    destinationCountyId: z
      .string()
      .regex(/^\d{6}$/, '县（区）代码应为 6 位数字')
      .nullish(),
    from: DateString,
    to: DateString,
    reason: z.string().trim().min(2, '请填写请假事由（至少 2 个字）').max(500, '请假事由不超过 500 字'),
  })
  .refine((v) => v.to >= v.from, { path: ['to'], message: '返回日期不能早于出发日期' });
export type LeaveRequestInput = z.infer<typeof LeaveRequestInput>;

export const LeaveExtensionInput = z.object({
  to: DateString,
  reason: z.string().trim().min(2, '请填写续假事由（至少 2 个字）').max(500, '续假事由不超过 500 字'),
});
export type LeaveExtensionInput = z.infer<typeof LeaveExtensionInput>;

export const LeaveDecisionInput = z.object({
  note: z.string().trim().max(500, '意见不超过 500 字').nullish(),
});
export type LeaveDecisionInput = z.infer<typeof LeaveDecisionInput>;
export const LeaveRefusalInput = z.object({
  note: z.string().trim().min(2, '请填写拒绝理由（至少 2 个字）').max(500, '理由不超过 500 字'),
});
export type LeaveRefusalInput = z.infer<typeof LeaveRefusalInput>;

export const LeaveExtension = z.object({
  to: DateString,
  reason: z.string(),
  requestedAt: z.string(),
  deadline: DateString,
  decision: z.enum(['approved', 'refused']).nullable(),
  decidedBy: Ref.nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
});
export type LeaveExtension = z.infer<typeof LeaveExtension>;

export const LeaveRequest = z.object({
  id: z.string(),
  person: Ref,
  measureId: z.string(),
  status: LeaveStatus,
  destination: z.string(),
  destinationCountyId: z.string().nullable(),
  from: DateString,
  /** The approved (or requested) day of return, inclusive; moves with an approved extension. */
  to: DateString,
  /** The first requested day of return, before any extension. */
  originalTo: DateString,
  days: z.number().int(),
  /** 戒毒条例 第十九条: 3 days or more outside the county need the written report. */
  needsReport: z.boolean(),
  reason: z.string(),
  requestedAt: z.string(),
  decisionDeadline: DateString,
  decidedBy: Ref.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  extension: LeaveExtension.nullable(),
  returnedOn: DateString.nullable(),
  /** Days away beyond the approved end (counted as unreported absence). */
  overstayDays: z.number().int(),
});
export type LeaveRequest = z.infer<typeof LeaveRequest>;

export const LeaveListQuery = PageQuery.extend({
  status: z.enum(['todo', 'all', ...LEAVE_STATUSES]).default('todo'),
  q: z.string().trim().max(50).optional(),
});
export type LeaveListQuery = z.infer<typeof LeaveListQuery>;
