import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/columns.ts';

// Row types of this module's tables, as Kysely sees them; keep in step with 0008_counselling_assistance.sql.
export interface AssistanceTables {
  assistance_applications: {
    id: Generated<string>;
    person_id: string;
    type: 'employment' | 'skills_training' | 'startup_loan' | 'subsistence' | 'medical_aid' | 'other';
    other_type: string | null;
    description_enc: Buffer;
    status: 'submitted' | 'in_progress' | 'concluded' | 'withdrawn';
    outcome: 'helped' | 'declined' | null;
    outcome_text: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  assistance_attachments: {
    id: Generated<string>;
    application_id: string;
    file_key: string;
    mime: string;
    size: number;
    name: string;
    created_at: Timestamp;
  };
  assistance_events: {
    id: Generated<string>;
    application_id: string;
    kind: 'submitted' | 'accepted' | 'helped' | 'declined' | 'withdrawn';
    at: Timestamp;
    staff_id: string | null;
    note: string | null;
  };
}
