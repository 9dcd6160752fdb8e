import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { pathWithin } from '../../platform/access.ts';

export function createOrgRepo(db: Db) {
  const withChildCount = () =>
    db
      .selectFrom('org_units as u')
      .select(['u.id', 'u.parent_id', 'u.name', 'u.level', 'u.path'])
      .select((eb) =>
        eb
          .selectFrom('org_units as c')
          .whereRef('c.parent_id', '=', 'u.id')
          .select((e) => e.fn.countAll<string>().as('n'))
          .as('child_count'),
      );

  return {
    findById: (id: string) => db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst(),
    findByIds: (ids: string[]) =>
      ids.length
        ? db.selectFrom('org_units').selectAll().where('id', 'in', ids).execute()
        : Promise.resolve([]),
    findWithChildCount: (id: string) => withChildCount().where('u.id', '=', id).executeTakeFirst(),
    children: (parentId: string) =>
      withChildCount().where('u.parent_id', '=', parentId).orderBy('u.id').execute(),
    search: (root: string, q: string, limit: number) =>
      withChildCount()
        .where((eb) => pathWithin(eb.ref('u.path'), root))
        .where('u.name', 'like', `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
        .orderBy(sql`length(u.path)`)
        .orderBy('u.id')
        .limit(limit)
        .execute(),
  };
}
export type OrgRepo = ReturnType<typeof createOrgRepo>;
