import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/access.ts';
import { createPersonRepo } from './repo.ts';

/**
 * Whether the staff member's jurisdiction covers the person (`personScope`): the one check other
 * modules make before they show a person's records, so an outsider gets 404, never a hint.
 */
export async function isPersonInScope(db: Db, actor: Actor, personId: string): Promise<boolean> {
  return createPersonRepo(db).inScope(actor, personId);
}
