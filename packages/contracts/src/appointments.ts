import { z } from 'zod';
import { DateString, Id, PageQuery, Ref } from './common.ts';
import { TestKind, TestOutcome, TestPlanKind } from './measures.ts';
import { Gender } from './person.ts';

// ——— 检测预约: test stations, their weekly slots, bookings ———

const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm');

// Weekday names: `weekdayLabels` (ISO, 1 = Monday), shared with counselling.

export const StationInput = z.object({
  name: z.string().trim().min(1, '请输入站点名称').max(60, '站点名称不超过 60 字'),
  /** A county or a township within the caller's jurisdiction. */
  orgUnitId: z.string().min(1, '请选择所属单位').max(24),
  address: z.string().trim().min(1, '请输入地址').max(200, '地址不超过 200 字'),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9-]{7,20}$/, '电话格式无效')
    .nullable()
    .optional(),
  active: z.boolean().default(true),
});
export type StationInput = z.infer<typeof StationInput>;

export const StationSlotInput = z
  .object({
    /** An existing slot keeps its id (its bookings stay on it); a new one has none. */
    id: Id.optional(),
    weekday: z.number().int().min(1, '请选择星期').max(7, '请选择星期'),
    start: TimeOfDay,
    end: TimeOfDay,
    capacity: z.number().int().min(1, '容量至少为 1').max(500, '容量不超过 500'),
  })
  .refine((s) => s.start < s.end, { path: ['end'], message: '结束时间应晚于开始时间' });
export type StationSlotInput = z.infer<typeof StationSlotInput>;

export const StationSlotsInput = z
  .object({ slots: z.array(StationSlotInput).max(100, '时段不超过 100 个') })
  .superRefine((v, ctx) => {
    v.slots.forEach((a, i) => {
      const clash = v.slots.findIndex(
        (b, j) => j < i && b.weekday === a.weekday && b.start < a.end && a.start < b.end,
      );
      if (clash >= 0)
        ctx.addIssue({ code: 'custom', path: ['slots', i, 'start'], message: '与同一天的其他时段重叠' });
    });
  });
export type StationSlotsInput = z.infer<typeof StationSlotsInput>;

export const StationClosureInput = z.object({
  date: DateString,
  reason: z.string().trim().min(1, '请输入停诊原因').max(100, '原因不超过 100 字'),
});
export type StationClosureInput = z.infer<typeof StationClosureInput>;

export const StationSlot = z.object({
  id: z.string(),
  weekday: z.number().int(),
  start: z.string(),
  end: z.string(),
  capacity: z.number().int(),
});
export type StationSlot = z.infer<typeof StationSlot>;

export const StationClosure = z.object({ date: DateString, reason: z.string() });
export type StationClosure = z.infer<typeof StationClosure>;

export const Station = z.object({
  id: z.string(),
  name: z.string(),
  orgUnit: Ref,
  address: z.string(),
  phone: z.string().nullable(),
  active: z.boolean(),
  /** Places per week over all active slots. */
  weeklyCapacity: z.number().int(),
});
export type Station = z.infer<typeof Station>;

export const StationDetail = Station.extend({
  slots: z.array(StationSlot),
  /** Closures from today on. */
  closures: z.array(StationClosure),
});
export type StationDetail = z.infer<typeof StationDetail>;

export const StationListQuery = PageQuery.extend({
  q: z.string().trim().max(50).optional(),
  active: z.enum(['true', 'false']).optional(),
});

