import type { Timestamp } from '../../db/columns.ts';

export interface SessionTable {
  token_hash: string;
  staff_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
}

export interface AuthTables {
  sessions: SessionTable;
}
