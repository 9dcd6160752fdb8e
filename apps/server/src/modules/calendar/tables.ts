import type { CalendarDayKind } from '@taobo/domain';
import type { DateCol, Timestamp } from '../../db/columns.ts';

/** Days of an official holiday schedule entered by an administrator (民法典 第二百零三条). */
export interface CalendarDayTable {
  date: DateCol;
  kind: CalendarDayKind;
  name: string;
  created_at: Timestamp;
  created_by: string | null;
}

export interface CalendarTables {
  calendar_days: CalendarDayTable;
}
