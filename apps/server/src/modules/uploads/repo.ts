import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { personScope, type Actor } from '../../platform/access.ts';
import type { RemoteTestPermissionTable, RemoteUploadTable, UploadStatusCol } from './tables.ts';
import { isPersonInScope } from '../persons/personInScope.ts';
import { escapeLike } from '../../db/like.ts';

/** Permissions with the name of the staff member who granted them. */
const permissionRows = (db: Db) =>
  db
    .selectFrom('remote_test_permissions')
    .innerJoin('staff', 'staff.id', 'remote_test_permissions.granted_by')
    .selectAll('remote_test_permissions')
    .select('staff.display_name as granted_by_name');

const uploadQueries = (db: Db) => ({
  // ——— Remote uploads ———

  mine: (personId: string) =>
    db
      .selectFrom('remote_uploads')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('created_at', 'desc')
      .limit(30)
      .execute(),

  /** The person's upload for a test that still awaits review, locked (one at a time). */
  lockPending: (personId: string, testId: string) =>
    db
      .selectFrom('remote_uploads')
      .select('id')
      .where('person_id', '=', personId)
      .where('test_id', '=', testId)
      .where('status', '=', 'pending')
      .forUpdate()
      .executeTakeFirst(),

  insert: (values: Insertable<RemoteUploadTable>) =>
    db.insertInto('remote_uploads').values(values).returningAll().executeTakeFirstOrThrow(),

  /** The measure a test belongs to (the review task is filed under it). */
  async measureOfTest(testId: string): Promise<string> {
    const t = await db
      .selectFrom('tests')
      .select('measure_id')
      .where('id', '=', testId)
      .executeTakeFirstOrThrow();
    return t.measure_id;
  },

  /** The review queue: uploads of persons in the actor's jurisdiction, by status and name. */
  async list(actor: Actor, query: { status: UploadStatusCol; q?: string; page: number; pageSize: number }) {
    let q = db
      .selectFrom('remote_uploads')
      .innerJoin('persons', 'persons.id', 'remote_uploads.person_id')
      .where(personScope(actor))
      .where('remote_uploads.status', '=', query.status);
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      q = q.where((eb) =>
        eb.or([eb('persons.name', 'like', like), eb('persons.name_pinyin', 'like', like.toLowerCase())]),
      );
    }
    const [rows, total] = await Promise.all([
      q
        .selectAll('remote_uploads')
        .select('persons.name as person_name')
        // The pending queue oldest first; decided uploads newest first.
        .orderBy('remote_uploads.created_at', query.status === 'pending' ? 'asc' : 'desc')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(total.n) };
  },

  /** An upload of a person in the actor's jurisdiction, with the person's name. */
  scoped: (actor: Actor, id: string) =>
    db
      .selectFrom('remote_uploads')
      .innerJoin('persons', 'persons.id', 'remote_uploads.person_id')
      .selectAll('remote_uploads')
      .select('persons.name as person_name')
      .where('remote_uploads.id', '=', id)
      .where(personScope(actor))
      .executeTakeFirst(),

  lock: (id: string) =>
    db.selectFrom('remote_uploads').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow(),

  update: (id: string, values: Updateable<RemoteUploadTable>) =>
    db.updateTable('remote_uploads').set(values).where('id', '=', id).execute(),

  /** The windows of the tests the uploads were taken for. */
  tests: (ids: string[]) =>
    ids.length
      ? db
          .selectFrom('tests')
          .select(['id', 'plan', 'window_start', 'window_end'])
          .where('id', 'in', ids)
          .execute()
      : Promise.resolve([]),

  staffMember: (id: string) =>
    db.selectFrom('staff').select(['id', 'display_name']).where('id', '=', id).executeTakeFirst(),

  // ——— Remote-test permissions on the person's file ———

  personInScope: (actor: Actor, personId: string) => isPersonInScope(db, actor, personId),

  /** The permission in force on `date`, the one lasting longest first. */
  activePermission: (personId: string, date: string) =>
    db
      .selectFrom('remote_test_permissions')
      .selectAll()
      .where('person_id', '=', personId)
      .where('revoked_at', 'is', null)
      .where('from_date', '<=', date)
      .where('to_date', '>=', date)
      .orderBy('to_date', 'desc')
      .executeTakeFirst(),

  permissions: (personId: string) =>
    permissionRows(db).where('person_id', '=', personId).orderBy('granted_at', 'desc').limit(50).execute(),

  permission: (id: string) =>
    permissionRows(db).where('remote_test_permissions.id', '=', id).executeTakeFirstOrThrow(),

  /** A permission for a person in the actor's jurisdiction. */
  scopedPermission: (actor: Actor, id: string) =>
    db
      .selectFrom('remote_test_permissions')
      .innerJoin('persons', 'persons.id', 'remote_test_permissions.person_id')
      .selectAll('remote_test_permissions')
      .where('remote_test_permissions.id', '=', id)
      .where(personScope(actor))
      .executeTakeFirst(),

  async insertPermission(values: Insertable<RemoteTestPermissionTable>): Promise<string> {
    const p = await db
      .insertInto('remote_test_permissions')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow();
    return p.id;
  },

  revokePermission: (id: string, by: string, at: Date) =>
    db
      .updateTable('remote_test_permissions')
      .set({ revoked_at: at, revoked_by: by })
      .where('id', '=', id)
      .execute(),
});

export const createUploadRepo = (db: Db) => repository(db, uploadQueries);
export type UploadRepo = ReturnType<typeof createUploadRepo>;
