import {
  BOOKING_DAYS_AHEAD,
  hasPermission,
  type AppointmentResultInput,
  type BookInput,
  type Collector,
  type DayAppointment,
  type DayStatus,
  type HomeDueItem,
  type MyAppointment,
  type MyAppointments,
  type MyStation,
  type StaffCancelInput,
  type Station,
  type StationAvailability,
  type StationClosureInput,
  type StationDay,
  type StationDetail,
  type StationInput,
  type StationSlotsInput,
  type WindowRef,
} from '@taobo/contracts';
import { addDays } from '@taobo/domain';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { conflict, forbidden, invalid, notFound } from '../../errors.ts';
import { pathWithin, requirePermission, type Actor } from '../../platform/access.ts';
import { AUDIT_PERSON, auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { PersonActor } from '../../platform/access.ts';
import type { TestPlanService } from '../drugTests/service.ts';
import { bookingDays, isoWeekday, shanghaiNow, slotStarted } from './calendar.ts';
import {
  canManageStation,
  openWindows,
  personCounty,
  stationVisible,
  windowOn,
  type OpenWindow,
} from './repo.ts';
import type { AppointmentRow, TestStationRow } from './tables.ts';

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

const windowRef = (w: Pick<OpenWindow, 'id' | 'plan' | 'window_start' | 'window_end'>): WindowRef => ({
  testId: w.id,
  start: w.window_start,
  deadline: addDays(w.window_end, -1),
  plan: w.plan,
});
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

export function createAppointmentService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  tests: TestPlanService;
  notifications: NotificationService;
}) {
  const { db, clock, audit, tests, notifications } = deps;
  const now = () => shanghaiNow(clock.now());

  function requireStationAccess(actor: Actor) {
    requirePermission(actor, 'station:operate');
  }
  /** Stations are read by those who manage them and by those who work at them. */
  function requireStationRead(actor: Actor) {
    if (!hasPermission(actor.role, 'station:manage') && !hasPermission(actor.role, 'station:operate'))
      throw forbidden();
  }

  async function visibleStation(actor: Actor, id: string): Promise<TestStationRow> {
    const s = await db
      .selectFrom('test_stations')
      .selectAll()
      .where('id', '=', id)
      .where(stationVisible(actor))
      .executeTakeFirst();
    if (!s) throw notFound('检测站点');
    return s;
  }

  async function manageableStation(actor: Actor, id: string): Promise<TestStationRow> {
    requirePermission(actor, 'station:manage');
    const s = await visibleStation(actor, id);
    if (!canManageStation(actor, s.scope_path)) throw forbidden('只能管理本辖区的检测站点');
    return s;
  }

  /** A county or a township in the caller's subtree. */
  async function placeUnit(actor: Actor, orgUnitId: string) {
    const unit = await db
      .selectFrom('org_units')
      .selectAll()
      .where('id', '=', orgUnitId)
      .where((eb) => pathWithin(eb.ref('path'), actor.orgPath))
      .executeTakeFirst();
    if (!unit) throw invalid('orgUnitId', '所属单位不存在或不在您的辖区内', 'VALIDATION');
    if (unit.level !== 'county' && unit.level !== 'township')
      throw invalid('orgUnitId', '检测站点应属于县（区）或乡镇（街道）', 'VALIDATION');
    const countyId = unit.path.split('/')[1]!;
    return { unit, countyId };
  }

  async function toStations(rows: TestStationRow[]): Promise<Station[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [units, caps] = await Promise.all([
      db
        .selectFrom('org_units')
        .select(['id', 'name'])
        .where('id', 'in', [...new Set(rows.map((r) => r.org_unit_id))])
        .execute(),
      db
        .selectFrom('station_slots')
        .select(['station_id', (eb) => eb.fn.sum<string>('capacity').as('total')])
        .where('station_id', 'in', ids)
        .where('active', '=', true)
        .groupBy('station_id')
        .execute(),
    ]);
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const cap = new Map(caps.map((c) => [c.station_id, Number(c.total)]));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      orgUnit: { id: r.org_unit_id, name: unitName.get(r.org_unit_id) ?? r.org_unit_id },
      address: r.address,
      phone: r.phone,
      active: r.active,
      weeklyCapacity: cap.get(r.id) ?? 0,
    }));
  }

  async function detail(s: TestStationRow): Promise<StationDetail> {
    const [station] = await toStations([s]);
    const [slots, closures] = await Promise.all([
      db
        .selectFrom('station_slots')
        .selectAll()
        .where('station_id', '=', s.id)
        .where('active', '=', true)
        .orderBy('weekday')
        .orderBy('start_time')
        .execute(),
      db
        .selectFrom('station_closures')
        .select(['date', 'reason'])
        .where('station_id', '=', s.id)
        .where('date', '>=', now().date)
        .orderBy('date')
        .execute(),
    ]);
    return {
      ...station!,
      slots: slots.map((x) => ({
        id: x.id,
        weekday: x.weekday,
        start: x.start_time,
        end: x.end_time,
        capacity: x.capacity,
      })),
      closures,
    };
  }

  const myStation = (s: Pick<TestStationRow, 'id' | 'name' | 'address' | 'phone'>): MyStation => ({
    id: s.id,
    name: s.name,
    address: s.address,
    phone: s.phone,
  });

  /** Active bookings per slot and day, for capacity. */
  async function taken(trx: Db, slotIds: string[], from: string, to: string, exceptId?: string) {
    if (!slotIds.length) return new Map<string, number>();
    let q = trx
      .selectFrom('appointments')
      .select(['slot_id', 'date', (eb) => eb.fn.countAll<string>().as('n')])
      .where('slot_id', 'in', slotIds)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where('status', '<>', 'cancelled')
      .groupBy(['slot_id', 'date']);
    if (exceptId) q = q.where('id', '<>', exceptId);
    const rows = await q.execute();
    return new Map(rows.map((r) => [`${r.slot_id}:${r.date}`, Number(r.n)]));
  }

  /**
   * Books (or, with `moving`, moves a booking to) a slot on a day. The slot row is locked, so
   * bookings of one slot are counted one at a time and its capacity holds under concurrency.
   */
  async function place(trx: Db, person: PersonActor, input: BookInput, moving?: AppointmentRow) {
    const { countyId } = await personCounty(trx, person.personId);
    const slot = await trx
      .selectFrom('station_slots')
      .innerJoin('test_stations', 'test_stations.id', 'station_slots.station_id')
      .selectAll('station_slots')
      .select(['test_stations.name as station_name', 'test_stations.county_id'])
      .where('station_slots.id', '=', input.slotId)
      .where('station_slots.active', '=', true)
      .where('test_stations.active', '=', true)
      .where('test_stations.county_id', '=', countyId)
      .forUpdate('station_slots')
      .executeTakeFirst();
    if (!slot) throw notFound('预约时段');
    const n = now();
    const last = addDays(n.date, BOOKING_DAYS_AHEAD - 1);
    if (input.date < n.date || input.date > last)
      throw invalid('date', `只能预约 ${n.date} 至 ${last} 之间的日期`, 'DATE_OUT_OF_RANGE');
    if (isoWeekday(input.date) !== slot.weekday)
      throw invalid('date', '所选日期不在该时段的开放日', 'VALIDATION');
    if (slotStarted(input.date, slot.start_time, n))
      throw conflict('SLOT_STARTED', '该时段已开始，请选择其他时段');
    const closed = await trx
      .selectFrom('station_closures')
      .select('reason')
      .where('station_id', '=', slot.station_id)
      .where('date', '=', input.date)
      .executeTakeFirst();
    if (closed) throw conflict('STATION_CLOSED', `检测站当日停诊：${closed.reason}`);
    const window = windowOn(
      await openWindows(trx, person.personId, input.date, input.date, n.date),
      input.date,
    );
    if (!window) throw conflict('NO_TEST_DUE', '该日期没有待完成的检测，请在检测期内预约（见“当前检测期”）');
    const count = (await taken(trx, [slot.id], input.date, input.date, moving?.id)).get(
      `${slot.id}:${input.date}`,
    );
    if ((count ?? 0) >= slot.capacity) throw conflict('SLOT_FULL', '该时段已约满，请选择其他时段');
    const values = {
      station_id: slot.station_id,
      slot_id: slot.id,
      date: input.date,
      start_time: slot.start_time,
      end_time: slot.end_time,
      test_id: window.id,
      updated_at: clock.now(),
    };
    try {
      const row = moving
        ? await trx
            .updateTable('appointments')
            .set(values)
            .where('id', '=', moving.id)
            .returningAll()
            .executeTakeFirstOrThrow()
        : await trx
            .insertInto('appointments')
            .values({ ...values, person_id: person.personId, status: 'booked', created_at: clock.now() })
            .returningAll()
            .executeTakeFirstOrThrow();
      return { row, stationName: slot.station_name };
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict('ALREADY_BOOKED', '本检测期已有预约，可改约或取消后再约');
      throw e;
    }
  }

  async function ownAppointment(trx: Db, person: PersonActor, id: string) {
    const a = await trx
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', id)
      .where('person_id', '=', person.personId)
      .forUpdate()
      .executeTakeFirst();
    if (!a) throw notFound('预约');
    return a;
  }

  function requireChangeable(a: AppointmentRow) {
    if (a.status !== 'booked') throw conflict('APPOINTMENT_CLOSED', '该预约已到检或已取消，不能再更改');
    if (slotStarted(a.date, a.start_time, now()))
      throw conflict('SLOT_STARTED', '预约时段已开始，不能再改约或取消');
  }

  async function myItems(personId: string, ids?: string[]): Promise<MyAppointment[]> {
    let q = db
      .selectFrom('appointments')
      .innerJoin('test_stations', 'test_stations.id', 'appointments.station_id')
      .innerJoin('tests', 'tests.id', 'appointments.test_id')
      .selectAll('appointments')
      .select([
        'test_stations.name',
        'test_stations.address',
        'test_stations.phone',
        'tests.plan',
        'tests.window_start',
        'tests.window_end',
      ])
      .where('appointments.person_id', '=', personId)
      .orderBy('appointments.date', 'desc')
      .orderBy('appointments.start_time', 'desc')
      .limit(30);
    if (ids) q = q.where('appointments.id', 'in', ids);
    const rows = await q.execute();
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
      changeable: r.status === 'booked' && !slotStarted(r.date, r.start_time, n),
      cancelledByStaff: r.status === 'cancelled' && r.cancelled_by !== null,
      cancelReason: r.cancel_reason,
    }));
  }

  async function myItem(personId: string, id: string): Promise<MyAppointment> {
    const [item] = await myItems(personId, [id]);
    return item!;
  }

  /** A booking of the day list, with what station staff may do about it. */
  async function dayRow(trx: Db, actor: Actor, id: string) {
    const a = await trx
      .selectFrom('appointments')
      .innerJoin('test_stations', 'test_stations.id', 'appointments.station_id')
      .selectAll('appointments')
      .select(['test_stations.name as station_name'])
      .where('appointments.id', '=', id)
      .where(stationVisible(actor))
      .forUpdate('appointments')
      .executeTakeFirst();
    if (!a) throw notFound('预约');
    return a;
  }

  function dayStatus(a: Pick<AppointmentRow, 'status' | 'date' | 'end_time'>): DayStatus {
    if (a.status !== 'booked') return a.status;
    const n = now();
    const ended = a.date < n.date || (a.date === n.date && a.end_time <= n.time);
    return ended ? 'no_show' : 'booked';
  }

  return {
    // ——— Staff: stations and slots (station:manage) ———

    async listStations(
      actor: Actor,
      query: { q?: string; active?: 'true' | 'false'; page: number; pageSize: number },
    ): Promise<{ items: Station[]; total: number }> {
      requireStationRead(actor);
      let q = db.selectFrom('test_stations').where(stationVisible(actor));
      if (query.q) {
        const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        q = q.where((eb) => eb.or([eb('name', 'like', like), eb('address', 'like', like)]));
      }
      if (query.active) q = q.where('active', '=', query.active === 'true');
      const [rows, total] = await Promise.all([
        q
          .selectAll()
          .orderBy('active', 'desc')
          .orderBy('name')
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: await toStations(rows), total: Number(total.n) };
    },

    async station(actor: Actor, id: string): Promise<StationDetail> {
      requireStationRead(actor);
      return detail(await visibleStation(actor, id));
    },

    async createStation(actor: Actor, input: StationInput): Promise<StationDetail> {
      requirePermission(actor, 'station:manage');
      const { unit, countyId } = await placeUnit(actor, input.orgUnitId);
      const row = await db.transaction().execute(async (trx) => {
        const s = await trx
          .insertInto('test_stations')
          .values({
            name: input.name,
            org_unit_id: unit.id,
            scope_path: unit.path,
            county_id: countyId,
            address: input.address,
            phone: input.phone ?? null,
            active: input.active,
            created_at: clock.now(),
            updated_at: clock.now(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'station.create',
          targetType: 'station',
          targetId: s.id,
        });
        return s;
      });
      return detail(row);
    },

    async updateStation(actor: Actor, id: string, input: StationInput): Promise<StationDetail> {
      await manageableStation(actor, id);
      const { unit, countyId } = await placeUnit(actor, input.orgUnitId);
      const row = await db.transaction().execute(async (trx) => {
        const s = await trx
          .updateTable('test_stations')
          .set({
            name: input.name,
            org_unit_id: unit.id,
            scope_path: unit.path,
            county_id: countyId,
            address: input.address,
            phone: input.phone ?? null,
            active: input.active,
            updated_at: clock.now(),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'station.update',
          targetType: 'station',
          targetId: id,
        });
        return s;
      });
      return detail(row);
    },

    /**
     * Replaces the weekly template: slots keep their id when edited (their bookings stay on them),
     * new ones are added, missing ones are retired (kept inactive, their bookings stand).
     */
    async setSlots(actor: Actor, id: string, input: StationSlotsInput): Promise<StationDetail> {
      const s = await manageableStation(actor, id);
      await db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('station_slots')
          .select('id')
          .where('station_id', '=', id)
          .where('active', '=', true)
          .forUpdate()
          .execute();
        const known = new Set(existing.map((e) => e.id));
        const kept = new Set<string>();
        for (const slot of input.slots) {
          const values = {
            weekday: slot.weekday,
            start_time: slot.start,
            end_time: slot.end,
            capacity: slot.capacity,
          };
          if (slot.id && known.has(slot.id)) {
            kept.add(slot.id);
            await trx.updateTable('station_slots').set(values).where('id', '=', slot.id).execute();
          } else {
            await trx
              .insertInto('station_slots')
              .values({ ...values, station_id: id })
              .execute();
          }
        }
        const retired = [...known].filter((k) => !kept.has(k));
        if (retired.length)
          await trx.updateTable('station_slots').set({ active: false }).where('id', 'in', retired).execute();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'station.slots',
          targetType: 'station',
          targetId: id,
          details: { slots: input.slots.length, retired: retired.length },
        });
      });
      return detail(s);
    },

    async closeDay(actor: Actor, id: string, input: StationClosureInput): Promise<StationDetail> {
      const s = await manageableStation(actor, id);
      if (input.date < now().date) throw invalid('date', '不能设置过去的日期', 'VALIDATION');
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('station_closures')
          .values({
            station_id: id,
            date: input.date,
            reason: input.reason,
            created_by: actor.id,
            created_at: clock.now(),
          })
          .onConflict((oc) => oc.columns(['station_id', 'date']).doUpdateSet({ reason: input.reason }))
          .execute();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'station.close_day',
          targetType: 'station',
          targetId: id,
          details: { date: input.date },
        });
      });
      return detail(s);
    },

    async reopenDay(actor: Actor, id: string, date: string): Promise<StationDetail> {
      const s = await manageableStation(actor, id);
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('station_closures')
          .where('station_id', '=', id)
          .where('date', '=', date)
          .execute();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'station.reopen_day',
          targetType: 'station',
          targetId: id,
          details: { date },
        });
      });
      return detail(s);
    },

    // ——— Staff: the day list (station:operate) ———

    async day(actor: Actor, id: string, date?: string): Promise<StationDay> {
      requireStationAccess(actor);
      const s = await visibleStation(actor, id);
      const day = date ?? now().date;
      const [closed, rows] = await Promise.all([
        db
          .selectFrom('station_closures')
          .select('reason')
          .where('station_id', '=', id)
          .where('date', '=', day)
          .executeTakeFirst(),
        dayRows()
          .where('appointments.station_id', '=', id)
          .where('appointments.date', '=', day)
          .orderBy('appointments.start_time')
          .orderBy('persons.name')
          .execute(),
      ]);
      // The list names persons: seeing it is a view of their bookings, audited.
      if (rows.length) {
        await db.transaction().execute((trx) =>
          audit.record(trx, {
            ...auditActor(actor),
            action: 'station.day_view',
            targetType: 'station',
            targetId: id,
            details: { date: day, persons: rows.length },
          }),
        );
      }
      const items = rows.map(toDayItem);
      return { station: { id: s.id, name: s.name }, date: day, closed: closed?.reason ?? null, items };
    },

    /** Staff of the station's county who may collect a sample there (two are needed). */
    async collectors(actor: Actor, id: string): Promise<Collector[]> {
      requireStationAccess(actor);
      const s = await visibleStation(actor, id);
      const rows = await db
        .selectFrom('staff')
        .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
        .select(['staff.id', 'staff.display_name', 'staff.gender', 'org_units.name as org_name'])
        .where('staff.role', 'in', ['officer', 'police', 'tester', 'social_worker', 'grid_worker', 'admin'])
        .where((eb) => pathWithin(eb.ref('org_units.path'), s.scope_path.split('/').slice(0, 2).join('/')))
        .orderBy('staff.display_name')
        .limit(200)
        .execute();
      return rows.map((r) => ({ id: r.id, name: `${r.display_name}（${r.org_name}）`, gender: r.gender }));
    },

    async arrive(actor: Actor, id: string): Promise<DayAppointment> {
      requireStationAccess(actor);
      const stationId = await db.transaction().execute(async (trx) => {
        const a = await dayRow(trx, actor, id);
        if (a.status !== 'booked') throw conflict('APPOINTMENT_CLOSED', '该预约已登记到检或已取消');
        if (a.date !== now().date) throw conflict('NOT_TODAY', '只能在预约当天登记到检');
        await trx
          .updateTable('appointments')
          .set({ status: 'arrived', arrived_at: clock.now(), arrived_by: actor.id, updated_at: clock.now() })
          .where('id', '=', id)
          .execute();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'appointment.arrive',
          targetType: 'person',
          targetId: a.person_id,
          details: { appointmentId: id },
        });
        return a.station_id;
      });
      return dayItem(stationId, id);
    },

    /**
     * The result of the booked test, into the test plan through the tests service (its window,
     * collectors and relapse rules); the tester recording it must be one of the two collectors.
     */
    async recordResult(actor: Actor, id: string, input: AppointmentResultInput): Promise<DayAppointment> {
      requireStationAccess(actor);
      if (!input.collectorIds.includes(actor.id))
        throw invalid('collectorIds', '录入人须为两名采集人员之一', 'RECORDER_NOT_COLLECTOR');
      const stationId = await db.transaction().execute(async (trx) => {
        const a = await dayRow(trx, actor, id);
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
        await trx
          .updateTable('appointments')
          .set({
            status: 'tested',
            arrived_at: a.arrived_at ?? clock.now(),
            arrived_by: a.arrived_by ?? actor.id,
            updated_at: clock.now(),
          })
          .where('id', '=', id)
          .execute();
        return a.station_id;
      });
      return dayItem(stationId, id);
    },

    async cancelByStaff(actor: Actor, id: string, input: StaffCancelInput): Promise<DayAppointment> {
      requireStationAccess(actor);
      const stationId = await db.transaction().execute(async (trx) => {
        const a = await dayRow(trx, actor, id);
        if (a.status !== 'booked') throw conflict('APPOINTMENT_CLOSED', '该预约已到检或已取消');
        await trx
          .updateTable('appointments')
          .set({
            status: 'cancelled',
            cancelled_at: clock.now(),
            cancelled_by: actor.id,
            cancel_reason: input.reason,
            updated_at: clock.now(),
          })
          .where('id', '=', id)
          .execute();
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
        return a.station_id;
      });
      return dayItem(stationId, id);
    },

    // ——— The person (洮泊家园) ———

    /** For the home screen (a `HomeDueProvider`): the person's coming bookings. */
    async homeDue(personId: string, today: string): Promise<HomeDueItem[]> {
      const rows = await db
        .selectFrom('appointments')
        .innerJoin('test_stations', 'test_stations.id', 'appointments.station_id')
        .select([
          'appointments.date',
          'appointments.start_time',
          'appointments.end_time',
          'test_stations.name',
        ])
        .where('appointments.person_id', '=', personId)
        .where('appointments.status', '=', 'booked')
        .where('appointments.date', '>=', today)
        .orderBy('appointments.date')
        .limit(3)
        .execute();
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
      const { countyId } = await personCounty(db, person.personId);
      const rows = await db
        .selectFrom('test_stations')
        .selectAll()
        .where('county_id', '=', countyId)
        .where('active', '=', true)
        .orderBy('name')
        .execute();
      return rows.map(myStation);
    },

    async availability(person: PersonActor, stationId: string): Promise<StationAvailability> {
      const { countyId } = await personCounty(db, person.personId);
      const s = await db
        .selectFrom('test_stations')
        .selectAll()
        .where('id', '=', stationId)
        .where('county_id', '=', countyId)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!s) throw notFound('检测站点');
      const n = now();
      const days = bookingDays(n.date, BOOKING_DAYS_AHEAD);
      const last = days.at(-1)!;
      const [slots, closures, windows, booked] = await Promise.all([
        db
          .selectFrom('station_slots')
          .selectAll()
          .where('station_id', '=', s.id)
          .where('active', '=', true)
          .orderBy('start_time')
          .execute(),
        db
          .selectFrom('station_closures')
          .select(['date', 'reason'])
          .where('station_id', '=', s.id)
          .where('date', '>=', n.date)
          .where('date', '<=', last)
          .execute(),
        openWindows(db, person.personId, n.date, last, n.date),
        db
          .selectFrom('appointments')
          .select('test_id')
          .where('person_id', '=', person.personId)
          .where('status', 'in', ['booked', 'arrived'])
          .execute(),
      ]);
      const counts = await taken(
        db,
        slots.map((x) => x.id),
        n.date,
        last,
      );
      const closedOn = new Map(closures.map((c) => [c.date, c.reason]));
      const bookedWindows = new Set(booked.map((b) => b.test_id));
      return {
        station: myStation(s),
        days: days.map((date) => {
          const weekday = isoWeekday(date);
          const w = windowOn(windows, date);
          return {
            date,
            weekday,
            closed: closedOn.get(date) ?? null,
            window: w ? windowRef(w) : null,
            windowBooked: w ? bookedWindows.has(w.id) : false,
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
      const today = now().date;
      const [windows, items] = await Promise.all([
        openWindows(db, person.personId, today, today, today),
        myItems(person.personId),
      ]);
      const current = windowOn(windows, today);
      return {
        current: current ? windowRef(current) : null,
        currentBooked:
          !!current &&
          items.some((i) => i.window.testId === current.id && ['booked', 'arrived'].includes(i.status)),
        items,
      };
    },

    async book(person: PersonActor, input: BookInput): Promise<MyAppointment> {
      const id = await db.transaction().execute(async (trx) => {
        const { row, stationName } = await place(trx, person, input);
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
      await db.transaction().execute(async (trx) => {
        const a = await ownAppointment(trx, person, id);
        requireChangeable(a);
        const { row, stationName } = await place(trx, person, input, a);
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
      await db.transaction().execute(async (trx) => {
        const a = await ownAppointment(trx, person, id);
        requireChangeable(a);
        await trx
          .updateTable('appointments')
          .set({ status: 'cancelled', cancelled_at: clock.now(), updated_at: clock.now() })
          .where('id', '=', id)
          .execute();
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

  /** Appointments with the person and test columns of a station's day list. */
  function dayRows() {
    return db
      .selectFrom('appointments')
      .innerJoin('persons', 'persons.id', 'appointments.person_id')
      .innerJoin('tests', 'tests.id', 'appointments.test_id')
      .selectAll('appointments')
      .select([
        'persons.name',
        'persons.gender',
        'tests.plan',
        'tests.window_start',
        'tests.window_end',
        'tests.outcome',
      ]);
  }

  async function dayItem(stationId: string, id: string): Promise<DayAppointment> {
    const rows = await dayRows()
      .where('appointments.id', '=', id)
      .where('appointments.station_id', '=', stationId)
      .execute();
    const r = rows[0];
    if (!r) throw notFound('预约');
    return toDayItem(r);
  }

  function toDayItem(r: Awaited<ReturnType<ReturnType<typeof dayRows>['execute']>>[number]): DayAppointment {
    return {
      id: r.id,
      person: { id: r.person_id, name: r.name, gender: r.gender },
      start: r.start_time,
      end: r.end_time,
      status: dayStatus(r),
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
}
export type AppointmentService = ReturnType<typeof createAppointmentService>;

/**
 * The day-before reminder, for the daily sweep: one message per booking for tomorrow, sent once
 * (deduped by booking and day).
 */
export async function sendAppointmentReminders(
  trx: Db,
  notifications: NotificationService,
  today: string,
): Promise<number> {
  const tomorrow = addDays(today, 1);
  const rows = await trx
    .selectFrom('appointments')
    .innerJoin('test_stations', 'test_stations.id', 'appointments.station_id')
    .select([
      'appointments.id',
      'appointments.person_id',
      'appointments.date',
      'appointments.start_time',
      'appointments.end_time',
      'test_stations.name',
      'test_stations.address',
    ])
    .where('appointments.date', '=', tomorrow)
    .where('appointments.status', '=', 'booked')
    .execute();
  let sent = 0;
  for (const r of rows) {
    const id = await notifications.notify(trx, {
      personId: r.person_id,
      kind: 'appointment_reminder',
      title: '明天有检测预约',
      body: `明天（${monthDay(r.date)}）${r.start_time}–${r.end_time} 请到${r.name}（${r.address}）检测，请携带身份证。`,
      link: '/m/appointments',
      dedupeKey: `appointment_reminder:${r.id}:${r.date}`,
    });
    if (id) sent++;
  }
  return sent;
}
