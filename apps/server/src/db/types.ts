import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Row types of the tables, as Kysely sees them. Keep in step with db/migrations. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** `date` columns are read as 'YYYY-MM-DD' strings (see the type parser in database.ts). */
type DateCol = ColumnType<string, string, string>;

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

export interface Database {
  org_units: OrgUnitTable;
  staff: StaffTable;
  sessions: SessionTable;
  persons: PersonTable;
  audit_events: AuditEventTable;
}

export type PersonRow = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type StaffRow = Selectable<StaffTable>;
export type OrgUnitRow = Selectable<OrgUnitTable>;
