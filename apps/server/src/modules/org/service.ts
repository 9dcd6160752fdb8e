import type { OrgLevel, OrgUnit, OrgUnitDetail } from '@taobo/contracts';
import type { OrgUnitRow } from './tables.ts';
import { notFound } from '../../errors.ts';
import { isWithin, requirePermission, type Actor } from '../../platform/access.ts';
import type { OrgRepo } from './repo.ts';

type Row = OrgUnitRow & { child_count: string | null };

const toOrgUnit = (r: Row): OrgUnit => ({
  id: r.id,
  parentId: r.parent_id,
  name: r.name,
  level: r.level,
  path: r.path,
  childCount: Number(r.child_count ?? 0),
});

export function createOrgService(deps: { repo: OrgRepo }) {
  const { repo } = deps;

  /** A unit the actor may see: their own unit or one below it. Anything else is "not found". */
  async function visibleUnit(actor: Actor, id: string): Promise<Row> {
    const unit = await repo.findWithChildCount(id);
    if (!unit || !isWithin(unit.path, actor.orgPath)) throw notFound('单位');
    return unit;
  }

  return {
    /** Children of `parentId`; without it, the actor's own unit, the root of what they see. */
    async children(actor: Actor, parentId: string | undefined): Promise<OrgUnit[]> {
      requirePermission(actor, 'org:read');
      if (!parentId) return [toOrgUnit(await visibleUnit(actor, actor.orgUnitId))];
      await visibleUnit(actor, parentId);
      return (await repo.children(parentId)).map(toOrgUnit);
    },

    async search(actor: Actor, q: string): Promise<OrgUnit[]> {
      requirePermission(actor, 'org:read');
      return (await repo.search(actor.orgPath, q, 50)).map(toOrgUnit);
    },

    async detail(actor: Actor, id: string): Promise<OrgUnitDetail> {
      requirePermission(actor, 'org:read');
      const unit = await visibleUnit(actor, id);
      return { ...toOrgUnit(unit), ancestors: await this.ancestors(unit.path) };
    },

    /** Root-first chain of a path's units, the unit itself included. */
    async ancestors(path: string): Promise<{ id: string; name: string; level: OrgLevel }[]> {
      const ids = path.split('/');
      const rows = await repo.findByIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => {
        const r = byId.get(id);
        return r ? [{ id: r.id, name: r.name, level: r.level }] : [];
      });
    },

    find: (id: string) => repo.findById(id),
    findMany: (ids: string[]) => repo.findByIds(ids),
  };
}
export type OrgService = ReturnType<typeof createOrgService>;
