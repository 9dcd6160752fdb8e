import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/columns.ts';

export interface AuditEventTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  actor_unit_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  ip: string | null;
  reason: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
  /** 1: legacy SHA-256 chain (sealed); 2: keyed HMAC over every column (platform/audit/chain.ts). */
  chain_version: number;
}

export interface AuditTables {
  audit_events: AuditEventTable;
}
