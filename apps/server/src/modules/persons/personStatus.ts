import type { PersonStatus } from '@taobo/contracts';
import type { Db } from '../../db/database.ts';
import { createPersonRepo } from './repo.ts';

/**
 * The one write of a person's supervision status (shown on the file and in every list). Callers
 * decide the status (the domain's `personStatusFor` for a measure, `abstinent` after 3 years)
 * inside their own transaction.
 */
export async function setPersonStatus(
  db: Db,
  personId: string,
  status: PersonStatus,
  at: Date,
): Promise<void> {
  await createPersonRepo(db).setStatus(personId, status, at);
}
