import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { pathWithin } from '../../platform/access.ts';

function statsQueries(db: Db) {
  const inScope = (orgPath: string) =>
    db.selectFrom('persons').where((eb) => pathWithin(eb.ref('persons.scope_path'), orgPath));
  return {
    /** Persons filed under `orgPath`, counted by status. */
    personsByStatus: (orgPath: string) =>
      inScope(orgPath)
        .select(['status', sql<string>`count(*)`.as('n')])
        .groupBy('status')
        .orderBy('status')
        .execute(),
    /** Persons filed under `orgPath`, counted by county. */
    personsByCounty: (orgPath: string) =>
      inScope(orgPath)
        .innerJoin('org_units', 'org_units.id', 'persons.county_id')
        .select(['org_units.id', 'org_units.name', sql<string>`count(*)`.as('n')])
        .groupBy(['org_units.id', 'org_units.name'])
        .orderBy('org_units.id')
        .execute(),
  };
}

/** Aggregate counts; never a name or an ID number. */
export const createStatsRepo = (db: Db) => repository(db, statsQueries);
export type StatsRepo = ReturnType<typeof createStatsRepo>;
