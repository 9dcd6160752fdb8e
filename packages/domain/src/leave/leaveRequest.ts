// 在线请假 / 外出报告: leaving the county of execution, as a state machine.
//
// 戒毒条例 第十九条 asks for a written report (书面报告) before leaving the county for 3 days or more:
// a report, not permission. So by default (mode `report`) submitting is reporting — the person is
// covered from that moment — and the officer acknowledges it (已知悉), with a concern note if any;
// a report can never be refused into 擅自离开. A county whose 社区戒毒协议 adds an approval step
// (local policy, `LeavePolicy.approvalRequired`) runs the approval workflow instead (mode `approval`).
//
//   report (default):
//     reported ──acknowledge──▶ acknowledged
//     reported | acknowledged ──report_extension──▶ reported   (a later return, reported at once)
//     reported | acknowledged ──end_passed──▶ overdue
//   approval (local policy):
//     pending ──approve──▶ approved ──request_extension──▶ extension ──approve_extension──▶ approved
//       │  │                 │  ▲                             │
//       │  └─refuse─▶ refused │  └────refuse_extension────────┘ (or ▶ overdue when the end has passed)
//       │                     ├─end_passed──▶ overdue
//       └─deadline_passed──▶ lapsed ──approve/refuse (late decision)──▶ approved / refused
//   return (销假): from reported, acknowledged, approved, extension or overdue ──▶ closed
//
// Two kinds of 超时, named apart:
// - `lapsed`  (超时未审批, approval mode only): the officer did not decide by the decision deadline;
// - `overdue` (超时未归):   the person is not back (no 销假) by the day after the reported end date;
//   the days beyond it are unreported absence (第二十条), in both modes.
// refused and closed are final.

import { absenceDays, REPORTABLE_ABSENCE_DAYS } from '../supervision/violations.ts';
import { addDays, assertValidDate, daysBetween, maxDate } from '../supervision/dates.ts';
import { assertNever } from '../supervision/exhaustive.ts';

/**
 * How a county handles leaving the county: `report` — the law's written report (戒毒条例 第十九条),
 * the default; `approval` — the county's agreement adds an approval step (local policy).
 */
export const LEAVE_MODES = ['report', 'approval'] as const;
export type LeaveMode = (typeof LEAVE_MODES)[number];

export const leaveModeLabels: Record<LeaveMode, { zh: string; en: string }> = {
  report: { zh: '外出报告', en: 'Written report' },
  approval: { zh: '请假审批（地方政策）', en: 'Approval (local policy)' },
};

/** The mode of a new request under the county's policy (default: the law's report). */
export const leaveModeFor = (approvalRequired: boolean): LeaveMode =>
  approvalRequired ? 'approval' : 'report';

export const LEAVE_STATUSES = [
  'reported',
  'acknowledged',
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
  reported: { zh: '已报告', en: 'Reported' },
  acknowledged: { zh: '已知悉', en: 'Acknowledged' },
  pending: { zh: '待审批', en: 'Pending approval' },
  approved: { zh: '已同意', en: 'Approved' },
  refused: { zh: '不同意', en: 'Not agreed' },
  extension: { zh: '续假待审批', en: 'Extension pending' },
  overdue: { zh: '超时未归', en: 'Overdue (not back)' },
  lapsed: { zh: '超时未审批', en: 'Lapsed (not decided in time)' },
  closed: { zh: '已销假', en: 'Closed (back)' },
};

/** The first status of a new request. */
export const initialLeaveStatus = (mode: LeaveMode): LeaveStatus =>
  mode === 'report' ? 'reported' : 'pending';

export type LeaveEvent =
  | { type: 'acknowledge' }
  | { type: 'report_extension' }
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
const isReport = (status: LeaveStatus) => status === 'reported' || status === 'acknowledged';

/** 戒毒条例 第十九条: what an officer is told who tries to approve or refuse a written report. */
export const REPORT_NOT_DECIDED = '外出报告无需审批，不能同意或不同意；专干确认知悉即可（戒毒条例第十九条）';

/** The next state of a leave request, or why the event is not allowed in this state. */
export function leaveTransition(status: LeaveStatus, event: LeaveEvent): LeaveTransition {
  switch (event.type) {
    case 'acknowledge':
      if (status === 'reported') return to('acknowledged');
      if (status === 'acknowledged') return refuse('该外出报告已知悉');
      return refuse('只有已报告的外出可以确认知悉');
    case 'report_extension':
      if (isReport(status)) return to('reported');
      return refuse('只有已报告且未到期的外出可以续报');
    case 'approve':
    case 'refuse':
      if (status === 'pending' || status === 'lapsed')
        return to(event.type === 'approve' ? 'approved' : 'refused');
      if (isReport(status)) return refuse(REPORT_NOT_DECIDED);
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
      return status === 'pending' ? to('lapsed') : refuse('只有待审批的申请会超时未审批');
    case 'end_passed':
      return status === 'approved' || isReport(status)
        ? to('overdue')
        : refuse('只有已报告或已同意的外出会超时未归');
    case 'return':
      if (status === 'approved' || status === 'extension' || status === 'overdue' || isReport(status))
        return to('closed');
      return refuse('只有已报告（或已同意、续假、超时未归）的外出可以销假');
    default:
      return assertNever(event);
  }
}

