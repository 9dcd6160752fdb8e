import type { ColumnType } from 'kysely';
import type { Timestamp } from '../../db/columns.ts';

export interface TestPolicyTable {
  county_id: string;
  policy: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface PolicyTables {
  test_policies: TestPolicyTable;
}
