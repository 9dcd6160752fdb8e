import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { pathWithin, requirePermission, type Actor } from '../../platform/access.ts';

/** Aggregates over the actor's subtree: counts only, never names or ID numbers. */
export function createStatsService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async persons(actor: Actor) {
      requirePermission(actor, 'stats:read');
      const inScope = db
        .selectFrom('persons')
        .where((eb) => pathWithin(eb.ref('persons.scope_path'), actor.orgPath));
      const [byStatus, byCounty] = await Promise.all([
        inScope
          .select(['status', sql<string>`count(*)`.as('n')])
          .groupBy('status')
          .orderBy('status')
          .execute(),
        inScope
          .innerJoin('org_units', 'org_units.id', 'persons.county_id')
          .select(['org_units.id', 'org_units.name', sql<string>`count(*)`.as('n')])
          .groupBy(['org_units.id', 'org_units.name'])
          .orderBy('org_units.id')
          .execute(),
      ]);
      return {
        total: byStatus.reduce((s, r) => s + Number(r.n), 0),
        byStatus: byStatus.map((r) => ({ status: r.status, count: Number(r.n) })),
        byCounty: byCounty.map((r) => ({ orgUnit: { id: r.id, name: r.name }, count: Number(r.n) })),
      };
    },
  };
}
export type StatsService = ReturnType<typeof createStatsService>;
