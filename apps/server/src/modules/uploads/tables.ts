import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DateCol, Timestamp } from '../../db/columns.ts';

// Row types of this module's tables, as Kysely sees them; keep in step with its migration.

export interface RemoteTestPermissionTable {
  id: Generated<string>;
  person_id: string;
  from_date: DateCol;
  to_date: DateCol;
  reason: string;
  granted_by: string;
  granted_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}

export type UploadStatusCol = 'pending' | 'approved' | 'rejected_missed' | 'rejected_retest';
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface RemoteUploadTable {
  id: Generated<string>;
  person_id: string;
  test_id: string | null;
  basis: 'leave' | 'permission';
  permission_id: string | null;
  cassette_key: string;
  cassette_type: string;
  selfie_key: string;
  selfie_type: string;
  device_time: Timestamp | null;
  received_at: Timestamp;
  business_date: DateCol;
  latitude: number | null;
  longitude: number | null;
  accuracy_m: number | null;
  location_error: string | null;
  client_exif: Json;
  server_exif: Json;
  note: string | null;
  status: UploadStatusCol;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
}

export interface UploadTables {
  remote_test_permissions: RemoteTestPermissionTable;
  remote_uploads: RemoteUploadTable;
}

export type RemoteTestPermissionRow = Selectable<RemoteTestPermissionTable>;
export type RemoteUploadRow = Selectable<RemoteUploadTable>;
