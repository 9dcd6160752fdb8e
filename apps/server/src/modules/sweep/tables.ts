import type { ColumnType } from 'kysely';
import type { DateCol, Timestamp } from '../../db/columns.ts';

export interface SweepRunTable {
  business_date: DateCol;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  result: ColumnType<unknown, string | null, string | null>;
}

export interface SweepTables {
  sweep_runs: SweepRunTable;
}