/** What station staff see of a booking on the day list; 'no_show' is a booking whose slot has ended. */
export const DayStatus = z.enum(['booked', 'arrived', 'no_show', 'tested', 'cancelled']);
export type DayStatus = z.infer<typeof DayStatus>;
export const dayStatusLabels: Record<DayStatus, { zh: string; en: string }> = {
  booked: { zh: '已预约', en: 'Booked' },
  arrived: { zh: '已到', en: 'Arrived' },
  no_show: { zh: '未到', en: 'No show' },
  tested: { zh: '已检测', en: 'Tested' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** The test window a booking serves: its last day is the deadline. */
export const WindowRef = z.object({
  testId: z.string(),
  start: DateString,
  /** The last day of the window (inclusive). */
  deadline: DateString,
  plan: TestPlanKind,
});
export type WindowRef = z.infer<typeof WindowRef>;

export const DayAppointment = z.object({
  id: z.string(),
  person: Ref.extend({ gender: Gender }),
  start: z.string(),
  end: z.string(),
  status: DayStatus,
  arrivedAt: z.string().nullable(),
  window: WindowRef,
  outcome: TestOutcome.nullable(),
});
export type DayAppointment = z.infer<typeof DayAppointment>;

export const StationDay = z.object({
  station: Ref,
  date: DateString,
  closed: z.string().nullable(),
  items: z.array(DayAppointment),
});
export type StationDay = z.infer<typeof StationDay>;

export const StationDayQuery = z.object({ date: DateString.optional() });

/** The result at the station: the day is the booking's, the tester is one of the two collectors. */
export const AppointmentResultInput = z
  .object({
    kind: TestKind,
    outcome: TestOutcome,
    collectorIds: z.array(Id).length(2, '须由两名工作人员采集'),
    note: z.string().trim().max(200).nullable().optional(),
  })
  .refine((v) => v.collectorIds[0] !== v.collectorIds[1], {
    path: ['collectorIds'],
    message: '两名采集人员不能是同一人',
  })
  .refine((v) => v.kind !== 'remote', { path: ['kind'], message: '请选择现场检测方式' });
export type AppointmentResultInput = z.infer<typeof AppointmentResultInput>;

export const StaffCancelInput = z.object({
  reason: z.string().trim().min(1, '请输入取消原因').max(100, '原因不超过 100 字'),
});
export type StaffCancelInput = z.infer<typeof StaffCancelInput>;

// ——— The person's side (洮泊家园) ———

export const MyStation = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
});
export type MyStation = z.infer<typeof MyStation>;

export const SlotAvailability = z.object({
  slotId: z.string(),
  start: z.string(),
  end: z.string(),
  capacity: z.number().int(),
  remaining: z.number().int(),
  /** The slot has begun (today): it can no longer be booked. */
  started: z.boolean(),
});
export type SlotAvailability = z.infer<typeof SlotAvailability>;

export const DayAvailability = z.object({
  date: DateString,
  weekday: z.number().int(),
  /** The closure's reason when the station is closed that day. */
  closed: z.string().nullable(),
  /** The open test window this day falls in; null: no test is due that day. */
  window: WindowRef.nullable(),
  /** The window already has a booking (not this one): booking again moves nothing. */
  windowBooked: z.boolean(),
  slots: z.array(SlotAvailability),
});
export type DayAvailability = z.infer<typeof DayAvailability>;

export const StationAvailability = z.object({ station: MyStation, days: z.array(DayAvailability) });
export type StationAvailability = z.infer<typeof StationAvailability>;

export const AppointmentStatus = z.enum(['booked', 'arrived', 'tested', 'cancelled']);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

export const MyAppointment = z.object({
  id: z.string(),
  station: MyStation,
  date: DateString,
  start: z.string(),
  end: z.string(),
  status: AppointmentStatus,
  window: WindowRef,
  /** Still before the slot starts: may be moved or cancelled. */
  changeable: z.boolean(),
  cancelledByStaff: z.boolean(),
  cancelReason: z.string().nullable(),
});
export type MyAppointment = z.infer<typeof MyAppointment>;

export const MyAppointments = z.object({
  /** The open test window today, if any: booking within it is what the person should do. */
  current: WindowRef.nullable(),
  /** The current window's booking, if it has one. */
  currentBooked: z.boolean(),
  items: z.array(MyAppointment),
});
export type MyAppointments = z.infer<typeof MyAppointments>;

export const BookInput = z.object({ slotId: Id, date: DateString });
export type BookInput = z.infer<typeof BookInput>;
