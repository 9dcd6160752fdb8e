import type {
  BookInput,
  HomeDueItem,
  MyAppointment,
  MyAppointments,
  MyStation,
  StationAvailability,
  WindowRef,
} from '@taobo/contracts';
import {
  isAppointmentChangeable,
  isoWeekday,
  lastTestBookingDay,
  shanghaiNow,
  slotStarted,
  testBookingDays,
} from '@taobo/domain';
import type { Clock } from '../../clock.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import type { PersonActor } from '../../platform/access.ts';
import { AUDIT_PERSON, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { TestPlanService } from '../drugTests/service.ts';
import { windowOn, windowRef } from '../drugTests/windows.ts';
import type { NotificationService } from '../notifications/service.ts';
import { monthDay } from './monthDay.ts';
import type { AppointmentQueries, AppointmentRepo } from './repo.ts';
import type { AppointmentRow, TestStationRow } from './tables.ts';

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

const myStation = (s: Pick<TestStationRow, 'id' | 'name' | 'address' | 'phone'>): MyStation => ({
  id: s.id,
  name: s.name,
  address: s.address,
  phone: s.phone,
});

/**
 * The person (洮泊家园): stations of their county, free places, and booking a test for an open
 * window — book, reschedule, cancel.
 */
export function createAppointmentService(deps: {
  repo: AppointmentRepo;
  clock: Clock;
  audit: AuditLog;
  tests: TestPlanService;
  notifications: NotificationService;
}) {
  const { repo, clock, audit, tests, notifications } = deps;
  const now = () => shanghaiNow(clock.now());

  /** The open window a test on `date` would serve (read before a booking's transaction). */
  async function windowFor(personId: string, date: string): Promise<WindowRef | null> {
    return windowOn(await tests.openWindows(personId, date, date, now().date), date);
  }

  /**
   * Books (or, with `moving`, moves a booking to) a slot on a day, for `window`. The slot row is
   * locked, so bookings of one slot are counted one at a time and its capacity holds.
   */
  async function place(
    r: AppointmentQueries,
    person: PersonActor,
    input: BookInput,
    window: WindowRef | null,
    moving?: AppointmentRow,
  ) {
    const slot = await r.lockSlot(await r.personCounty(person.personId), input.slotId);
    if (!slot) throw notFound('预约时段');
    const n = now();
    const last = lastTestBookingDay(n.date);
    if (input.date < n.date || input.date > last)
      throw invalid('date', `只能预约 ${n.date} 至 ${last} 之间的日期`, 'DATE_OUT_OF_RANGE');
    if (isoWeekday(input.date) !== slot.weekday)
      throw invalid('date', '所选日期不在该时段的开放日', 'VALIDATION');
    if (slotStarted(input.date, slot.start_time, n))
      throw conflict('SLOT_STARTED', '该时段已开始，请选择其他时段');
    const closed = await r.closure(slot.station_id, input.date);
    if (closed) throw conflict('STATION_CLOSED', `检测站当日停诊：${closed.reason}`);
    if (!window) throw conflict('NO_TEST_DUE', '该日期没有待完成的检测，请在检测期内预约（见“当前检测期”）');
    const count = (await r.taken([slot.id], input.date, input.date, moving?.id)).get(
      `${slot.id}:${input.date}`,
    );
    if ((count ?? 0) >= slot.capacity) throw conflict('SLOT_FULL', '该时段已约满，请选择其他时段');
    const values = {
      station_id: slot.station_id,
      slot_id: slot.id,
      date: input.date,
      start_time: slot.start_time,
      end_time: slot.end_time,
      test_id: window.testId,
      updated_at: clock.now(),
    };
    try {
      const row = moving
        ? await r.update(moving.id, values)
        : await r.insert({
            ...values,
            person_id: person.personId,
            status: 'booked',
            created_at: clock.now(),
          });
      return { row, stationName: slot.station_name };
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict('ALREADY_BOOKED', '本检测期已有预约，可改约或取消后再约');
      throw e;
    }
  }

  /** The person's own booking, locked, while it can still be moved or cancelled. */
  async function changeable(r: AppointmentQueries, person: PersonActor, id: string) {
    const a = await r.lockOwn(person.personId, id);
    if (!a) throw notFound('预约');
    if (a.status !== 'booked') throw conflict('APPOINTMENT_CLOSED', '该预约已到检或已取消，不能再更改');
    if (!isAppointmentChangeable({ status: a.status, date: a.date, start: a.start_time }, now()))
      throw conflict('SLOT_STARTED', '预约时段已开始，不能再改约或取消');
    return a;
  }

  async function myItems(personId: string, ids?: string[]): Promise<MyAppointment[]> {
    const rows = await repo.mine(personId, ids);
    const n = now();
    return rows.map((r) => ({
      id: r.id,
      station: myStation({ id: r.station_id, name: r.name, address: r.address, phone: r.phone }),
      date: r.date,
      start: r.start_time,
      end: r.end_time,
      status: r.status,
      window: windowRef({
        id: r.test_id,
        plan: r.plan,
        window_start: r.window_start,
        window_end: r.window_end,
      }),
      changeable: isAppointmentChangeable({ status: r.status, date: r.date, start: r.start_time }, n),
      cancelledByStaff: r.status === 'cancelled' && r.cancelled_by !== null,
      cancelReason: r.cancel_reason,
    }));
  }

  async function myItem(personId: string, id: string): Promise<MyAppointment> {
    const [item] = await myItems(personId, [id]);
    return item!;
  }

  return {
    /** For the home screen (a `HomeDueProvider`): the person's coming bookings. */
    async homeDue(personId: string, today: string): Promise<HomeDueItem[]> {
      const rows = await repo.upcoming(personId, today);
      return rows.map((r) => ({
        kind: 'appointment',
        title: '检测预约',
        detail: `${monthDay(r.date)} ${r.start_time}–${r.end_time} 到${r.name}检测`,
        date: r.date,
        link: '/m/appointments',
        urgent: r.date === today,
      }));
    },

    async myStations(person: PersonActor): Promise<MyStation[]> {
      const rows = await repo.countyStations(await repo.personCounty(person.personId));
      return rows.map(myStation);
    },

    async availability(person: PersonActor, stationId: string): Promise<StationAvailability> {
      const s = await repo.countyStation(await repo.personCounty(person.personId), stationId);
      if (!s) throw notFound('检测站点');
      const n = now();
      const days = testBookingDays(n.date);
      const last = days.at(-1)!;
      const [slots, closures, windows, bookedWindows] = await Promise.all([
        repo.activeSlots(s.id),
        repo.closuresBetween(s.id, n.date, last),
        tests.openWindows(person.personId, n.date, last, n.date),
        repo.bookedTestIds(person.personId),
      ]);
      const counts = await repo.taken(
        slots.map((x) => x.id),
        n.date,
        last,
      );
      const closedOn = new Map(closures.map((c) => [c.date, c.reason]));
      return {
        station: myStation(s),
        days: days.map((date) => {
          const weekday = isoWeekday(date);
          const w = windowOn(windows, date);
          return {
            date,
            weekday,
            closed: closedOn.get(date) ?? null,
            window: w,
            windowBooked: w ? bookedWindows.has(w.testId) : false,
            slots: slots
              .filter((x) => x.weekday === weekday)
              .map((x) => ({
                slotId: x.id,
                start: x.start_time,
                end: x.end_time,
                capacity: x.capacity,
                remaining: Math.max(0, x.capacity - (counts.get(`${x.id}:${date}`) ?? 0)),
                started: slotStarted(date, x.start_time, n),
              })),
          };
        }),
      };
    },

    async mine(person: PersonActor): Promise<MyAppointments> {
      const [current, items] = await Promise.all([
        windowFor(person.personId, now().date),
        myItems(person.personId),
      ]);
      return {
        current,
        currentBooked:
          !!current &&
          items.some((i) => i.window.testId === current.testId && ['booked', 'arrived'].includes(i.status)),
        items,
      };
    },

    async book(person: PersonActor, input: BookInput): Promise<MyAppointment> {
      const window = await windowFor(person.personId, input.date);
      const id = await repo.transaction(async (r, trx) => {
        const { row, stationName } = await place(r, person, input, window);
        await notifications.notify(trx, {
          personId: person.personId,
          kind: 'appointment_booked',
          title: '检测预约成功',
          body: `您已预约 ${monthDay(row.date)} ${row.start_time}–${row.end_time} 在${stationName}检测，请按时到场并携带身份证。`,
          link: '/m/appointments',
        });
        await audit.record(trx, {
          ...AUDIT_PERSON,
          action: 'appointment.book',
          targetType: 'person',
          targetId: person.personId,
          details: { appointmentId: row.id, date: row.date },
        });
        return row.id;
      });
      return myItem(person.personId, id);
    },

    async reschedule(person: PersonActor, id: string, input: BookInput): Promise<MyAppointment> {
      const window = await windowFor(person.personId, input.date);
      await repo.transaction(async (r, trx) => {
        const a = await changeable(r, person, id);
        const { row, stationName } = await place(r, person, input, window, a);
        await notifications.notify(trx, {
          personId: person.personId,
          kind: 'appointment_rescheduled',
          title: '检测预约已改约',
          body: `您的检测预约已改为 ${monthDay(row.date)} ${row.start_time}–${row.end_time}，地点：${stationName}。`,
          link: '/m/appointments',
        });
        await audit.record(trx, {
          ...AUDIT_PERSON,
          action: 'appointment.reschedule',
          targetType: 'person',
          targetId: person.personId,
          details: { appointmentId: id, from: a.date, to: row.date },
        });
      });
      return myItem(person.personId, id);
    },

    async cancel(person: PersonActor, id: string): Promise<MyAppointment> {
      await repo.transaction(async (r, trx) => {
        await changeable(r, person, id);
        await r.update(id, { status: 'cancelled', cancelled_at: clock.now(), updated_at: clock.now() });
        await audit.record(trx, {
          ...AUDIT_PERSON,
          action: 'appointment.cancel',
          targetType: 'person',
          targetId: person.personId,
          details: { appointmentId: id },
        });
      });
      return myItem(person.personId, id);
    },
  };
}
export type AppointmentService = ReturnType<typeof createAppointmentService>;
