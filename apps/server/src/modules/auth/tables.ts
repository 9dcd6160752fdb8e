import type { Timestamp } from '../../db/columns.ts';

export interface SessionTable {
  token_hash: string;
  staff_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
}

/** A rate-limit window (platform/signInLimits.ts). */
export interface AuthThrottleTable {
  key: string;
  hits: number;
  resets_at: Timestamp;
}

export interface AuthTables {
  sessions: SessionTable;
  auth_throttle: AuthThrottleTable;
}
