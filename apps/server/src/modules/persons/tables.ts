import type { Gender, PersonStatus } from '@taobo/domain';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { DateCol, Timestamp } from '../../db/columns.ts';

export interface PersonTable {
  id: Generated<string>;
  name: string;
  name_pinyin: string;
  name_initials: string;
  gender: Gender;
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
  status: PersonStatus;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: string | null;
  updated_by: string | null;
  photo_key: Generated<string | null>;
  photo_type: Generated<string | null>;
}

export type PersonRow = Selectable<PersonTable>;

export type NewPerson = Insertable<PersonTable>;

export interface PersonTables {
  persons: PersonTable;
}
