import type {
  AppointmentResultInput,
  Collector,
  DayAppointment,
  StaffCancelInput,
  StationDay,
} from '@taobo/contracts';
import { appointmentDayStatus, shanghaiNow } from '@taobo/domain';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { TestPlanService } from '../drugTests/service.ts';
import { windowRef } from '../drugTests/windows.ts';
import type { NotificationService } from '../notifications/service.ts';
import { monthDay } from './monthDay.ts';
import type { DayRow, StationDayQueries, StationDayRepo } from './repo.ts';

type LockedBooking = NonNullable<Awaited<ReturnType<StationDayRepo['lockVisible']>>>;

/**
 * Station staff (station:operate) at work: the day's list (今日检测), arrivals, the result of the
 * booked test, and cancelling a booking.
 */
export function createStationDayService(deps: {
  repo: StationDayRepo;
  clock: Clock;
  audit: AuditLog;
  tests: TestPlanService;
  notifications: NotificationService;
}) {
  const { repo, clock, audit, tests, notifications } = deps;
  const now = () => shanghaiNow(clock.now());

  async function visibleStation(actor: Actor, id: string) {
    requirePermission(actor, 'station:operate');
    const s = await repo.visibleStation(actor, id);
    if (!s) throw notFound('检测站点');
    return s;
  }

  function toDayItem(r: DayRow): DayAppointment {
    return {
      id: r.id,
      person: { id: r.person_id, name: r.name, gender: r.gender },
      start: r.start_time,
      end: r.end_time,
      status: appointmentDayStatus({ status: r.status, date: r.date, end: r.end_time }, now()),
      arrivedAt: r.arrived_at ? new Date(r.arrived_at).toISOString() : null,
      window: windowRef({
        id: r.test_id,
        plan: r.plan,
        window_start: r.window_start,
        window_end: r.window_end,
      }),
      outcome: r.status === 'tested' ? r.outcome : null,
    };
  }

  async function dayItem(stationId: string, id: string): Promise<DayAppointment> {
    const r = await repo.dayItem(stationId, id);
    if (!r) throw notFound('预约');
    return toDayItem(r);
  }

  /**
   * Changes a booking of the day list in one transaction: `change` gets it locked (with its
   * station's name) and the transaction for other modules' writes. Returns the booking as listed.
   */
  async function change(
    actor: Actor,
    id: string,
    work: (a: LockedBooking, r: StationDayQueries, trx: Db) => Promise<void>,
  ): Promise<DayAppointment> {
    requirePermission(actor, 'station:operate');
    const stationId = await repo.transaction(async (r, trx) => {
      const a = await r.lockVisible(actor, id);
      if (!a) throw notFound('预约');
      await work(a, r, trx);
      return a.station_id;
    });
    return dayItem(stationId, id);
  }

  return {
    async day(actor: Actor, id: string, date?: string): Promise<StationDay> {
      const s = await visibleStation(actor, id);
      const day = date ?? now().date;
      const [closed, rows] = await Promise.all([repo.closure(id, day), repo.dayList(id, day)]);
      // The list names persons: seeing it is a view of their bookings, audited.
      if (rows.length) {
        await repo.transaction((_r, trx) =>
          audit.record(trx, {
            ...auditActor(actor),
            action: 'station.day_view',
            targetType: 'station',
            targetId: id,
            details: { date: day, persons: rows.length },
          }),
        );
      }
      return {
        station: { id: s.id, name: s.name },
        date: day,
        closed: closed?.reason ?? null,
        items: rows.map(toDayItem),
      };
    },

    /** Staff of the station's county who may collect a sample there (two are needed). */
    async collectors(actor: Actor, id: string): Promise<Collector[]> {
      const s = await visibleStation(actor, id);
      const rows = await repo.collectors(s.scope_path.split('/').slice(0, 2).join('/'));
      return rows.map((r) => ({ id: r.id, name: `${r.display_name}（${r.org_name}）`, gender: r.gender }));
    },

    async arrive(actor: Actor, id: string): Promise<DayAppointment> {
      return change(actor, id, async (a, r, trx) => {
        if (a.status !== 'booked') throw conflict('APPOINTMENT_CLOSED', '该预约已登记到检或已取消');
        if (a.date !== now().date) throw conflict('NOT_TODAY', '只能在预约当天登记到检');
        await r.update(id, {
          status: 'arrived',
          arrived_at: clock.now(),
          arrived_by: actor.id,
          updated_at: clock.now(),
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'appointment.arrive',
          targetType: 'person',
          targetId: a.person_id,
          details: { appointmentId: id },
        });
      });
    },

    /**
     * The result of the booked test, into the test plan through the tests service (its window,
     * collectors and relapse rules); the tester recording it must be one of the two collectors.
     */
    async recordResult(actor: Actor, id: string, input: AppointmentResultInput): Promise<DayAppointment> {
      requirePermission(actor, 'station:operate');
      if (!input.collectorIds.includes(actor.id))
        throw invalid('collectorIds', '录入人须为两名采集人员之一', 'RECORDER_NOT_COLLECTOR');
      return change(actor, id, async (a, r, trx) => {
        if (a.status === 'tested') throw conflict('APPOINTMENT_CLOSED', '该预约已录入检测结果');
        if (a.status === 'cancelled') throw conflict('APPOINTMENT_CLOSED', '该预约已取消');
        if (a.date > now().date) throw conflict('NOT_TODAY', '预约日期未到，不能录入结果');
        await tests.recordAuthorized(trx, actor, a.test_id, {
          kind: input.kind,
          outcome: input.outcome,
          date: a.date,
          collectorIds: input.collectorIds,
          note: input.note ?? null,
        });
        await r.update(id, {
          status: 'tested',
          arrived_at: a.arrived_at ?? clock.now(),
          arrived_by: a.arrived_by ?? actor.id,
          updated_at: clock.now(),
        });
      });
    },

    /** Staff cancel a booking (the station closes, say); the person is told why. */
    async cancelByStaff(actor: Actor, id: string, input: StaffCancelInput): Promise<DayAppointment> {
      return change(actor, id, async (a, r, trx) => {
        if (a.status !== 'booked') throw conflict('APPOINTMENT_CLOSED', '该预约已到检或已取消');
        await r.update(id, {
          status: 'cancelled',
          cancelled_at: clock.now(),
          cancelled_by: actor.id,
          cancel_reason: input.reason,
          updated_at: clock.now(),
        });
        await notifications.notify(trx, {
          personId: a.person_id,
          kind: 'appointment_cancelled',
          title: '检测预约已被取消',
          body: `您 ${monthDay(a.date)} ${a.start_time} 在${a.station_name}的检测预约已由工作人员取消：${input.reason}。请在检测期内重新预约。`,
          link: '/m/appointments',
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'appointment.cancel',
          targetType: 'person',
          targetId: a.person_id,
          details: { appointmentId: id },
        });
      });
    },
  };
}
export type StationDayService = ReturnType<typeof createStationDayService>;
