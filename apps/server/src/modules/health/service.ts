import type { HealthRepo } from './repo.ts';

/** Whether the server can reach its database, and which kind it runs on. */
export function createHealthService(deps: { repo: HealthRepo; dbKind: 'embedded' | 'external' }) {
  const { repo, dbKind } = deps;
  return {
    async check(): Promise<{ ok: boolean; db: 'embedded' | 'external' }> {
      try {
        await repo.ping();
        return { ok: true, db: dbKind };
      } catch {
        return { ok: false, db: dbKind };
      }
    },
  };
}
export type HealthService = ReturnType<typeof createHealthService>;
