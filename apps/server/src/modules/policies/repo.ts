import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';

function policyQueries(db: Db) {
  return {
    find: (countyId: string) =>
      db.selectFrom('test_policies').selectAll().where('county_id', '=', countyId).executeTakeFirst(),
    save: (countyId: string, policy: unknown, at: Date, by: string) =>
      db
        .insertInto('test_policies')
        .values({ county_id: countyId, policy: JSON.stringify(policy), updated_at: at, updated_by: by })
        .onConflict((oc) =>
          oc
            .column('county_id')
            .doUpdateSet({ policy: JSON.stringify(policy), updated_at: at, updated_by: by }),
        )
        .execute(),
    unit: (id: string) =>
      db.selectFrom('org_units').select(['id', 'level', 'path']).where('id', '=', id).executeTakeFirst(),
  };
}

/** Counties' test policies. */
export const createPolicyRepo = (db: Db) => repository(db, policyQueries);
export type PolicyRepo = ReturnType<typeof createPolicyRepo>;
