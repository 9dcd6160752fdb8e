import type { Role } from '@taobo/contracts';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { pathWithin } from '../../platform/access.ts';

/** What a staff list row shows. */
const STAFF_COLUMNS = [
  'staff.id',
  'staff.username',
  'staff.display_name',
  'staff.role',
  'staff.org_unit_id',
  'org_units.name as org_name',
  'staff.locked_until',
  'staff.created_at',
] as const;

function staffQueries(db: Db) {
  const withOrg = () =>
    db.selectFrom('staff').innerJoin('org_units', 'org_units.id', 'staff.org_unit_id').select(STAFF_COLUMNS);

  return {
    async list(
      root: string,
      f: { q?: string; role?: Role; unitPath?: string },
      page: number,
      pageSize: number,
    ) {
      let base = db
        .selectFrom('staff')
        .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
        .where((eb) => pathWithin(eb.ref('org_units.path'), root));
      if (f.unitPath) base = base.where((eb) => pathWithin(eb.ref('org_units.path'), f.unitPath!));
      if (f.role) base = base.where('staff.role', '=', f.role);
      if (f.q) {
        const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        base = base.where((eb) =>
          eb.or([eb('staff.username', 'like', like), eb('staff.display_name', 'like', like)]),
        );
      }
      const [items, count] = await Promise.all([
        base
          .select(STAFF_COLUMNS)
          .orderBy('org_units.path')
          .orderBy('staff.username')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },
    findById: (id: string) => withOrg().where('staff.id', '=', id).executeTakeFirstOrThrow(),
    usernameTaken: async (username: string) =>
      (await db.selectFrom('staff').select('id').where('username', '=', username).executeTakeFirst()) !==
      undefined,
    insert: (row: {
      username: string;
      display_name: string;
      role: Role;
      org_unit_id: string;
      password_hash: string;
      must_change_password: boolean;
      created_by: string | null;
    }) => db.insertInto('staff').values(row).returning('id').executeTakeFirstOrThrow(),
    options: (role: Role, root: string) =>
      db
        .selectFrom('staff')
        .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
        .select(['staff.id', 'staff.display_name', 'org_units.name as org_name'])
        .where('staff.role', '=', role)
        .where((eb) => pathWithin(eb.ref('org_units.path'), root))
        .orderBy('staff.display_name')
        .limit(200)
        .execute(),
  };
}

/** Staff accounts; `transaction` writes an account and its audit event as one unit. */
export const createStaffRepo = (db: Db) => repository(db, staffQueries);
export type StaffRepo = ReturnType<typeof createStaffRepo>;
