import {
  hasPermission,
  type Station,
  type StationClosureInput,
  type StationDetail,
  type StationInput,
  type StationSlotsInput,
} from '@taobo/contracts';
import { shanghaiNow } from '@taobo/domain';
import type { Clock } from '../../clock.ts';
import { forbidden, invalid, notFound } from '../../errors.ts';
import { isWithin, requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { StationRepo } from './repo.ts';
import type { TestStationRow } from './tables.ts';

/** Stations are read by those who manage them and by those who work at them. */
function requireStationRead(actor: Actor) {
  if (!hasPermission(actor.role, 'station:manage') && !hasPermission(actor.role, 'station:operate'))
    throw forbidden();
}

/** Staff (station:manage): test stations, their weekly slot template and closed days. */
export function createStationService(deps: { repo: StationRepo; clock: Clock; audit: AuditLog }) {
  const { repo, clock, audit } = deps;
  const today = () => shanghaiNow(clock.now()).date;

  async function visibleStation(actor: Actor, id: string): Promise<TestStationRow> {
    const s = await repo.visible(actor, id);
    if (!s) throw notFound('检测站点');
    return s;
  }

  /** Managing a station needs it in the caller's subtree (seeing it does not). */
  async function manageableStation(actor: Actor, id: string): Promise<TestStationRow> {
    requirePermission(actor, 'station:manage');
    const s = await visibleStation(actor, id);
    if (!isWithin(s.scope_path, actor.orgPath)) throw forbidden('只能管理本辖区的检测站点');
    return s;
  }

  /** A county or a township in the caller's subtree, and its county. */
  async function placeUnit(actor: Actor, orgUnitId: string) {
    const unit = await repo.unitWithin(actor, orgUnitId);
    if (!unit) throw invalid('orgUnitId', '所属单位不存在或不在您的辖区内', 'VALIDATION');
    if (unit.level !== 'county' && unit.level !== 'township')
      throw invalid('orgUnitId', '检测站点应属于县（区）或乡镇（街道）', 'VALIDATION');
    const countyId = unit.path.split('/')[1]!;
    return { unit, countyId };
  }

  async function stationValues(actor: Actor, input: StationInput) {
    const { unit, countyId } = await placeUnit(actor, input.orgUnitId);
    return {
      name: input.name,
      org_unit_id: unit.id,
      scope_path: unit.path,
      county_id: countyId,
      address: input.address,
      phone: input.phone ?? null,
      active: input.active,
      updated_at: clock.now(),
    };
  }

  async function toStations(rows: TestStationRow[]): Promise<Station[]> {
    if (!rows.length) return [];
    const [unitName, capacity] = await Promise.all([
      repo.unitNames([...new Set(rows.map((r) => r.org_unit_id))]),
      repo.weeklyCapacity(rows.map((r) => r.id)),
    ]);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      orgUnit: { id: r.org_unit_id, name: unitName.get(r.org_unit_id) ?? r.org_unit_id },
      address: r.address,
      phone: r.phone,
      active: r.active,
      weeklyCapacity: capacity.get(r.id) ?? 0,
    }));
  }

  async function detail(s: TestStationRow): Promise<StationDetail> {
    const [[station], slots, closures] = await Promise.all([
      toStations([s]),
      repo.activeSlots(s.id),
      repo.closuresFrom(s.id, today()),
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

  return {
    async listStations(
      actor: Actor,
      query: { q?: string; active?: 'true' | 'false'; page: number; pageSize: number },
    ): Promise<{ items: Station[]; total: number }> {
      requireStationRead(actor);
      const { rows, total } = await repo.list(actor, {
        ...query,
        active: query.active ? query.active === 'true' : undefined,
      });
      return { items: await toStations(rows), total };
    },

    async station(actor: Actor, id: string): Promise<StationDetail> {
      requireStationRead(actor);
      return detail(await visibleStation(actor, id));
    },

    async createStation(actor: Actor, input: StationInput): Promise<StationDetail> {
      requirePermission(actor, 'station:manage');
      const values = await stationValues(actor, input);
      const row = await repo.transaction(async (r, trx) => {
        const s = await r.insert({ ...values, created_at: clock.now() });
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
      const values = await stationValues(actor, input);
      const row = await repo.transaction(async (r, trx) => {
        const s = await r.update(id, values);
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
      await repo.transaction(async (r, trx) => {
        const known = new Set(await r.lockActiveSlotIds(id));
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
            await r.updateSlot(slot.id, values);
          } else {
            await r.insertSlot({ ...values, station_id: id });
          }
        }
        const retired = [...known].filter((k) => !kept.has(k));
        if (retired.length) await r.retireSlots(retired);
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
      if (input.date < today()) throw invalid('date', '不能设置过去的日期', 'VALIDATION');
      await repo.transaction(async (r, trx) => {
        await r.closeDay({
          stationId: id,
          date: input.date,
          reason: input.reason,
          by: actor.id,
          at: clock.now(),
        });
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
      await repo.transaction(async (r, trx) => {
        await r.reopenDay(id, date);
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
  };
}
export type StationService = ReturnType<typeof createStationService>;
