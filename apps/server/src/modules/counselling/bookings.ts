import { BOOKING_MOVES, canMoveBooking, type BookingAction } from '@taobo/domain';
import { bookingStatusLabels, type Booking } from '@taobo/contracts';
import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import type { BookingRow, CounsellingRepo } from './repo.ts';
import type { CounsellingTables } from './tables.ts';
import { toBooking } from './views.ts';

// Steps on a booking that the counsellor's and the person's services share.

/** A booking of this counsellor (404 for anyone else's). */
export async function counsellorsBooking(repo: CounsellingRepo, actor: Actor, id: string) {
  requirePermission(actor, 'counselling:manage');
  const b = await repo.counsellorBooking(actor.id, id);
  if (!b) throw notFound('咨询预约');
  return b;
}

/**
 * Takes `action` on a booking under a row lock, if its lifecycle allows it now, stamping `stamp`;
 * `after` runs in the same transaction (notify the person, audit).
 */
export function moveBooking(
  repo: CounsellingRepo,
  id: string,
  action: BookingAction,
  stamp: Updateable<CounsellingTables['counselling_bookings']>,
  after: (trx: Db, b: BookingRow) => Promise<void>,
): Promise<Booking> {
  return repo.transaction(async (r, trx) => {
    const locked = await r.lockBooking(id);
    if (!locked) throw notFound('咨询预约');
    if (!canMoveBooking(locked.status, action))
      throw new DomainError(
        'BOOKING_STATE',
        `该预约当前为“${bookingStatusLabels[locked.status].zh}”，不能执行此操作`,
      );
    await r.setBooking(id, { status: BOOKING_MOVES[action].to, ...stamp });
    const b = (await r.booking(id))!;
    await after(trx, b);
    return toBooking(b);
  });
}
