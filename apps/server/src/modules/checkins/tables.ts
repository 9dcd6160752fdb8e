// Row types of this module's tables, as Kysely sees them; keep in step with its migration.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CheckinTables {}
