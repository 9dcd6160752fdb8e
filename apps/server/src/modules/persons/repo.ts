import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DrugType, Gender, PersonStatus } from '@taobo/contracts';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import type { Database } from '../../db/types.ts';
import type { NewPerson, PersonRow } from './tables.ts';
import { pathWithin, personScope, type Actor } from '../../platform/access.ts';
import { escapeLike } from '../../db/like.ts';

/** How a search box value is matched; decided by the service, executed here. */
export type PersonSearch =
  | { kind: 'idNumber'; bidx: Buffer }
  | { kind: 'idLast4'; last4: string }
  | { kind: 'phone'; bidx: Buffer }
  | { kind: 'pinyin'; prefix: string }
  | { kind: 'name'; text: string };

export interface PersonFilters {
  search?: PersonSearch;
  unitPath?: string;
  status?: PersonStatus;
  drugType?: DrugType;
  gender?: Gender;
}

function filterExpr(
  eb: ExpressionBuilder<Database, 'persons'>,
  actor: Actor,
  f: PersonFilters,
): Expression<SqlBool> {
  const and: Expression<SqlBool>[] = [personScope(actor)];
  if (f.unitPath) and.push(pathWithin(eb.ref('persons.scope_path'), f.unitPath));
  if (f.status) and.push(eb('persons.status', '=', f.status));
  if (f.gender) and.push(eb('persons.gender', '=', f.gender));
  if (f.drugType) and.push(sql<SqlBool>`${f.drugType} = ANY(persons.drug_types)`);
  const s = f.search;
  if (s) {
    switch (s.kind) {
      case 'idNumber':
        and.push(eb('persons.id_number_bidx', '=', s.bidx));
        break;
      case 'idLast4':
        and.push(eb('persons.id_last4', '=', s.last4));
        break;
      case 'phone':
        and.push(eb('persons.phone_bidx', '=', s.bidx));
        break;
      case 'pinyin':
        and.push(
          eb.or([
            eb('persons.name_pinyin', 'like', `${escapeLike(s.prefix)}%`),
            eb('persons.name_initials', 'like', `${escapeLike(s.prefix)}%`),
          ]),
        );
        break;
      case 'name':
        and.push(eb('persons.name', 'like', `%${escapeLike(s.text)}%`));
        break;
    }
  }
  return eb.and(and);
}

function personQueries(db: Db) {
  return {
    /** The person's supervision status (see `personStatus.ts`). */
    setStatus: async (id: string, status: PersonStatus, at: Date): Promise<void> => {
      await db.updateTable('persons').set({ status, updated_at: at }).where('id', '=', id).execute();
    },
    async list(actor: Actor, filters: PersonFilters, page: number, pageSize: number) {
      const base = db.selectFrom('persons').where((eb) => filterExpr(eb, actor, filters));
      // Page the persons first, then join unit names for that page only.
      const page_ = base
        .select([
          'persons.id',
          'persons.name',
          'persons.gender',
          'persons.birth_date',
          'persons.id_number_masked',
          'persons.phone_masked',
          'persons.org_unit_id',
          'persons.grid_id',
          'persons.status',
          'persons.drug_types',
          'persons.updated_at',
        ])
        .orderBy('persons.updated_at', 'desc')
        .orderBy('persons.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .as('p');
      const [items, count] = await Promise.all([
        db
          .selectFrom(page_)
          .innerJoin('org_units as org', 'org.id', 'p.org_unit_id')
          .leftJoin('org_units as grid', 'grid.id', 'p.grid_id')
          .selectAll('p')
          .select(['org.name as org_name', 'grid.name as grid_name'])
          .orderBy('p.updated_at', 'desc')
          .orderBy('p.id')
          .execute(),
        base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },

    /** The person, if the actor's jurisdiction covers them. */
    findScoped: (actor: Actor, id: string): Promise<PersonRow | undefined> =>
      db.selectFrom('persons').selectAll().where('id', '=', id).where(personScope(actor)).executeTakeFirst(),
    /** Whether the actor's jurisdiction covers the person (the id only: no file is read). */
    inScope: async (actor: Actor, id: string): Promise<boolean> =>
      (await db
        .selectFrom('persons')
        .select('id')
        .where('id', '=', id)
        .where(personScope(actor))
        .executeTakeFirst()) !== undefined,

    findById: (id: string): Promise<PersonRow> =>
      db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),

    /** The file holding this ID number (by its blind index), other than `exceptId`. */
    personWithIdNumber: async (bidx: Buffer, exceptId?: string): Promise<string | undefined> => {
      let q = db.selectFrom('persons').select('id').where('id_number_bidx', '=', bidx);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return (await q.executeTakeFirst())?.id;
    },

    insert: (row: NewPerson) => db.insertInto('persons').values(row).returningAll().executeTakeFirstOrThrow(),

    update: (id: string, changes: Partial<NewPerson>) =>
      db.updateTable('persons').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

    staffByIds: (ids: string[]) =>
      ids.length
        ? db
            .selectFrom('staff')
            .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
            .select(['staff.id', 'staff.display_name', 'staff.role', 'org_units.path as org_path'])
            .where('staff.id', 'in', ids)
            .execute()
        : Promise.resolve([]),

    auditTrail: async (personId: string, page: number, pageSize: number) => {
      const base = db
        .selectFrom('audit_events')
        .where('target_type', '=', 'person')
        .where('target_id', '=', personId);
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

/** The person file's queries; `transaction` runs several of them as one unit. */
export const createPersonRepo = (db: Db) => repository(db, personQueries);
export type PersonRepo = ReturnType<typeof createPersonRepo>;
