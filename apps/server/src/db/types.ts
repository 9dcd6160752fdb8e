import type { TaskKind } from '@taobo/contracts';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { AppointmentTables } from '../modules/appointments/tables.ts';
import type { AssistanceTables } from '../modules/assistance/tables.ts';
import type { CheckinTables } from '../modules/checkins/tables.ts';
import type { CounsellingTables } from '../modules/counselling/tables.ts';
import type { LeaveTables } from '../modules/leave/tables.ts';
import type { LearningTables } from '../modules/learning/tables.ts';
import type { NotificationTables } from '../modules/notifications/tables.ts';
import type { UploadTables } from '../modules/uploads/tables.ts';

/** Row types of the tables, as Kysely sees them. Keep in step with db/migrations. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** `date` columns are read as 'YYYY-MM-DD' strings (see the type parser in database.ts). */
export type DateCol = ColumnType<string, string, string>;

export interface OrgUnitTable {
  id: string;
  parent_id: string | null;
  name: string;
  level: 'city' | 'county' | 'township' | 'village' | 'grid';
  path: string;
}

export interface StaffTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  role: string;
  org_unit_id: string;
  password_hash: string;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  created_at: Generated<Date>;
  created_by: string | null;
  gender: 'male' | 'female' | null;
}

export interface SessionTable {
  token_hash: string;
  staff_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
}

export interface PersonTable {
  id: Generated<string>;
  name: string;
  name_pinyin: string;
  name_initials: string;
  gender: 'male' | 'female';
  birth_date: DateCol;
  id_number_enc: Buffer;
  id_number_bidx: Buffer;
  id_number_masked: string;
  id_last4: string;
  phone_enc: Buffer;
  phone_bidx: Buffer;
  phone_masked: string;
  household_org_unit_id: string | null;
  household_address_enc: Buffer | null;
  residence_org_unit_id: string | null;
  residence_address_enc: Buffer | null;
  org_unit_id: string;
  grid_id: string | null;
  scope_path: string;
  county_id: string;
  police_id: string | null;
  grid_worker_id: string | null;
  social_worker_id: string | null;
  drug_types: string[];
  first_found_date: DateCol | null;
  rehab_episodes: ColumnType<unknown, string, string>;
  status: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  updated_by: string | null;
  photo_key: Generated<string | null>;
  photo_type: Generated<string | null>;
}

export interface AuditEventTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  ip: string | null;
  reason: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface MeasureTable {
  id: Generated<string>;
  person_id: string;
  county_id: string;
  type: 'community_detox' | 'community_rehab';
  status: 'pending_report' | 'executing' | 'suspended' | 'refused' | 'terminated' | 'released';
  decision_no: string;
  decision_date: DateCol;
  received_date: DateCol;
  deciding_authority: string | null;
  township_id: string;
  term_months: number;
  report_deadline: DateCol;
  reported_date: DateCol | null;
  report_place: string | null;
  report_taken_by: string | null;
  agreement_signed_date: DateCol | null;
  term_start: DateCol | null;
  term_end: DateCol | null;
  suspended_days: Generated<number>;
  credit_days: Generated<number>;
  serious_violation: Generated<boolean>;
  serious_reasons: Generated<string[]>;
  exemptions: Generated<string[]>;
  working_group: ColumnType<unknown, string | undefined, string>;
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

export interface RandomDrawTable {
  id: Generated<string>;
  measure_id: string;
  period_start: DateCol;
  period_end: DateCol;
  quota: number;
  seed: string;
  algorithm: string;
  days: ColumnType<string[], string[], string[]>;
  created_at: Timestamp;
}

export type TestStatusCol = 'upcoming' | 'due' | 'done' | 'missed' | 'excused' | 'cancelled';

export interface TestTable {
  id: Generated<string>;
  measure_id: string;
  person_id: string;
  plan: 'scheduled' | 'random' | 'extra';
  window_index: number | null;
  window_start: DateCol;
  window_end: DateCol;
  random_draw_id: string | null;
  status: TestStatusCol;
  kind: 'urine' | 'hair' | 'lab' | 'retest' | 'remote' | null;
  outcome: 'negative' | 'positive' | 'pending' | null;
  taken_date: DateCol | null;
  collector_ids: Generated<string[]>;
  sample_retention_until: DateCol | null;
  note: string | null;
  recorded_at: Timestamp | null;
  recorded_by: string | null;
}

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
  kind: 'evasion' | 'departure' | 'relapse' | 'refusal' | 'serious';
  status: 'candidate' | 'confirmed' | 'excused';
  date: DateCol;
  test_id: string | null;
  absence_id: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
  dedupe_key: string;
}

export interface TaskTable {
  id: Generated<string>;
  kind: TaskKind;
  person_id: string;
  measure_id: string | null;
  title: string;
  due_date: DateCol | null;
  status: Generated<'open' | 'done' | 'cancelled'>;
  evidence: ColumnType<unknown, string | undefined, string>;
  note: string | null;
  created_at: Timestamp;
  done_at: Timestamp | null;
  done_by: string | null;
  dedupe_key: string;
  ref_kind: string | null;
  ref_id: string | null;
}

export interface TestPolicyTable {
  county_id: string;
  policy: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface SweepRunTable {
  business_date: DateCol;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  result: ColumnType<unknown, string | null, string | null>;
}

export interface PersonAccountTable {
  person_id: string;
  password_hash: string | null;
  activated_at: Timestamp | null;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
}

export interface ActivationCodeTable {
  id: Generated<string>;
  person_id: string;
  code_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  voided_at: Timestamp | null;
  created_at: Timestamp;
  created_by: string;
}

export interface PersonSessionTable {
  token_hash: string;
  person_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  device: string | null;
  revoked_at: Timestamp | null;
}

/** Each person-app module keeps its own tables in `modules/<name>/tables.ts`. */
export interface Database
  extends
    AppointmentTables,
    AssistanceTables,
    CheckinTables,
    CounsellingTables,
    LeaveTables,
    LearningTables,
    NotificationTables,
    UploadTables {
  org_units: OrgUnitTable;
  staff: StaffTable;
  sessions: SessionTable;
  persons: PersonTable;
  audit_events: AuditEventTable;
  measures: MeasureTable;
  measure_events: MeasureEventTable;
  suspensions: SuspensionTable;
  random_draws: RandomDrawTable;
  tests: TestTable;
  absences: AbsenceTable;
  violations: ViolationTable;
  tasks: TaskTable;
  test_policies: TestPolicyTable;
  sweep_runs: SweepRunTable;
  person_accounts: PersonAccountTable;
  activation_codes: ActivationCodeTable;
  person_sessions: PersonSessionTable;
}

export type MeasureRow = Selectable<MeasureTable>;
export type TestRow = Selectable<TestTable>;
export type ViolationRow = Selectable<ViolationTable>;
export type AbsenceRow = Selectable<AbsenceTable>;
export type TaskRow = Selectable<TaskTable>;

export type PersonRow = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type StaffRow = Selectable<StaffTable>;
export type OrgUnitRow = Selectable<OrgUnitTable>;
