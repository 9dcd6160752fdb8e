import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import { escapeLike } from '../../db/like.ts';
import { repository } from '../../db/repository.ts';
import { pathWithin } from '../../platform/access.ts';

export interface AuditFilters {
  action?: string;
  actorId?: string;
  /** Instants (ISO with offset): `from` inclusive, `until` exclusive. */
  from?: string;
  until?: string;
}

/**
 * Which events of the log an admin whose jurisdiction is `root` sees: what staff of the subtree did
 * (their unit when they acted; for events from before that was kept, their unit now), and whatever
 * anyone did to a person, org unit or staff account within the subtree (the person app's own
 * actions included). A county admin never sees another county's events, nor searches made there.
 */
function visibleTo(root: string): Expression<SqlBool> {
  const units = sql`(SELECT u.id FROM org_units u WHERE ${pathWithin(sql.ref('u.path'), root)})`;
  const staff = sql`(SELECT s.id FROM staff s JOIN org_units u ON u.id = s.org_unit_id
    WHERE ${pathWithin(sql.ref('u.path'), root)})`;
  const persons = sql`(SELECT p.id::text FROM persons p WHERE ${pathWithin(sql.ref('p.scope_path'), root)})`;
  return sql<SqlBool>`(
    audit_events.actor_unit_id IN ${units}
    OR (audit_events.actor_unit_id IS NULL AND audit_events.actor_id IN ${staff})
    OR (audit_events.target_type = 'person' AND audit_events.target_id IN ${persons})
    OR (audit_events.target_type = 'org_unit' AND audit_events.target_id IN ${units})
    OR (audit_events.target_type = 'staff' AND audit_events.target_id IN (SELECT id::text FROM ${staff} AS st))
  )`;
}

function auditQueries(db: Db) {
  return {
    async search(root: string, f: AuditFilters, page: number, pageSize: number) {
      let base = db.selectFrom('audit_events').where(visibleTo(root));
      if (f.action) {
        const action = f.action;
        base = base.where((eb) =>
          eb.or([eb('action', '=', action), eb('action', 'like', `${escapeLike(action)}.%`)]),
        );
      }
      if (f.actorId) base = base.where('actor_id', '=', f.actorId);
      if (f.from) base = base.where('at', '>=', new Date(f.from));
      if (f.until) base = base.where('at', '<', new Date(f.until));
      const [items, count] = await Promise.all([
        base
          .selectAll()
          .orderBy('id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },
  };
}

/** The audit log, read (it is written by platform/audit/auditLog.ts only). */
export const createAuditRepo = (db: Db) => repository(db, auditQueries);
export type AuditRepo = ReturnType<typeof createAuditRepo>;
