import type { Generated, Selectable } from 'kysely';
import type { DateCol, Timestamp } from '../../db/columns.ts';

// Row types of this module's tables, as Kysely sees them; keep in step with its migration.

export interface TestStationTable {
  id: Generated<string>;
  name: string;
  org_unit_id: string;
  scope_path: string;
  county_id: string;
  address: string;
  phone: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StationSlotTable {
  id: Generated<string>;
  station_id: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  start_time: string;
  end_time: string;
  capacity: number;
  active: Generated<boolean>;
}

export interface StationClosureTable {
  station_id: string;
  date: DateCol;
  reason: string;
  created_by: string;
  created_at: Timestamp;
}

export type AppointmentStatusCol = 'booked' | 'arrived' | 'tested' | 'cancelled';

export interface AppointmentTable {
  id: Generated<string>;
  person_id: string;
  station_id: string;
  slot_id: string;
  date: DateCol;
  start_time: string;
  end_time: string;
  test_id: string;
  status: AppointmentStatusCol;
  arrived_at: Timestamp | null;
  arrived_by: string | null;
  cancelled_at: Timestamp | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AppointmentTables {
  test_stations: TestStationTable;
  station_slots: StationSlotTable;
  station_closures: StationClosureTable;
  appointments: AppointmentTable;
}

export type TestStationRow = Selectable<TestStationTable>;
export type AppointmentRow = Selectable<AppointmentTable>;
