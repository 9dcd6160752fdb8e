import type { Generated } from 'kysely';
import type { LeaveStatus } from '@taobo/domain';
import type { DateCol, Timestamp } from '../../db/columns.ts';

// Row types of this module's tables, as Kysely sees them; keep in step with 0007_checkins_leave.sql.
export interface LeaveTables {
  leave_requests: {
    id: Generated<string>;
    person_id: string;
    measure_id: string;
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
    extension_decision: 'approved' | 'refused' | null;
    extension_decided_by: string | null;
    extension_decided_at: Timestamp | null;
    extension_note: string | null;
    returned_on: DateCol | null;
    returned_at: Timestamp | null;
  };
}
