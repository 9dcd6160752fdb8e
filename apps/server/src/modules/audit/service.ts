import type { AuditLogItem, AuditQuery } from '@taobo/contracts';
import { addDays } from '@taobo/domain';
import { invalid } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { AuditRepo } from './repo.ts';

/** A business date's first instant (Asia/Shanghai, UTC+8 all year). */
const dayStart = (date: string) => `${date}T00:00:00+08:00`;

export function createAuditQueryService(deps: { repo: AuditRepo; audit: AuditLog }) {
  const { repo, audit } = deps;
  return {
    /** The audit log of the admin's subtree (repo.ts `visibleTo`), newest first; the query is audited too. */
    async search(actor: Actor, q: AuditQuery): Promise<{ items: AuditLogItem[]; total: number }> {
      requirePermission(actor, 'audit:read');
      if (q.from && q.to && q.to < q.from) throw invalid('to', '结束日期不能早于开始日期');
      const { items, total } = await repo.search(
        actor.orgPath,
        {
          action: q.action,
          actorId: q.actorId,
          from: q.from && dayStart(q.from),
          until: q.to && dayStart(addDays(q.to, 1)),
        },
        q.page,
        q.pageSize,
      );
      // Read first, then record: the query does not hold the log's append lock.
      await repo.transaction((_r, trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'audit.query',
          targetType: 'audit',
          targetId: null,
          details: { action: q.action, actorId: q.actorId, from: q.from, to: q.to, page: q.page, total },
        }),
      );
      return {
        total,
        items: items.map((e) => ({
          id: String(e.id),
          at: new Date(e.at).toISOString(),
          actorId: e.actor_id,
          actorName: e.actor_name,
          actorRole: e.actor_role,
          action: e.action,
          targetType: e.target_type,
          targetId: e.target_id,
          ip: e.ip,
          reason: e.reason,
          details: e.details,
        })),
      };
    },
  };
}
export type AuditQueryService = ReturnType<typeof createAuditQueryService>;
