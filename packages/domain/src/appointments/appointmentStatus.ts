// A test booking's life: booked → arrived → tested, or cancelled (by the person or by staff).

import { slotStarted, type WallClock } from './calendar.ts';

export type AppointmentStatus = 'booked' | 'arrived' | 'tested' | 'cancelled';

/** What a station's day list shows: a booking whose slot has ended without arrival is a no-show. */
export type AppointmentDayStatus = AppointmentStatus | 'no_show';

/** A booking on a slot: its day and the slot's wall-clock times ('HH:mm'). */
export interface BookedSlot {
  status: AppointmentStatus;
  date: string;
  start: string;
  end: string;
}

/** The status on the day list: still `booked` once the slot has ended reads as `no_show` (local policy). */
export function appointmentDayStatus(a: Omit<BookedSlot, 'start'>, now: WallClock): AppointmentDayStatus {
  if (a.status !== 'booked') return a.status;
  const ended = a.date < now.date || (a.date === now.date && a.end <= now.time);
  return ended ? 'no_show' : 'booked';
}

/** The person may move or cancel a booking until its slot begins (local policy). */
export function isAppointmentChangeable(a: Omit<BookedSlot, 'end'>, now: WallClock): boolean {
  return a.status === 'booked' && !slotStarted(a.date, a.start, now);
}
