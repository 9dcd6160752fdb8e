import { slotStart } from '@taobo/domain';
import { counsellingModeLabels, type Booking } from '@taobo/contracts';
import { businessDate, type Clock } from '../../clock.ts';
import { DomainError, invalid } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { NotificationService } from '../notifications/service.ts';
import { counsellorsBooking, moveBooking } from './bookings.ts';
import type { BookingRow, CounsellingRepo } from './repo.ts';
import { toBooking } from './views.ts';

const when = (b: BookingRow) => `${b.date} ${b.start_time}`;

/** The counsellor's bookings: the list, and confirm, complete or cancel (the person is told). */
export function createBookingService(deps: {
  repo: CounsellingRepo;
  clock: Clock;
  audit: AuditLog;
  notifications: NotificationService;
}) {
  const { repo, clock, audit, notifications } = deps;

  return {
    async list(
      actor: Actor,
      q: { status?: Booking['status']; page: number; pageSize: number },
    ): Promise<{ items: Booking[]; total: number }> {
      requirePermission(actor, 'counselling:manage');
      const { rows, total } = await repo.counsellorBookings(actor.id, q);
      return { items: rows.map(toBooking), total };
    },

    async confirm(actor: Actor, id: string): Promise<Booking> {
      const b = await counsellorsBooking(repo, actor, id);
      if (slotStart(b.date, b.start_time) <= clock.now())
        throw new DomainError('BOOKING_PAST', '该时段已过，不能再确认');
      return moveBooking(repo, id, 'confirm', { confirmed_at: clock.now() }, async (trx, b) => {
        await notifications.notify(trx, {
          personId: b.person_id,
          kind: 'counselling',
          title: '心理咨询预约已确认',
          body: `${b.counsellor_name}已确认您 ${when(b)} 的${counsellingModeLabels[b.mode].zh}咨询${b.place ? `（${b.place}）` : ''}，请准时参加。`,
          link: '/m/counselling',
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'counselling.booking_confirm',
          targetType: 'person',
          targetId: b.person_id,
          details: { bookingId: id },
        });
      });
    },

    async complete(actor: Actor, id: string): Promise<Booking> {
      const b = await counsellorsBooking(repo, actor, id);
      if (b.date > businessDate(clock.now()))
        throw new DomainError('BOOKING_NOT_YET', '咨询日期未到，不能标记完成');
      return moveBooking(repo, id, 'complete', { completed_at: clock.now() }, async (trx, b) => {
        await notifications.notify(trx, {
          personId: b.person_id,
          kind: 'counselling',
          title: '心理咨询已完成',
          body: `您 ${when(b)} 与${b.counsellor_name}的咨询已完成。需要时可以随时再预约。`,
          link: '/m/counselling',
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'counselling.booking_complete',
          targetType: 'person',
          targetId: b.person_id,
          details: { bookingId: id },
        });
      });
    },

    async cancel(actor: Actor, id: string, reason: string | null | undefined): Promise<Booking> {
      await counsellorsBooking(repo, actor, id);
      if (!reason) throw invalid('reason', '请填写取消原因，便于告知本人');
      return moveBooking(
        repo,
        id,
        'cancel',
        { cancelled_at: clock.now(), cancelled_by: 'counsellor', cancel_reason: reason },
        async (trx, b) => {
          await notifications.notify(trx, {
            personId: b.person_id,
            kind: 'counselling',
            title: '心理咨询预约已取消',
            body: `很抱歉，${b.counsellor_name}取消了您 ${when(b)} 的咨询（原因：${reason}）。请另选时间预约。`,
            link: '/m/counselling',
          });
          await audit.record(trx, {
            ...auditActor(actor),
            action: 'counselling.booking_cancel',
            targetType: 'person',
            targetId: b.person_id,
            reason,
            details: { bookingId: id },
          });
        },
      );
    },
  };
}
export type BookingService = ReturnType<typeof createBookingService>;
