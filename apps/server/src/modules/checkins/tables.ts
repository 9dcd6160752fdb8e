import type { Generated } from 'kysely';
import type { DateCol, Timestamp } from '../../db/columns.ts';

// Row types of this module's tables, as Kysely sees them; keep in step with 0007_checkins_leave.sql.
export interface CheckinTables {
  checkin_policies: {
    county_id: string;
    interval_months: number;
    remind_days: number;
    updated_at: Timestamp;
    updated_by: string | null;
  };
  checkins: {
    id: Generated<string>;
    person_id: string;
    measure_id: string;
    period_key: string;
    at: Timestamp;
    date: DateCol;
    device_time: Timestamp | null;
    mood: 'good' | 'ok' | 'bad' | 'very_bad';
    work: 'employed' | 'unemployed' | 'seeking';
    needs: string[];
    needs_other: string | null;
    callback: boolean;
    selfie_key: string;
    selfie_type: string;
    location_status: 'ok' | 'denied' | 'unavailable';
    latitude: number | null;
    longitude: number | null;
    accuracy_m: number | null;
    flags: string[];
    followup_outcome: 'reached' | 'not_reached' | 'referred' | 'no_action' | null;
    followup_note: string | null;
    followup_by: string | null;
    followup_at: Timestamp | null;
  };
}
