// 心理咨询 bookings: how a booking moves from request to session, and how many a person may hold.

/** Live (requested or confirmed) bookings a person may hold at once (local policy). */
export const MAX_LIVE_BOOKINGS = 2;

export type BookingStatus = 'requested' | 'confirmed' | 'completed' | 'cancelled';

/** A booking that still holds its counsellor's time. */
export const LIVE_BOOKING_STATUSES = ['requested', 'confirmed'] as const satisfies readonly BookingStatus[];

export type BookingAction = 'confirm' | 'complete' | 'cancel';

/**
 * The booking lifecycle: the counsellor confirms a request, marks a confirmed session completed;
 * either side cancels while it is live. Completed and cancelled are final.
 */
export const BOOKING_MOVES: Record<BookingAction, { from: readonly BookingStatus[]; to: BookingStatus }> = {
  confirm: { from: ['requested'], to: 'confirmed' },
  complete: { from: ['confirmed'], to: 'completed' },
  cancel: { from: LIVE_BOOKING_STATUSES, to: 'cancelled' },
};

/** Whether `action` may be taken on a booking in `status`. */
export function canMoveBooking(status: BookingStatus, action: BookingAction): boolean {
  return BOOKING_MOVES[action].from.includes(status);
}

/** A session note belongs to a session that is confirmed or has taken place. */
export function canKeepNote(status: BookingStatus): boolean {
  return status === 'confirmed' || status === 'completed';
}
