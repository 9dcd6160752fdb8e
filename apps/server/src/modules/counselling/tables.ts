import type { Generated } from 'kysely';
import type { DateCol, Timestamp } from '../../db/columns.ts';

// Row types of this module's tables, as Kysely sees them; keep in step with 0008_counselling_assistance.sql.
export interface CounsellingTables {
  counselling_availability: {
    id: Generated<string>;
    counsellor_id: string;
    kind: 'weekly' | 'once';
    weekday: number | null;
    date: DateCol | null;
    start_time: string;
    duration_minutes: number;
    mode: 'online' | 'phone' | 'in_person';
    place: string | null;
    active: Generated<boolean>;
    created_at: Timestamp;
  };
  counselling_bookings: {
    id: Generated<string>;
    person_id: string;
    counsellor_id: string;
    availability_id: string;
    date: DateCol;
    start_time: string;
    duration_minutes: number;
    mode: 'online' | 'phone' | 'in_person';
    place: string | null;
    status: 'requested' | 'confirmed' | 'completed' | 'cancelled';
    cancelled_by: 'person' | 'counsellor' | null;
    cancel_reason: string | null;
    created_at: Timestamp;
    confirmed_at: Timestamp | null;
    completed_at: Timestamp | null;
    cancelled_at: Timestamp | null;
  };
  counselling_notes: {
    booking_id: string;
    counsellor_id: string;
    body_enc: Buffer;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  counselling_screenings: {
    id: Generated<string>;
    person_id: string;
    instrument: 'phq9' | 'gad7';
    answers_enc: Buffer;
    total: number;
    severity: 'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';
    alert: boolean;
    alert_reasons: string[];
    created_at: Timestamp;
    reviewed_at: Timestamp | null;
    reviewed_by: string | null;
  };
}
