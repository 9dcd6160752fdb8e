import {
  hasPermission,
  type Ref,
  type Role,
  type StaffCreateInput,
  type StaffItem,
  type StaffQuery,
} from '@taobo/contracts';
import { forbidden, invalid } from '../../errors.ts';
import { isWithin, requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import { hashPassword } from '../auth/password.ts';
import type { OrgService } from '../org/service.ts';
import type { StaffRepo } from './repo.ts';

type Row = Awaited<ReturnType<StaffRepo['findById']>>;
const toItem = (r: Row): StaffItem => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as Role,
  orgUnitId: r.org_unit_id,
  orgUnitName: r.org_name,
  lockedUntil: r.locked_until ? new Date(r.locked_until).toISOString() : null,
  createdAt: new Date(r.created_at).toISOString(),
});

export function createStaffService(deps: { repo: StaffRepo; org: OrgService; audit: AuditLog }) {
  const { repo, org, audit } = deps;
  return {
    async list(actor: Actor, q: StaffQuery): Promise<{ items: StaffItem[]; total: number }> {
      requirePermission(actor, 'staff:manage');
      const unitPath = q.orgUnitId ? (await org.find(q.orgUnitId))?.path : undefined;
      if (q.orgUnitId && !unitPath) return { items: [], total: 0 };
      const { items, total } = await repo.list(
        actor.orgPath,
        { q: q.q, role: q.role, unitPath },
        q.page,
        q.pageSize,
      );
      return { items: items.map(toItem), total };
    },

    /** An admin creates staff within their own subtree; the new account must change its password. */
    async create(actor: Actor, input: StaffCreateInput): Promise<StaffItem> {
      requirePermission(actor, 'staff:manage');
      const unit = await org.find(input.orgUnitId);
      if (!unit || !isWithin(unit.path, actor.orgPath)) {
        throw invalid('orgUnitId', '所属单位不在您的管辖范围内');
      }
      if (await repo.usernameTaken(input.username)) {
        throw invalid('username', '该用户名已被使用', 'USERNAME_TAKEN');
      }
      const passwordHash = await hashPassword(input.password);
      const id = await repo.transaction(async (r, trx) => {
        const { id } = await r.insert({
          username: input.username,
          display_name: input.displayName,
          role: input.role,
          org_unit_id: unit.id,
          password_hash: passwordHash,
          must_change_password: true,
          created_by: actor.id,
        });
        // Who made which account, with what role where: a new account is a grant of access.
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'staff.create',
          targetType: 'staff',
          targetId: id,
          details: { username: input.username, role: input.role, orgUnitId: unit.id },
        });
        return id;
      });
      return toItem(await repo.findById(id));
    },

    /** Candidates for a person's team: staff of one role in the county of `orgUnitId`. */
    async options(actor: Actor, role: Role, orgUnitId: string | undefined): Promise<Ref[]> {
      if (
        !['person:create', 'person:update', 'staff:manage'].some((p) => hasPermission(actor.role, p as never))
      )
        throw forbidden();
      const path = orgUnitId ? (await org.find(orgUnitId))?.path : actor.orgPath;
      // A unit above the actor counts down to their county only (`4311/431103`), never the whole city;
      // the city office names the county (the unit of the file being edited): a picker lists one county.
      const overlaps = (p: string) =>
        isWithin(p, actor.orgPath) || (isWithin(actor.orgPath, p) && p.includes('/'));
      if (!path || !path.includes('/') || !overlaps(path)) return [];
      const countyPath = path.split('/').slice(0, 2).join('/');
      return (await repo.options(role, countyPath)).map((s) => ({
        id: s.id,
        name: `${s.display_name}（${s.org_name}）`,
      }));
    },
  };
}
export type StaffService = ReturnType<typeof createStaffService>;
