import type { TestPolicy, TestPolicyInput } from '@taobo/contracts';
import { DEFAULT_RANDOM_PER_QUARTER, defaultPolicy, validatePolicy } from '@taobo/domain';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound } from '../../errors.ts';
import { isWithin, requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import { createPolicyRepo, type PolicyRepo } from './repo.ts';

/** The defaults of packages/domain (local policy), until a county sets its own. */
function defaultTestPolicy(countyId: string): TestPolicy {
  return {
    countyId,
    community_detox: defaultPolicy('community_detox'),
    community_rehab: defaultPolicy('community_rehab'),
    randomPerQuarter: DEFAULT_RANDOM_PER_QUARTER,
    updatedAt: null,
  };
}

async function policyOf(repo: Pick<PolicyRepo, 'find'>, countyId: string): Promise<TestPolicy> {
  const row = await repo.find(countyId);
  if (!row) return defaultTestPolicy(countyId);
  return { ...(row.policy as TestPolicyInput), countyId, updatedAt: new Date(row.updated_at).toISOString() };
}

async function visibleCounty(repo: Pick<PolicyRepo, 'unit'>, actor: Actor, countyId: string) {
  const unit = await repo.unit(countyId);
  if (!unit || unit.level !== 'county') throw notFound('县（区）');
  // Readable by anyone whose jurisdiction overlaps the county; writable from the county up.
  if (!isWithin(unit.path, actor.orgPath) && !isWithin(actor.orgPath, unit.path)) throw notFound('县（区）');
  return unit;
}

/**
 * A county's test policy (how often to test is local policy: domain.md "Tests"), read in the
 * caller's transaction (the test plan laid on 报到, the sweep's random draws).
 */
export const testPolicyOf = (db: Db, countyId: string): Promise<TestPolicy> =>
  policyOf(createPolicyRepo(db), countyId);

/** A county whose policy the actor may see (404 otherwise), for the county policies (tests, check-ins). */
export const policyCounty = (db: Db, actor: Actor, countyId: string) =>
  visibleCounty(createPolicyRepo(db), actor, countyId);

export function createPolicyService(deps: { repo: PolicyRepo; clock: Clock; audit: AuditLog }) {
  const { repo, clock, audit } = deps;

  return {
    async get(actor: Actor, countyId: string): Promise<TestPolicy> {
      requirePermission(actor, 'measure:read');
      await visibleCounty(repo, actor, countyId);
      return policyOf(repo, countyId);
    },

    async put(actor: Actor, countyId: string, input: TestPolicyInput): Promise<TestPolicy> {
      requirePermission(actor, 'policy:manage');
      const unit = await visibleCounty(repo, actor, countyId);
      if (!isWithin(unit.path, actor.orgPath))
        throw new DomainError('FORBIDDEN', '只能设置本辖区县（区）的检测政策');
      for (const type of ['community_detox', 'community_rehab'] as const) {
        const err = validatePolicy(input[type]);
        if (err) throw new DomainError('VALIDATION', err, [{ path: type, message: err }]);
      }
      await repo.transaction(async (r, trx) => {
        const before = await r.find(countyId);
        await r.save(countyId, input, clock.now(), actor.id);
        // The policy is rules, not personal data: what it was (null: the defaults) and what it is now.
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'test.policy',
          targetType: 'org_unit',
          targetId: countyId,
          details: { before: (before?.policy as TestPolicyInput | undefined) ?? null, after: input },
        });
      });
      return policyOf(repo, countyId);
    },
  };
}
export type PolicyService = ReturnType<typeof createPolicyService>;
