import type { Db } from '../../db/database.ts';
import { createPersonRepo } from './repo.ts';

/**
 * 变更执行地 (戒毒条例 第二十二条): the person's file moves to the new township with its whole
 * history. The file is then managed by the township itself (no village or grid yet), and the
 * old township's team is no longer theirs. Called by the measure's transfer, in its transaction.
 */
export async function transferPerson(
  db: Db,
  personId: string,
  township: { id: string; path: string },
): Promise<void> {
  await createPersonRepo(db).update(personId, {
    org_unit_id: township.id,
    grid_id: null,
    scope_path: township.path,
    county_id: township.path.split('/')[1]!,
    police_id: null,
    grid_worker_id: null,
    social_worker_id: null,
  });
}
