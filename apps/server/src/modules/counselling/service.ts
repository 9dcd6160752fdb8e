import { ITEM_COUNT, addDays, checkAnswers, scoreScreening, type Instrument } from '@taobo/domain';
import {
  counsellingModeLabels,
  instrumentLabels,
  severityLabels,
  type Availability,
  type AvailabilityInput,
  type Booking,
  type BookableSlot,
  type BookingInput,
  type PersonCounselling,
  type Screening,
  type ScreeningInput,
  type SessionNote,
  type StaffScreening,
} from '@taobo/contracts';
import { sql } from 'kysely';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { closeTasksFor, openTask } from '../tasks/tasks.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { pathWithin, personScope, requirePermission, type Actor } from '../../platform/access.ts';
import { AUDIT_PERSON, auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { PersonActor } from '../../platform/access.ts';
import { counsellorScope, createCounsellingRepo, type CounsellingRepo } from './repo.ts';
import { BOOKING_HORIZON_DAYS, occurrences, slotStart } from './slots.ts';

/** A severe screening is followed up within this many days (our policy). */
export const ALERT_FOLLOW_UP_DAYS = 1;
/** Live (requested or confirmed) bookings a person may hold at once. */
export const MAX_LIVE_BOOKINGS = 2;

const NOTE_FIELD = 'counsellingNote';
const ANSWERS_FIELD = 'screeningAnswers';

type BookingRow = Awaited<ReturnType<ReturnType<CounsellingRepo['bookings']>['executeTakeFirstOrThrow']>>;
type ScreeningRow = Awaited<ReturnType<ReturnType<CounsellingRepo['screenings']>['executeTakeFirstOrThrow']>>;

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

const toBooking = (b: BookingRow): Booking => ({
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

const toScreening = (s: ScreeningRow): Screening => ({
  id: s.id,
  instrument: s.instrument,
  total: s.total,
  maxTotal: ITEM_COUNT[s.instrument] * 3,
  severity: s.severity,
  alert: s.alert,
  alertReasons: s.alert_reasons as Screening['alertReasons'],
  createdAt: iso(s.created_at)!,
});

export function createCounsellingService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  notifications: NotificationService;
}) {
  const { db, clock, audit, cipher, notifications } = deps;
  const repo = createCounsellingRepo(db);
  const today = () => businessDate(clock.now());
  const when = (b: { date: string; start_time: string }) => `${b.date} ${b.start_time}`;

  /** A person's last 50 scores and sessions (never answers or notes); the look is audited as `action`. */
  async function history(actor: Actor, personId: string, action: string): Promise<PersonCounselling> {
    const [screenings, sessions] = await Promise.all([
      repo
        .screenings()
        .where('counselling_screenings.person_id', '=', personId)
        .orderBy('counselling_screenings.created_at', 'desc')
        .limit(50)
        .execute(),
      repo
        .bookings()
        .where('counselling_bookings.person_id', '=', personId)
        .orderBy('counselling_bookings.date', 'desc')
        .limit(50)
        .execute(),
    ]);
    await db.transaction().execute((trx) =>
      audit.record(trx, {
        ...auditActor(actor),
        action,
        targetType: 'person',
        targetId: personId,
      }),
    );
    return {
      screenings: screenings.map(toScreening),
      sessions: sessions.map((b) => ({
        id: b.id,
        date: b.date,
        startTime: b.start_time,
        status: b.status,
        counsellor: { id: b.counsellor_id, name: b.counsellor_name },
      })),
    };
  }

  /** A booking of this counsellor (404 for anyone else's). */
  async function ownBooking(actor: Actor, id: string) {
    requirePermission(actor, 'counselling:manage');
    const b = await repo
      .bookings()
      .where('counselling_bookings.id', '=', id)
      .where('counselling_bookings.counsellor_id', '=', actor.id)
      .executeTakeFirst();
    if (!b) throw notFound('咨询预约');
    return b;
  }

  /** Moves a booking from one of `from` to `to`, under a row lock, and tells the person. */
  async function changeBooking(
    id: string,
    from: Booking['status'][],
    to: Booking['status'],
    extra: Record<string, unknown>,
    after: (trx: Db, b: BookingRow) => Promise<void>,
  ): Promise<Booking> {
    return db.transaction().execute(async (trx) => {
      const r = createCounsellingRepo(trx);
      const locked = await r.lockBooking(id);
      if (!locked) throw notFound('咨询预约');
      if (!from.includes(locked.status))
        throw new DomainError('BOOKING_STATE', `该预约当前为“${statusZh[locked.status]}”，不能执行此操作`);
      await trx
        .updateTable('counselling_bookings')
        .set({ status: to, ...extra })
        .where('id', '=', id)
        .execute();
      const b = await r.bookings().where('counselling_bookings.id', '=', id).executeTakeFirstOrThrow();
      await after(trx, b);
      return toBooking(b);
    });
  }

  const statusZh: Record<Booking['status'], string> = {
    requested: '待确认',
    confirmed: '已确认',
    completed: '已完成',
    cancelled: '已取消',
  };

  return {
    // ---- Counsellor: availability ----

    async myAvailability(actor: Actor): Promise<Availability[]> {
      requirePermission(actor, 'counselling:manage');
      const rows = await db
        .selectFrom('counselling_availability')
        .selectAll()
        .where('counsellor_id', '=', actor.id)
        .where('active', '=', true)
        .where((eb) => eb.or([eb('kind', '=', 'weekly'), eb('date', '>=', today())]))
        .orderBy('kind', 'desc')
        .orderBy('weekday')
        .orderBy('date')
        .orderBy('start_time')
        .execute();
      return rows.map((a) => ({
        id: a.id,
        kind: a.kind,
        weekday: a.weekday,
        date: a.date,
        startTime: a.start_time,
        durationMinutes: a.duration_minutes,
        mode: a.mode,
        place: a.place,
        createdAt: iso(a.created_at)!,
      }));
    },

    async addAvailability(actor: Actor, input: AvailabilityInput): Promise<Availability> {
      requirePermission(actor, 'counselling:manage');
      if (input.kind === 'once' && input.date! < today()) throw invalid('date', '日期不能早于今天');
      const a = await db
        .insertInto('counselling_availability')
        .values({
          counsellor_id: actor.id,
          kind: input.kind,
          weekday: input.kind === 'weekly' ? input.weekday! : null,
          date: input.kind === 'once' ? input.date! : null,
          start_time: input.startTime,
          duration_minutes: input.durationMinutes,
          mode: input.mode,
          place: input.place || null,
          created_at: clock.now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return {
        id: a.id,
        kind: a.kind,
        weekday: a.weekday,
        date: a.date,
        startTime: a.start_time,
        durationMinutes: a.duration_minutes,
        mode: a.mode,
        place: a.place,
        createdAt: iso(a.created_at)!,
      };
    },

    /** Withdraws a slot from booking; sessions already booked on it stay as they are. */
    async removeAvailability(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'counselling:manage');
      const res = await db
        .updateTable('counselling_availability')
        .set({ active: false })
        .where('id', '=', id)
        .where('counsellor_id', '=', actor.id)
        .where('active', '=', true)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) throw notFound('咨询时段');
    },

    // ---- Counsellor: bookings ----

    async counsellorBookings(
      actor: Actor,
      q: { status?: Booking['status']; page: number; pageSize: number },
    ) {
      requirePermission(actor, 'counselling:manage');
      let base = repo.bookings().where('counselling_bookings.counsellor_id', '=', actor.id);
      if (q.status) base = base.where('counselling_bookings.status', '=', q.status);
      const [rows, count] = await Promise.all([
        base
          .orderBy(
            sql`CASE counselling_bookings.status WHEN 'requested' THEN 0 WHEN 'confirmed' THEN 1 ELSE 2 END`,
          )
          .orderBy(
            sql`CASE WHEN counselling_bookings.status IN ('requested', 'confirmed') THEN counselling_bookings.date END ASC`,
          )
          .orderBy('counselling_bookings.date', 'desc')
          .orderBy('counselling_bookings.start_time')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        db
          .selectFrom('counselling_bookings')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('counsellor_id', '=', actor.id)
          .$if(!!q.status, (qb) => qb.where('status', '=', q.status!))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toBooking), total: Number(count.n) };
    },

    async confirmBooking(actor: Actor, id: string): Promise<Booking> {
      const b = await ownBooking(actor, id);
      if (slotStart(b.date, b.start_time) <= clock.now())
        throw new DomainError('BOOKING_PAST', '该时段已过，不能再确认');
      return changeBooking(id, ['requested'], 'confirmed', { confirmed_at: clock.now() }, async (trx, b) => {
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

    async completeBooking(actor: Actor, id: string): Promise<Booking> {
      const b = await ownBooking(actor, id);
      if (b.date > today()) throw new DomainError('BOOKING_NOT_YET', '咨询日期未到，不能标记完成');
      return changeBooking(id, ['confirmed'], 'completed', { completed_at: clock.now() }, async (trx, b) => {
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

    async cancelByCounsellor(actor: Actor, id: string, reason: string | null | undefined): Promise<Booking> {
      await ownBooking(actor, id);
      if (!reason) throw invalid('reason', '请填写取消原因，便于告知本人');
      return changeBooking(
        id,
        ['requested', 'confirmed'],
        'cancelled',
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

    // ---- Counsellor: session notes (counsellors only; the session's own counsellor) ----

    async note(actor: Actor, bookingId: string): Promise<SessionNote | null> {
      const b = await ownBooking(actor, bookingId);
      return db.transaction().execute(async (trx) => {
        const n = await trx
          .selectFrom('counselling_notes')
          .innerJoin('staff', 'staff.id', 'counselling_notes.counsellor_id')
          .selectAll('counselling_notes')
          .select('staff.display_name')
          .where('booking_id', '=', bookingId)
          .executeTakeFirst();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'counselling.note_view',
          targetType: 'person',
          targetId: b.person_id,
          details: { bookingId, exists: !!n },
        });
        if (!n) return null;
        return {
          bookingId,
          body: cipher.decrypt(NOTE_FIELD, n.body_enc),
          counsellor: { id: n.counsellor_id, name: n.display_name },
          createdAt: iso(n.created_at)!,
          updatedAt: iso(n.updated_at)!,
        };
      });
    },

    async saveNote(actor: Actor, bookingId: string, body: string): Promise<SessionNote> {
      const b = await ownBooking(actor, bookingId);
      if (b.status !== 'confirmed' && b.status !== 'completed')
        throw new DomainError('BOOKING_STATE', '只能为已确认或已完成的咨询填写记录');
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const n = await trx
          .insertInto('counselling_notes')
          .values({
            booking_id: bookingId,
            counsellor_id: actor.id,
            body_enc: cipher.encrypt(NOTE_FIELD, body),
            created_at: now,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc
              .column('booking_id')
              .doUpdateSet({ body_enc: (eb) => eb.ref('excluded.body_enc'), updated_at: now }),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'counselling.note_save',
          targetType: 'person',
          targetId: b.person_id,
          details: { bookingId, length: body.length },
        });
        return {
          bookingId,
          body,
          counsellor: { id: actor.id, name: actor.displayName },
          createdAt: iso(n.created_at)!,
          updatedAt: iso(n.updated_at)!,
        };
      });
    },

    // ---- Counsellor: screenings of persons in their jurisdiction ----

    async counsellorScreenings(actor: Actor, q: { openAlerts?: boolean; page: number; pageSize: number }) {
      requirePermission(actor, 'counselling:manage');
      let base = repo.screenings().where(pathWithin(sql.ref<string>('persons.scope_path'), actor.orgPath));
      if (q.openAlerts)
        base = base
          .where('counselling_screenings.alert', '=', true)
          .where('counselling_screenings.reviewed_at', 'is', null);
      const [rows, count] = await Promise.all([
        base
          .orderBy(sql`(counselling_screenings.alert AND counselling_screenings.reviewed_at IS NULL) DESC`)
          .orderBy('counselling_screenings.created_at', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base
          .clearSelect()
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      // The list carries scores only; the answers are in the audited detail.
      return {
        items: rows.map((s) => ({
          ...toScreening(s),
          person: { id: s.person_id, name: s.person_name },
          answers: [],
          reviewedAt: iso(s.reviewed_at),
          reviewedBy: s.reviewed_by ? { id: s.reviewed_by, name: s.reviewer_name ?? '' } : null,
        })),
        total: Number(count.n),
      };
    },

    async screening(actor: Actor, id: string): Promise<StaffScreening> {
      requirePermission(actor, 'counselling:manage');
      const s = await repo
        .screenings()
        .where('counselling_screenings.id', '=', id)
        .where(pathWithin(sql.ref<string>('persons.scope_path'), actor.orgPath))
        .executeTakeFirst();
      if (!s) throw notFound('筛查记录');
      await db.transaction().execute((trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'counselling.screening_view',
          targetType: 'person',
          targetId: s.person_id,
          details: { screeningId: id },
        }),
      );
      return {
        ...toScreening(s),
        person: { id: s.person_id, name: s.person_name },
        answers: JSON.parse(cipher.decrypt(ANSWERS_FIELD, s.answers_enc)) as number[],
        reviewedAt: iso(s.reviewed_at),
        reviewedBy: s.reviewed_by ? { id: s.reviewed_by, name: s.reviewer_name ?? '' } : null,
      };
    },

    /** The counsellor has contacted the person about an alert: closes its task. */
    async reviewScreening(actor: Actor, id: string, note: string): Promise<StaffScreening> {
      requirePermission(actor, 'counselling:manage');
      const s = await repo
        .screenings()
        .where('counselling_screenings.id', '=', id)
        .where(pathWithin(sql.ref<string>('persons.scope_path'), actor.orgPath))
        .executeTakeFirst();
      if (!s) throw notFound('筛查记录');
      if (!s.alert) throw new DomainError('SCREENING_NO_ALERT', '该筛查结果无预警，无需跟进');
      if (s.reviewed_at) throw new DomainError('SCREENING_REVIEWED', '该预警已跟进');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('counselling_screenings')
          .set({ reviewed_at: clock.now(), reviewed_by: actor.id })
          .where('id', '=', id)
          .where('reviewed_at', 'is', null)
          .execute();
        await closeTasksFor(
          trx,
          { kind: 'screening', id },
          { status: 'done', at: clock.now(), by: actor.id, note: '心理咨询师已跟进' },
        );
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'counselling.alert_review',
          targetType: 'person',
          targetId: s.person_id,
          reason: note,
          details: { screeningId: id },
        });
      });
      return this.screening(actor, id);
    },

    /** A client's history as the counsellor sees it: scores and sessions (notes open per session). */
    async clientHistory(
      actor: Actor,
      personId: string,
    ): Promise<PersonCounselling & { person: { id: string; name: string } }> {
      requirePermission(actor, 'counselling:manage');
      const p = await db
        .selectFrom('persons')
        .select(['id', 'name'])
        .where('persons.id', '=', personId)
        .where(counsellorScope(actor))
        .executeTakeFirst();
      if (!p) throw notFound('来访者');
      return {
        person: { id: p.id, name: p.name },
        ...(await history(actor, personId, 'counselling.client_view')),
      };
    },

    // ---- Officers: the person file's 心理康复 tab (scores and sessions; never answers or notes) ----

    async forPerson(actor: Actor, personId: string): Promise<PersonCounselling> {
      requirePermission(actor, 'measure:read');
      const p = await db
        .selectFrom('persons')
        .select('id')
        .where('persons.id', '=', personId)
        .where(personScope(actor))
        .executeTakeFirst();
      if (!p) throw notFound('人员档案');
      return history(actor, personId, 'counselling.summary_view');
    },

    // ---- The person (洮泊家园) ----

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
        for (const date of occurrences(
          { kind: a.kind, weekday: a.weekday, date: a.date, startTime: a.start_time },
          from,
          BOOKING_HORIZON_DAYS,
          now,
        )) {
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
      const a = await db
        .selectFrom('counselling_availability')
        .selectAll()
        .where('id', '=', input.availabilityId)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!a || !counsellors.some((c) => c.id === a.counsellor_id)) throw notFound('咨询时段');
      const offered = occurrences(
        { kind: a.kind, weekday: a.weekday, date: a.date, startTime: a.start_time },
        today(),
        BOOKING_HORIZON_DAYS,
        clock.now(),
      );
      if (!offered.includes(input.date))
        throw new DomainError('SLOT_UNAVAILABLE', '该时段不可预约，请重新选择');
      return db.transaction().execute(async (trx) => {
        // One person's bookings are made one at a time, so the limit below holds.
        await sql`SELECT pg_advisory_xact_lock(hashtext('taobo.counselling.book'), hashtext(${person.personId}))`.execute(
          trx,
        );
        const live = await trx
          .selectFrom('counselling_bookings')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('person_id', '=', person.personId)
          .where('status', 'in', ['requested', 'confirmed'])
          .executeTakeFirstOrThrow();
        if (Number(live.n) >= MAX_LIVE_BOOKINGS)
          throw new DomainError(
            'TOO_MANY_BOOKINGS',
            `您已有 ${MAX_LIVE_BOOKINGS} 个未完成的预约，请完成或取消后再预约`,
          );
        const row = await trx
          .insertInto('counselling_bookings')
          .values({
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
          })
          .onConflict((oc) =>
            oc
              .columns(['counsellor_id', 'date', 'start_time'])
              .where('status', 'in', ['requested', 'confirmed'])
              .doNothing(),
          )
          .returning('id')
          .executeTakeFirst();
        if (!row) throw new DomainError('SLOT_TAKEN', '该时段刚被预约，请选择其他时间');
        await audit.record(trx, {
          ...AUDIT_PERSON,
          action: 'counselling.book',
          targetType: 'person',
          targetId: person.personId,
          details: { bookingId: row.id },
        });
        return toBooking(
          await createCounsellingRepo(trx)
            .bookings()
            .where('counselling_bookings.id', '=', row.id)
            .executeTakeFirstOrThrow(),
        );
      });
    },

    async myBookings(person: PersonActor): Promise<Booking[]> {
      const rows = await repo
        .bookings()
        .where('counselling_bookings.person_id', '=', person.personId)
        .orderBy('counselling_bookings.date', 'desc')
        .orderBy('counselling_bookings.start_time', 'desc')
        .limit(100)
        .execute();
      return rows.map(toBooking);
    },

    async cancelByPerson(
      person: PersonActor,
      id: string,
      reason: string | null | undefined,
    ): Promise<Booking> {
      const b = await repo
        .bookings()
        .where('counselling_bookings.id', '=', id)
        .where('counselling_bookings.person_id', '=', person.personId)
        .executeTakeFirst();
      if (!b) throw notFound('咨询预约');
      if (slotStart(b.date, b.start_time) <= clock.now())
        throw new DomainError('BOOKING_PAST', '咨询时间已到，不能取消');
      return changeBooking(
        id,
        ['requested', 'confirmed'],
        'cancelled',
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

    /** Scores a questionnaire on the server; a severe result opens a counselling_alert task. */
    async screen(person: PersonActor, input: ScreeningInput): Promise<Screening> {
      const instrument: Instrument = input.instrument;
      const check = checkAnswers(instrument, input.answers);
      if (!check.ok) throw invalid('answers', check.message);
      const result = scoreScreening(instrument, input.answers);
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('counselling_screenings')
          .values({
            person_id: person.personId,
            instrument,
            answers_enc: cipher.encrypt(ANSWERS_FIELD, JSON.stringify(input.answers)),
            total: result.total,
            severity: result.severity,
            alert: result.alert,
            alert_reasons: result.alertReasons,
            created_at: clock.now(),
            reviewed_at: null,
            reviewed_by: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (result.alert) {
          const reasons = result.alertReasons.map((r) =>
            r === 'self_harm_thoughts'
              ? '有自伤念头'
              : `总分 ${result.total}（${severityLabels[result.severity].zh}）`,
          );
          await openTask(trx, {
            kind: 'counselling_alert',
            personId: person.personId,
            measureId: null,
            title: `心理自评预警：${instrumentLabels[instrument].zh}，${reasons.join('，')}`,
            dueDate: addDays(today(), ALERT_FOLLOW_UP_DAYS),
            evidence: [
              {
                label: `${instrumentLabels[instrument].zh} ${reasons.join('，')}`,
                date: today(),
                ref: row.id,
              },
            ],
            dedupeKey: `counselling_alert:${row.id}`,
            now: clock.now(),
            ref: { kind: 'screening', id: row.id },
          });
        }
        await audit.record(trx, {
          ...AUDIT_PERSON,
          action: 'counselling.screen',
          targetType: 'person',
          targetId: person.personId,
          details: { screeningId: row.id, instrument, alert: result.alert },
        });
        const s = await createCounsellingRepo(trx)
          .screenings()
          .where('counselling_screenings.id', '=', row.id)
          .executeTakeFirstOrThrow();
        return toScreening(s);
      });
    },

    async myScreenings(person: PersonActor): Promise<Screening[]> {
      const rows = await repo
        .screenings()
        .where('counselling_screenings.person_id', '=', person.personId)
        .orderBy('counselling_screenings.created_at', 'desc')
        .limit(100)
        .execute();
      return rows.map(toScreening);
    },
  };
}
export type CounsellingService = ReturnType<typeof createCounsellingService>;
