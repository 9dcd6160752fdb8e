import type { ViolationKind, ViolationStatus } from '@taobo/domain';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DateCol, Timestamp } from '../../db/columns.ts';

export interface AbsenceTable {
  id: Generated<string>;
  measure_id: string;
  person_id: string;
  from_date: DateCol;
  to_date: DateCol;
  reported: boolean;
  destination: string | null;
  note: string | null;
  source: Generated<'staff' | 'leave_request'>;
  created_at: Timestamp;
  created_by: string | null;
  /** The leave request (在线请假) this absence records, if any (migration 0007). */
  leave_request_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ViolationTable {
  id: Generated<string>;
  measure_id: string;
  person_id: string;
  kind: ViolationKind;
  status: ViolationStatus;
  date: DateCol;
  test_id: string | null;
  absence_id: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
  dedupe_key: string;
}

export type ViolationRow = Selectable<ViolationTable>;

/** 批评、教育 of an ordinary violation (禁毒法 第三十五条 第二款), migration 0013. */
export interface EducationTable {
  id: Generated<string>;
  measure_id: string;
  person_id: string;
  date: DateCol;
  reason: string;
  note: string | null;
  violation_id: string | null;
  given_by: string;
  created_at: Timestamp;
}

export type AbsenceRow = Selectable<AbsenceTable>;

export interface ViolationTables {
  absences: AbsenceTable;
  educations: EducationTable;
  violations: ViolationTable;
}
