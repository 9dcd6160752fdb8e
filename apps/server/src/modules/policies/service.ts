import type { TestPolicy, TestPolicyInput } from '@taobo/contracts';
import { defaultPolicy, validatePolicy } from '@taobo/domain';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound } from '../../errors.ts';
import { isWithin, requirePermission, type Actor } from '../../platform/access.ts';

/** The defaults from domain.md, until a county sets its own. */
export const DEFAULT_RANDOM_PER_QUARTER = 1;

export function defaultTestPolicy(countyId: string): TestPolicy {
  return {
    countyId,
    community_detox: defaultPolicy('community_detox'),
    community_rehab: defaultPolicy('community_rehab'),
    randomPerQuarter: DEFAULT_RANDOM_PER_QUARTER,
    updatedAt: null,
  };
}

/** A county's test policy (frequency of tests is local policy: domain.md "Tests"). */
export async function testPolicyOf(db: Db, countyId: string): Promise<TestPolicy> {
  const row = await db
    .selectFrom('test_policies')
    .selectAll()
    .where('county_id', '=', countyId)
    .executeTakeFirst();
  if (!row) return defaultTestPolicy(countyId);
  return { ...(row.policy as TestPolicyInput), countyId, updatedAt: new Date(row.updated_at).toISOString() };
}

/** A county whose policy the actor may see (404 otherwise), for the county policies (tests, check-ins). */
export async function policyCounty(db: Db, actor: Actor, countyId: string) {
  const unit = await db
    .selectFrom('org_units')
    .select(['id', 'level', 'path'])
    .where('id', '=', countyId)
    .executeTakeFirst();
  if (!unit || unit.level !== 'county') throw notFound('县（区）');
  // Readable by anyone whose jurisdiction overlaps the county; writable from the county up.
  if (!isWithin(unit.path, actor.orgPath) && !isWithin(actor.orgPath, unit.path)) throw notFound('县（区）');
  return unit;
}

export function createPolicyService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const county = (actor: Actor, countyId: string) => policyCounty(db, actor, countyId);

  return {
    async get(actor: Actor, countyId: string): Promise<TestPolicy> {
      requirePermission(actor, 'measure:read');
      await county(actor, countyId);
      return testPolicyOf(db, countyId);
    },

    async put(actor: Actor, countyId: string, input: TestPolicyInput): Promise<TestPolicy> {
      requirePermission(actor, 'policy:manage');
      const unit = await county(actor, countyId);
      if (!isWithin(unit.path, actor.orgPath))
        throw new DomainError('FORBIDDEN', '只能设置本辖区县（区）的检测政策');
      for (const type of ['community_detox', 'community_rehab'] as const) {
        const err = validatePolicy(input[type]);
        if (err) throw new DomainError('VALIDATION', err, [{ path: type, message: err }]);
      }
      const now = clock.now();
      await db
        .insertInto('test_policies')
        .values({ county_id: countyId, policy: JSON.stringify(input), updated_at: now, updated_by: actor.id })
        .onConflict((oc) =>
          oc
            .column('county_id')
            .doUpdateSet({ policy: JSON.stringify(input), updated_at: now, updated_by: actor.id }),
        )
        .execute();
      return testPolicyOf(db, countyId);
    },
  };
}
export type PolicyService = ReturnType<typeof createPolicyService>;
