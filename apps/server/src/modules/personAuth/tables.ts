import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/columns.ts';

export interface PersonAccountTable {
  person_id: string;
  password_hash: string | null;
  activated_at: Timestamp | null;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
}

export interface ActivationCodeTable {
  id: Generated<string>;
  person_id: string;
  code_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  voided_at: Timestamp | null;
  created_at: Timestamp;
  created_by: string;
  /** Wrong guesses at this code, counted before each comparison. */
  failed_attempts: Generated<number>;
}

export interface PersonSessionTable {
  token_hash: string;
  person_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  device: string | null;
  revoked_at: Timestamp | null;
}

export interface PersonAuthTables {
  person_accounts: PersonAccountTable;
  activation_codes: ActivationCodeTable;
  person_sessions: PersonSessionTable;
}
