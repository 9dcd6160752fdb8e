import type { Generated } from 'kysely';
import type { LeaveMode, LeaveStatus } from '@taobo/domain';
import type { DateCol, Timestamp } from '../../db/columns.ts';

// Row types of this module's tables, as Kysely sees them; keep in step with 0007_checkins_leave.sql
// and 0014_leave_reports.sql.
export interface LeaveTables {
  /** A county's leave policy; a county without a row takes written reports (the law's default). */
  leave_policies: {
    county_id: string;
    /** Local policy (地方政策（协议约定）): the county's agreement adds an approval step. */
    approval_required: boolean;
    updated_at: Timestamp;
    updated_by: string | null;
  };
  leave_requests: {
    id: Generated<string>;
    person_id: string;
    measure_id: string;
    /** The county's policy when the request was made: a report, or an approval request. */
    mode: LeaveMode;
    status: LeaveStatus;
    destination: string;
    destination_county_id: string | null;
    from_date: DateCol;
    to_date: DateCol;
    original_to_date: DateCol;
    reason: string;
    requested_at: Timestamp;
    decision_deadline: DateCol;
    decided_by: string | null;
    decided_at: Timestamp | null;
    decision_note: string | null;
    extension_to: DateCol | null;
    extension_reason: string | null;
    extension_requested_at: Timestamp | null;
    extension_deadline: DateCol | null;
    extension_decision: 'approved' | 'refused' | 'acknowledged' | null;
    extension_decided_by: string | null;
    extension_decided_at: Timestamp | null;
    extension_note: string | null;
    returned_on: DateCol | null;
    returned_at: Timestamp | null;
  };
}
