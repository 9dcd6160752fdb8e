import type { TaskKind } from '@taobo/contracts';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DateCol, Timestamp } from '../../db/columns.ts';

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

export type TaskRow = Selectable<TaskTable>;

export interface TaskTables {
  tasks: TaskTable;
}
