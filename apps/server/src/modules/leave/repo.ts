import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { LeaveTables } from './tables.ts';

export type LeaveRow = Selectable<LeaveTables['leave_requests']>;
export type LeaveRowWithNames = LeaveRow & {
  person_name: string;
  decided_by_name: string | null;
  extension_decided_by_name: string | null;
};

/** Leave requests with the names a view needs; callers add jurisdiction or ownership filters. */
export function leaveQuery(db: Db) {
  return db
    .selectFrom('leave_requests')
    .innerJoin('persons', 'persons.id', 'leave_requests.person_id')
    .leftJoin('staff as d', 'd.id', 'leave_requests.decided_by')
    .leftJoin('staff as e', 'e.id', 'leave_requests.extension_decided_by')
    .selectAll('leave_requests')
    .select([
      'persons.name as person_name',
      'd.display_name as decided_by_name',
      'e.display_name as extension_decided_by_name',
    ]);
}

/** To-do first: what awaits a decision, then the overdue, then the rest, newest first. */
export const leaveOrder = sql`CASE leave_requests.status
  WHEN 'pending' THEN 0 WHEN 'extension' THEN 0 WHEN 'lapsed' THEN 0 WHEN 'overdue' THEN 1 ELSE 2 END`;
