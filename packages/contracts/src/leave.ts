import { z } from 'zod';
import { LEAVE_MODES, LEAVE_STATUSES } from '@taobo/domain';
import { DateString, PageQuery, Ref } from './common.ts';

export const LeaveStatus = z.enum(LEAVE_STATUSES);
export type LeaveStatus = z.infer<typeof LeaveStatus>;
/** `report`: the law's written report (戒毒条例 第十九条), the default; `approval`: a county's local policy. */
export const LeaveMode = z.enum(LEAVE_MODES);
export type LeaveMode = z.infer<typeof LeaveMode>;

/**
 * A county's leave policy. `approvalRequired` is local policy (地方政策（协议约定）): the law asks
 * for a written report only (戒毒条例 第十九条); a county whose 社区戒毒协议 adds an approval step
 * turns it on. Off by default.
 */
export const LeavePolicyInput = z.object({
  approvalRequired: z.boolean('请选择是否须经审批'),
});
export type LeavePolicyInput = z.infer<typeof LeavePolicyInput>;
export const LeavePolicy = LeavePolicyInput.extend({
  countyId: z.string(),
  updatedAt: z.string().nullable(),
});
export type LeavePolicy = z.infer<typeof LeavePolicy>;

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

/** An approval (local policy) or an acknowledgment (已知悉) with the officer's note or concern, if any. */
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
  /** `acknowledged` for a report (已知悉); `approved` / `refused` under an approval policy. */
  decision: z.enum(['approved', 'refused', 'acknowledged']).nullable(),
  decidedBy: Ref.nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
});
export type LeaveExtension = z.infer<typeof LeaveExtension>;

export const LeaveRequest = z.object({
  id: z.string(),
  person: Ref,
  measureId: z.string(),
  /** How the county handled it when it was made: a report (default) or an approval request. */
  mode: LeaveMode,
  status: LeaveStatus,
  destination: z.string(),
  destinationCountyId: z.string().nullable(),
  from: DateString,
  /** The reported (or approved) day of return; moves with a reported or approved extension. */
  to: DateString,
  /** The first requested day of return, before any extension. */
  originalTo: DateString,
  /** Days away (民法典 第二百零一条: the day of leaving not counted). */
  days: z.number().int(),
  /** 戒毒条例 第十九条: 3 days or more outside the county need the written report. */
  needsReport: z.boolean(),
  reason: z.string(),
  requestedAt: z.string(),
  /** By when the officer acknowledges the report (or, under an approval policy, decides). */
  decisionDeadline: DateString,
  /** Who acknowledged (or decided), with the note. */
  decidedBy: Ref.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  extension: LeaveExtension.nullable(),
  returnedOn: DateString.nullable(),
  /** Days away beyond the reported end (unreported absence, 超时未归). */
  overstayDays: z.number().int(),
});
export type LeaveRequest = z.infer<typeof LeaveRequest>;

export const LeaveListQuery = PageQuery.extend({
  status: z.enum(['todo', 'all', ...LEAVE_STATUSES]).default('todo'),
  q: z.string().trim().max(50).optional(),
});
export type LeaveListQuery = z.infer<typeof LeaveListQuery>;
