import {
  BOOKING_HORIZON_DAYS,
  MAX_LIVE_BOOKINGS,
  occurrences,
  slotStart,
  type AvailabilityRule,
} from '@taobo/domain';
import type { BookableSlot, Booking, BookingInput } from '@taobo/contracts';
import { businessDate, type Clock } from '../../clock.ts';
import { DomainError, notFound } from '../../errors.ts';
import type { PersonActor } from '../../platform/access.ts';
import { AUDIT_PERSON, type AuditLog } from '../../platform/audit/auditLog.ts';
import { moveBooking } from './bookings.ts';
import type { CounsellingRepo } from './repo.ts';
import { toBooking } from './views.ts';

const ruleOf = (a: {
  kind: AvailabilityRule['kind'];
  weekday: number | null;
  date: string | null;
  start_time: string;
}): AvailabilityRule => ({ kind: a.kind, weekday: a.weekday, date: a.date, startTime: a.start_time });

/** The person (洮泊家园) books a counsellor of their area, sees and cancels their bookings. */
export function createPersonBookingService(deps: { repo: CounsellingRepo; clock: Clock; audit: AuditLog }) {
  const { repo, clock, audit } = deps;
  const today = () => businessDate(clock.now());

  return {
    /** Open times of the counsellors who serve the person's area, for the next two weeks. */
    async slots(person: PersonActor): Promise<BookableSlot[]> {
      const counsellors = await repo.counsellorsFor(person.personId);
      const ids = counsellors.map((c) => c.id);
      const from = today();
      const [rules, taken] = await Promise.all([repo.activeAvailability(ids), repo.takenSlots(ids, from)]);
      const now = clock.now();
      const out: BookableSlot[] = [];
      for (const a of rules) {
        const c = counsellors.find((x) => x.id === a.counsellor_id)!;
        for (const date of occurrences(ruleOf(a), from, BOOKING_HORIZON_DAYS, now)) {
          if (taken.has(`${a.counsellor_id}|${date}|${a.start_time}`)) continue;
          out.push({
            availabilityId: a.id,
            counsellor: { id: c.id, name: c.display_name },
            date,
            startTime: a.start_time,
            durationMinutes: a.duration_minutes,
            mode: a.mode,
            place: a.place,
          });
        }
      }
      return out.sort((x, y) => `${x.date} ${x.startTime}`.localeCompare(`${y.date} ${y.startTime}`));
    },

    async book(person: PersonActor, input: BookingInput): Promise<Booking> {
      const counsellors = await repo.counsellorsFor(person.personId);
      const a = await repo.openAvailability(input.availabilityId);
      if (!a || !counsellors.some((c) => c.id === a.counsellor_id)) throw notFound('咨询时段');
      const offered = occurrences(ruleOf(a), today(), BOOKING_HORIZON_DAYS, clock.now());
      if (!offered.includes(input.date))
        throw new DomainError('SLOT_UNAVAILABLE', '该时段不可预约，请重新选择');
      return repo.transaction(async (r, trx) => {
        // One person's bookings are made one at a time, so the limit below holds.
        await r.lockPersonBookings(person.personId);
        if ((await r.liveBookingCount(person.personId)) >= MAX_LIVE_BOOKINGS)
          throw new DomainError(
            'TOO_MANY_BOOKINGS',
            `您已有 ${MAX_LIVE_BOOKINGS} 个未完成的预约，请完成或取消后再预约`,
          );
        const id = await r.addBooking({
          person_id: person.personId,
          counsellor_id: a.counsellor_id,
          availability_id: a.id,
          date: input.date,
          start_time: a.start_time,
          duration_minutes: a.duration_minutes,
          mode: a.mode,
          place: a.place,
          status: 'requested',
          cancelled_by: null,
          cancel_reason: null,
          created_at: clock.now(),
          confirmed_at: null,
          completed_at: null,
          cancelled_at: null,
        });
        if (!id) throw new DomainError('SLOT_TAKEN', '该时段刚被预约，请选择其他时间');
        await audit.record(trx, {
          ...AUDIT_PERSON,
          action: 'counselling.book',
          targetType: 'person',
          targetId: person.personId,
          details: { bookingId: id },
        });
        return toBooking((await r.booking(id))!);
      });
    },

    async mine(person: PersonActor): Promise<Booking[]> {
      return (await repo.bookingsOf(person.personId, 100)).map(toBooking);
    },

    async cancel(person: PersonActor, id: string, reason: string | null | undefined): Promise<Booking> {
      const b = await repo.personBooking(person.personId, id);
      if (!b) throw notFound('咨询预约');
      if (slotStart(b.date, b.start_time) <= clock.now())
        throw new DomainError('BOOKING_PAST', '咨询时间已到，不能取消');
      return moveBooking(
        repo,
        id,
        'cancel',
        { cancelled_at: clock.now(), cancelled_by: 'person', cancel_reason: reason || null },
        async (trx) => {
          await audit.record(trx, {
            ...AUDIT_PERSON,
            action: 'counselling.booking_cancel',
            targetType: 'person',
            targetId: person.personId,
            details: { bookingId: id },
          });
        },
      );
    },
  };
}
export type PersonBookingService = ReturnType<typeof createPersonBookingService>;
