import type { ColumnType } from 'kysely';

/** Column types shared by every module's table types. */
/** Row types of the tables, as Kysely sees them. Keep in step with db/migrations. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** `date` columns are read as 'YYYY-MM-DD' strings (see the type parser in database.ts). */
export type DateCol = ColumnType<string, string, string>;
