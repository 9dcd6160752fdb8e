// What both sides of 在线请假 / 外出报告 share: the view of a request, the state machine's guard, and
// the absences a reported (or approved) or overstayed leave records for the violation engine.
import type { LeaveRequest } from '@taobo/contracts';
import {
  absenceDays,
  leaveNeedsReport,
  leaveTransition,
  overstay,
  type LeaveEvent,
  type LeaveStatus,
} from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../errors.ts';
import type { ViolationService } from '../violations/service.ts';
import type { LeaveRow, LeaveRowWithNames } from './repo.ts';

export const LEAVE_LINK = '/m/leave';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
const ref = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

export function toLeave(r: LeaveRowWithNames, today: string): LeaveRequest {
  const back = r.returned_on ?? (r.status === 'overdue' ? today : null);
  return {
    id: r.id,
    person: { id: r.person_id, name: r.person_name },
    measureId: r.measure_id,
    mode: r.mode,
    status: r.status,
    destination: r.destination,
    destinationCountyId: r.destination_county_id,
    from: r.from_date,
    to: r.to_date,
    originalTo: r.original_to_date,
    days: absenceDays(r.from_date, r.to_date),
    needsReport: leaveNeedsReport(r.from_date, r.to_date),
    reason: r.reason,
    requestedAt: iso(r.requested_at)!,
    decisionDeadline: r.decision_deadline,
    decidedBy: ref(r.decided_by, r.decided_by_name),
    decidedAt: iso(r.decided_at),
    decisionNote: r.decision_note,
    extension:
      r.extension_to && r.extension_requested_at
        ? {
            to: r.extension_to,
            reason: r.extension_reason ?? '',
            requestedAt: iso(r.extension_requested_at)!,
            deadline: r.extension_deadline ?? r.to_date,
            decision: r.extension_decision,
            decidedBy: ref(r.extension_decided_by, r.extension_decided_by_name),
            decidedAt: iso(r.extension_decided_at),
            note: r.extension_note,
          }
        : null,
    returnedOn: r.returned_on,
    overstayDays:
      back && ['overdue', 'closed'].includes(r.status) ? (overstay(r.to_date, back)?.days ?? 0) : 0,
  };
}

/** The next status by the state machine (packages/domain leaveRequest.ts), or a LEAVE_STATE error. */
export function step(status: LeaveStatus, event: LeaveEvent): LeaveStatus {
  const next = leaveTransition(status, event);
  if (!next.ok) throw new DomainError('LEAVE_STATE', next.message);
  return next.status;
}

/** The absences a leave records for the violation engine, in the caller's transaction. */
export function leaveAbsences(violations: ViolationService) {
  return {
    /**
     * The reported days (or, under an approval policy, the approved ones) as a reported absence
     * (条例 第十九条), kept in step with the leave's dates.
     */
    async reportedDays(trx: Db, r: LeaveRow, to: string): Promise<void> {
      await violations.recordLeaveAbsence(trx, {
        measureId: r.measure_id,
        personId: r.person_id,
        leaveRequestId: r.id,
        from: r.from_date,
        to,
        reported: true,
        destination: r.destination,
        note: r.mode === 'report' ? '外出报告（洮泊家园）' : '在线请假（已同意）',
      });
    },

    /**
     * The days beyond the reported end, up to `until`: unreported absence (超时未归, 条例 第二十条),
     * from the reported day of return (not counted, 民法典 第二百零一条).
     */
    async overstay(trx: Db, r: LeaveRow, until: string): Promise<boolean> {
      const over = overstay(r.to_date, until);
      if (!over) return false;
      await violations.recordLeaveAbsence(trx, {
        measureId: r.measure_id,
        personId: r.person_id,
        leaveRequestId: r.id,
        from: over.from,
        to: over.to,
        reported: false,
        destination: r.destination,
        note: `报告 ${r.to_date} 返回，逾期未销假`,
      });
      return true;
    },
  };
}
