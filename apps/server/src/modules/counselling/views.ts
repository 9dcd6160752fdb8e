import { ITEM_COUNT, MAX_ITEM_SCORE } from '@taobo/domain';
import type { Availability, Booking, Screening, StaffScreening } from '@taobo/contracts';
import type { AvailabilityRow, BookingRow, ScreeningRow } from './repo.ts';

// Rows as the API shows them.

export const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export const toAvailability = (a: AvailabilityRow): Availability => ({
  id: a.id,
  kind: a.kind,
  weekday: a.weekday,
  date: a.date,
  startTime: a.start_time,
  durationMinutes: a.duration_minutes,
  mode: a.mode,
  place: a.place,
  createdAt: iso(a.created_at)!,
});

export const toBooking = (b: BookingRow): Booking => ({
  id: b.id,
  person: { id: b.person_id, name: b.person_name },
  counsellor: { id: b.counsellor_id, name: b.counsellor_name },
  date: b.date,
  startTime: b.start_time,
  durationMinutes: b.duration_minutes,
  mode: b.mode,
  place: b.place,
  status: b.status,
  cancelledBy: b.cancelled_by,
  cancelReason: b.cancel_reason,
  createdAt: iso(b.created_at)!,
  confirmedAt: iso(b.confirmed_at),
  completedAt: iso(b.completed_at),
  cancelledAt: iso(b.cancelled_at),
});

export const toScreening = (s: ScreeningRow): Screening => ({
  id: s.id,
  instrument: s.instrument,
  total: s.total,
  maxTotal: ITEM_COUNT[s.instrument] * MAX_ITEM_SCORE,
  severity: s.severity,
  alert: s.alert,
  alertReasons: s.alert_reasons as Screening['alertReasons'],
  createdAt: iso(s.created_at)!,
});

/** A screening as the counsellor sees it; `answers` are given only where the view is audited. */
export const toStaffScreening = (s: ScreeningRow, answers: number[]): StaffScreening => ({
  ...toScreening(s),
  person: { id: s.person_id, name: s.person_name },
  answers,
  reviewedAt: iso(s.reviewed_at),
  reviewedBy: s.reviewed_by ? { id: s.reviewed_by, name: s.reviewer_name ?? '' } : null,
});
