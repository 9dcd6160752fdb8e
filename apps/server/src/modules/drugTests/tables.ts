import type { TestKind, TestOutcome, TestPlanKind, TestStatus } from '@taobo/domain';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DateCol, Timestamp } from '../../db/columns.ts';

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

export interface TestTable {
  id: Generated<string>;
  measure_id: string;
  person_id: string;
  plan: TestPlanKind;
  window_index: number | null;
  window_start: DateCol;
  window_end: DateCol;
  random_draw_id: string | null;
  status: TestStatus;
  kind: TestKind | null;
  outcome: TestOutcome | null;
  taken_date: DateCol | null;
  collector_ids: Generated<string[]>;
  sample_retention_until: DateCol | null;
  note: string | null;
  recorded_at: Timestamp | null;
  recorded_by: string | null;
}

export type TestRow = Selectable<TestTable>;

export interface DrugTestTables {
  random_draws: RandomDrawTable;
  tests: TestTable;
}