/** What an officer may do with a request (the API's routes). */
export type LeaveAction = 'acknowledge' | 'approve' | 'refuse' | 'approve_extension' | 'refuse_extension';

/**
 * The event an officer's action is for a request of this mode. A written report (mode `report`) is
 * acknowledged, never approved or refused (戒毒条例 第十九条): "approve" on it acknowledges it (the
 * old route keeps working), "refuse" is not possible. An approval request (local policy) is
 * approved or refused, not acknowledged.
 */
export function officerLeaveEvent(
  mode: LeaveMode,
  action: LeaveAction,
  endPassed: boolean,
):
  | { ok: true; event: LeaveEvent }
  | { ok: false; code: 'LEAVE_NOT_REFUSABLE' | 'LEAVE_NEEDS_DECISION'; message: string } {
  if (mode === 'report') {
    if (action === 'refuse' || action === 'refuse_extension')
      return { ok: false, code: 'LEAVE_NOT_REFUSABLE', message: REPORT_NOT_DECIDED };
    return { ok: true, event: { type: 'acknowledge' } };
  }
  switch (action) {
    case 'acknowledge':
      return {
        ok: false,
        code: 'LEAVE_NEEDS_DECISION',
        message: '本县协议约定外出须经同意（地方政策），请同意或不同意',
      };
    case 'refuse_extension':
      return { ok: true, event: { type: action, endPassed } };
    default:
      return { ok: true, event: { type: action } };
  }
}

/** The person's "more days" on a running request: a new report, or a request to approve. */
export const extensionEvent = (mode: LeaveMode): LeaveEvent =>
  mode === 'report' ? { type: 'report_extension' } : { type: 'request_extension' };

/**
 * The requests still running: every state but the final ones (refused, closed). A running request
 * blocks an overlapping one and shows on the person's home screen.
 */
export const ACTIVE_LEAVE_STATUSES = [
  'reported',
  'acknowledged',
  'pending',
  'lapsed',
  'approved',
  'extension',
  'overdue',
] as const satisfies readonly LeaveStatus[];

/**
 * Our policy for the officer's deadline: to acknowledge a report (知悉期限), or to decide a request
 * under a county's approval policy (审批期限). The day before departure, so the person hears before
 * leaving; for leaving today or tomorrow, the day it is made. Never before the request day.
 */
export function leaveDecisionDeadline(requestedOn: string, from: string): string {
  assertValidDate(requestedOn, 'requestedOn');
  assertValidDate(from, 'from');
  return maxDate(requestedOn, addDays(from, -1));
}

/**
 * An extension is acknowledged (or, under an approval policy, decided) by the current end date (the
 * person asked while away; after the end date they would be overdue through no fault of their own).
 */
export function extensionDecisionDeadline(requestedOn: string, currentTo: string): string {
  return maxDate(requestedOn, currentTo);
}

/** Whether the leave has run out: its end date (the reported day of return) is past. */
export function isLeaveOverdue(to: string, today: string): boolean {
  return today > to;
}

/**
 * 戒毒条例 第十九条: leaving the county for 3 days or more needs the written report, the days counted
 * as the law counts a period (民法典 第二百零一条: the day of leaving not counted). Leave Monday,
 * back Thursday: 3 days, a report; back Wednesday: 2 days, none (a notice may still be sent; it never
 * matters for violations).
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
 * How an overstayed leave splits into absences for the violation engine (戒毒条例 第二十条). The
 * reported absence runs from the day of leaving to the reported day of return; the unreported one
 * from that day (not counted, like a day of leaving: 民法典 第二百零一条) to the day of return, or to
 * today while still away. The two meet on the reported day of return and share no counted day, so
 * their days add up to the whole trip: reported Monday to Friday (4 days), back the next Wednesday —
 * 5 unreported days (Saturday to Wednesday), 9 in all. The overstay is judged on its own: 3 days or
 * more is 擅自离开 (超时未归), whatever the length of the reported part.
 */
export function overstay(
  reportedTo: string,
  backOrToday: string,
): { from: string; to: string; days: number } | null {
  if (backOrToday <= reportedTo) return null;
  return { from: reportedTo, to: backOrToday, days: daysBetween(reportedTo, backOrToday) };
}
