import { sql, type Expression, type SqlBool } from 'kysely';
import { hasPermission, type Permission, type Role } from '@taobo/contracts';
import { forbidden } from '../errors.ts';
import { escapeLike } from '../db/like.ts';

/** The signed-in staff member, as every service sees them. */
/** The signed-in supervised person on a `/api/m/*` route. */
export interface PersonActor {
  personId: string;
  name: string;
}

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string;
  /** Materialized path of the actor's org unit: their jurisdiction is this subtree. */
  orgPath: string;
  ip: string | null;
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor.role, permission)) throw forbidden();
}

/** True when `path` is `root` or lies below it. */
export function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`);
}

/** SQL: the column holds `root` or a path below it (uses the text_pattern_ops index). */
export function pathWithin(column: Expression<string>, root: string): Expression<SqlBool> {
  return sql<SqlBool>`(${column} = ${root} OR ${column} LIKE ${escapeLike(root) + '/%'})`;
}

/**
 * THE jurisdiction rule for person files; every person-scoped query goes through it, as
 * `.where(personScope(actor))` on any query that has `persons` in it. (domain.md "People and roles")
 * - admin, officer: every person managed within their org subtree;
 * - police: persons assigned to them, and persons within their area;
 * - grid worker: persons in their grid(s), and persons assigned to them;
 * - social worker: persons assigned to them;
 * - leader, counsellor, tester: no person files at all (leaders see aggregates only).
 */
export function personScope(actor: Actor): Expression<SqlBool> {
  const inArea = pathWithin(sql.ref<string>('persons.scope_path'), actor.orgPath);
  switch (actor.role) {
    case 'admin':
    case 'officer':
      return inArea;
    case 'police':
      return sql<SqlBool>`(persons.police_id = ${actor.id} OR ${inArea})`;
    case 'grid_worker':
      return sql<SqlBool>`(persons.grid_worker_id = ${actor.id} OR ${inArea})`;
    case 'social_worker':
      return sql<SqlBool>`persons.social_worker_id = ${actor.id}`;
    case 'leader':
    case 'counsellor':
    case 'tester':
      return sql<SqlBool>`false`;
    default: {
      const unreachable: never = actor.role;
      throw new Error(`Unknown role ${String(unreachable)}`);
    }
  }
}
