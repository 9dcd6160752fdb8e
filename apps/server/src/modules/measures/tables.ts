import type {
  CompulsoryIsolationExemption,
  ExecutionPlaceBasis,
  MeasureStatus,
  MeasureType,
  ReportDeadlineBasis,
  SeriousViolationReason,
} from '@taobo/domain';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DateCol, Timestamp } from '../../db/columns.ts';

export interface MeasureTable {
  id: Generated<string>;
  person_id: string;
  county_id: string;
  type: MeasureType;
  status: MeasureStatus;
  decision_no: string;
  decision_date: DateCol;
  received_date: DateCol;
  deciding_authority: string | null;
  township_id: string;
  term_months: number;
  report_deadline: DateCol;
  /** What the deadline counts from (migration 0015); `report_deadline_from` is that day. */
  report_deadline_basis: Generated<ReportDeadlineBasis>;
  report_deadline_from: DateCol | null;
  /** The good reason an officer accepted when extending the deadline. */
  report_deadline_reason: ColumnType<string | null, string | null | undefined, string | null>;
  report_overdue: Generated<boolean>;
  transferred_on: ColumnType<string | null, string | null | undefined, string | null>;
  release_notice_no: ColumnType<string | null, string | null | undefined, string | null>;
  release_notice_date: ColumnType<string | null, string | null | undefined, string | null>;
  release_notice_issuer: ColumnType<string | null, string | null | undefined, string | null>;
  release_notice_recorded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  release_notice_recorded_by: ColumnType<string | null, string | null | undefined, string | null>;
  reported_date: DateCol | null;
  report_place: string | null;
  report_taken_by: string | null;
  agreement_signed_date: DateCol | null;
  term_start: DateCol | null;
  term_end: DateCol | null;
  suspended_days: Generated<number>;
  credit_days: Generated<number>;
  serious_violation: Generated<boolean>;
  serious_reasons: Generated<SeriousViolationReason[]>;
  exemptions: Generated<CompulsoryIsolationExemption[]>;
  working_group: ColumnType<unknown, string | undefined, string>;
  // Migration 0013: 折抵's basis (条例 第三十一条), the place's (禁毒法 第三十三条 第二款), the facts of
  // 禁毒法 第三十九条 第一款, and 条例 第三十八条 第二款's flag.
  credit_basis_no: string | null;
  credit_basis_date: DateCol | null;
  execution_place_basis: Generated<ExecutionPlaceBasis>;
  fixed_residence: Generated<boolean>;
  pregnant: Generated<boolean>;
  nursing_child_birth_date: DateCol | null;
  no_early_release: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
}

export interface MeasureEventTable {
  id: Generated<string>;
  measure_id: string;
  person_id: string;
  at: Timestamp;
  date: DateCol | null;
  kind: string;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  actor_id: string | null;
}

export interface SuspensionTable {
  id: Generated<string>;
  measure_id: string;
  from_date: DateCol;
  to_date: DateCol | null;
  reason: string;
}

export type MeasureRow = Selectable<MeasureTable>;

export interface MeasureTables {
  measures: MeasureTable;
  measure_events: MeasureEventTable;
  suspensions: SuspensionTable;
}
