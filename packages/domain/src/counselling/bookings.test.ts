import { describe, expect, it } from 'vitest';
import { BOOKING_MOVES, canKeepNote, canMoveBooking, type BookingStatus } from './bookings.ts';

const statuses: BookingStatus[] = ['requested', 'confirmed', 'completed', 'cancelled'];

describe('booking lifecycle', () => {
  it('confirms a request, completes a confirmed session, cancels while live', () => {
    expect(statuses.filter((s) => canMoveBooking(s, 'confirm'))).toEqual(['requested']);
    expect(statuses.filter((s) => canMoveBooking(s, 'complete'))).toEqual(['confirmed']);
    expect(statuses.filter((s) => canMoveBooking(s, 'cancel'))).toEqual(['requested', 'confirmed']);
  });

  it('never moves a completed or cancelled booking', () => {
    for (const action of Object.keys(BOOKING_MOVES) as (keyof typeof BOOKING_MOVES)[]) {
      expect(canMoveBooking('completed', action)).toBe(false);
      expect(canMoveBooking('cancelled', action)).toBe(false);
    }
  });

  it('keeps notes for confirmed and completed sessions only', () => {
    expect(statuses.filter(canKeepNote)).toEqual(['confirmed', 'completed']);
  });
});
