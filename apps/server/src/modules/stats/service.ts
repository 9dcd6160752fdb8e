import { requirePermission, type Actor } from '../../platform/access.ts';
import type { StatsRepo } from './repo.ts';

/** Aggregates over the actor's subtree: counts only, never names or ID numbers. */
export function createStatsService(deps: { repo: StatsRepo }) {
  const { repo } = deps;
  return {
    async persons(actor: Actor) {
      requirePermission(actor, 'stats:read');
      const [byStatus, byCounty] = await Promise.all([
        repo.personsByStatus(actor.orgPath),
        repo.personsByCounty(actor.orgPath),
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
