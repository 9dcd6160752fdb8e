// 在线请假: the written report of 戒毒条例 第十九条 as a request the officer decides, as a state machine.
//
//   pending ──approve──▶ approved ──request_extension──▶ extension ──approve_extension──▶ approved
//     │  │                 │  ▲                             │
//     │  └─refuse─▶ refused │  └────refuse_extension────────┘ (or ▶ overdue when the end has passed)
//     │                     ├─end_passed──▶ overdue
//     └─deadline_passed──▶ lapsed ──approve/refuse (late decision)──▶ approved / refused
//   return (销假): from approved, extension or overdue ──▶ closed
//
// Two kinds of 超时, named apart:
// - `lapsed`  (超时未审批): the officer did not decide by the decision deadline;
// - `overdue` (超时未归):   the person is not back (no 销假) by the day after the approved end date.
// refused and closed are final.

import { absenceDays, REPORTABLE_ABSENCE_DAYS } from '../supervision/violations.ts';
import { addDays, assertValidDate, daysBetween, maxDate } from '../supervision/dates.ts';
import { assertNever } from '../supervision/exhaustive.ts';

export const LEAVE_STATUSES = [
  'pending',
  'approved',
  'refused',
  'extension',
  'overdue',
  'lapsed',
  'closed',
] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

export const leaveStatusLabels: Record<LeaveStatus, { zh: string; en: string }> = {
  pending: { zh: '待审', en: 'Pending' },
  approved: { zh: '同意', en: 'Approved' },
  refused: { zh: '拒绝', en: 'Refused' },
  extension: { zh: '续假待审', en: 'Extension requested' },
  overdue: { zh: '超时未归', en: 'Overdue (not back)' },
  lapsed: { zh: '超时未审批', en: 'Lapsed (not decided in time)' },
  closed: { zh: '已销假', en: 'Closed (back)' },
};

export type LeaveEvent =
  | { type: 'approve' }
  | { type: 'refuse' }
  | { type: 'request_extension' }
  | { type: 'approve_extension' }
  /** `endPassed`: the approved end date is already behind us, so refusing leaves the person overdue. */
  | { type: 'refuse_extension'; endPassed: boolean }
  | { type: 'deadline_passed' }
  | { type: 'end_passed' }
  | { type: 'return' };

export type LeaveTransition = { ok: true; status: LeaveStatus } | { ok: false; message: string };

const refuse = (message: string): LeaveTransition => ({ ok: false, message });
const to = (status: LeaveStatus): LeaveTransition => ({ ok: true, status });

/** The next state of a leave request, or why the event is not allowed in this state. */
export function leaveTransition(status: LeaveStatus, event: LeaveEvent): LeaveTransition {
  switch (event.type) {
    case 'approve':
    case 'refuse':
      if (status === 'pending' || status === 'lapsed')
        return to(event.type === 'approve' ? 'approved' : 'refused');
      return refuse('该请假申请已处理');
    case 'request_extension':
      if (status === 'approved') return to('extension');
      if (status === 'extension') return refuse('已有续假申请待审批');
      return refuse('只有已同意且未到期的请假可以续假');
    case 'approve_extension':
      return status === 'extension' ? to('approved') : refuse('没有待审批的续假申请');
    case 'refuse_extension':
      if (status !== 'extension') return refuse('没有待审批的续假申请');
      return to(event.endPassed ? 'overdue' : 'approved');
    case 'deadline_passed':
      return status === 'pending' ? to('lapsed') : refuse('只有待审的申请会超时未审批');
    case 'end_passed':
      return status === 'approved' ? to('overdue') : refuse('只有已同意的请假会超时未归');
    case 'return':
      if (status === 'approved' || status === 'extension' || status === 'overdue') return to('closed');
      return refuse('只有已同意（含续假、超时未归）的请假可以销假');
    default:
      return assertNever(event);
  }
}

/**
 * The requests still running: every state but the final ones (refused, closed). A running request
 * blocks an overlapping one and shows on the person's home screen.
 */
export const ACTIVE_LEAVE_STATUSES = [
  'pending',
  'lapsed',
  'approved',
  'extension',
  'overdue',
] as const satisfies readonly LeaveStatus[];

/**
 * Our policy for the officer's decision deadline (审批期限): the day before departure, so the person
 * knows before leaving; a request made for leaving today or tomorrow must be decided the day it is
 * made. Never before the request day.
 */
export function leaveDecisionDeadline(requestedOn: string, from: string): string {
  assertValidDate(requestedOn, 'requestedOn');
  assertValidDate(from, 'from');
  return maxDate(requestedOn, addDays(from, -1));
}

/**
 * An extension must be decided by the current end date (the person asked while away; after the end
 * date they would be overdue through no fault of their own).
 */
export function extensionDecisionDeadline(requestedOn: string, currentTo: string): string {
  return maxDate(requestedOn, currentTo);
}

/** Whether the approved leave has run out: the end date (the day of return, inclusive) is past. */
export function isLeaveOverdue(to: string, today: string): boolean {
  return today > to;
}

/**
 * 戒毒条例 第十九条: leaving the county for 3 days or more (leaving and return day both counted)
 * needs the written report; shorter trips may still be requested.
 */
export function leaveNeedsReport(from: string, to: string): boolean {
  return absenceDays(from, to) >= REPORTABLE_ABSENCE_DAYS;
}

/**
 * Checks a new request's dates: the leave starts today or later and ends on or after its start.
 * Returns the problem in Chinese, or null.
 */
export function leaveDatesProblem(
  from: string,
  to: string,
  today: string,
): { path: 'from' | 'to'; message: string } | null {
  if (from < today) return { path: 'from', message: '出发日期不能早于今天' };
  if (to < from) return { path: 'to', message: '返回日期不能早于出发日期' };
  return null;
}

/**
 * How an overstayed leave splits into absences for the violation engine (戒毒条例 第二十条):
 * the approved days are a reported absence; from the day after the approved end to the day of
 * return (or to today, while still away) the person is away without report.
 */
export function overstay(
  approvedTo: string,
  backOrToday: string,
): { from: string; to: string; days: number } | null {
  if (backOrToday <= approvedTo) return null;
  const from = addDays(approvedTo, 1);
  return { from, to: backOrToday, days: daysBetween(from, backOrToday) + 1 };
}
