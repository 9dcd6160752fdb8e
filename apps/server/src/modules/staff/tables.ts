import type { Gender } from '@taobo/domain';
import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/columns.ts';

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
  gender: Gender | null;
}

export interface StaffTables {
  staff: StaffTable;
}
