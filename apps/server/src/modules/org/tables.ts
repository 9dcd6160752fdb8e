import type { Selectable } from 'kysely';

export interface OrgUnitTable {
  id: string;
  parent_id: string | null;
  name: string;
  level: 'city' | 'county' | 'township' | 'village' | 'grid';
  path: string;
}

export type OrgUnitRow = Selectable<OrgUnitTable>;

export interface OrgTables {
  org_units: OrgUnitTable;
}
