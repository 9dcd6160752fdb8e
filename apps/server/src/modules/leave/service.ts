import type {
  HomeDueItem,
  LeaveExtensionInput,
  LeaveListQuery,
  LeaveRequest,
  LeaveRequestInput,
} from '@taobo/contracts';
import {
  absenceDays,
  ACTIVE_LEAVE_STATUSES,
  addDays,
  extensionDecisionDeadline,
  isLeaveOverdue,
  leaveDatesProblem,
  leaveDecisionDeadline,
  leaveNeedsReport,
  leaveTransition,
  overstay,
  type LeaveEvent,
  type LeaveStatus,
} from '@taobo/domain';
import { sql } from 'kysely';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound } from '../../errors.ts';
import { personScope, requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { PersonActor } from '../../platform/access.ts';
import { closeTasksFor, openTask } from '../tasks/tasks.ts';
import type { ViolationService } from '../violations/service.ts';
import { leaveOrder, leaveQuery, type LeaveRow, type LeaveRowWithNames } from './repo.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
const ref = (id: string | null, name: string | null) => (id && name ? { id, name } : null);
const LEAVE_LINK = '/m/leave';

function toLeave(r: LeaveRowWithNames, today: string): LeaveRequest {
  const back = r.returned_on ?? (r.status === 'overdue' ? today : null);
  return {
    id: r.id,
    person: { id: r.person_id, name: r.person_name },
    measureId: r.measure_id,
    status: r.status,
    destination: r.destination,
    destinationCountyId: r.destination_county_id,
    from: r.from_date,
    to: r.to_date,
    originalTo: r.original_to_date,
    days: absenceDays(r.from_date, r.to_date),
    needsReport: leaveNeedsReport(r.from_date, r.to_date),
    reason: r.reason,
    requestedAt: iso(r.requested_at)!,
    decisionDeadline: r.decision_deadline,
    decidedBy: ref(r.decided_by, r.decided_by_name),
    decidedAt: iso(r.decided_at),
    decisionNote: r.decision_note,
    extension:
      r.extension_to && r.extension_requested_at
        ? {
            to: r.extension_to,
            reason: r.extension_reason ?? '',
            requestedAt: iso(r.extension_requested_at)!,
            deadline: r.extension_deadline ?? r.to_date,
            decision: r.extension_decision,
            decidedBy: ref(r.extension_decided_by, r.extension_decided_by_name),
            decidedAt: iso(r.extension_decided_at),
            note: r.extension_note,
          }
        : null,
    returnedOn: r.returned_on,
    overstayDays:
      back && ['overdue', 'closed'].includes(r.status) ? (overstay(r.to_date, back)?.days ?? 0) : 0,
  };
}

/**
 * 在线请假 (戒毒条例 第十九条): the person asks, the responsible officer decides before the deadline,
 * an approved leave is a reported absence, 销假 closes it, and the days beyond its end count as
 * unreported absence for the violation engine (第二十条).
 */
export function createLeaveService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  notifications: NotificationService;
  violations: ViolationService;
}) {
  const { db, clock, audit, notifications, violations } = deps;
  const today = () => businessDate(clock.now());

  function step(status: LeaveStatus, event: LeaveEvent): LeaveStatus {
    const next = leaveTransition(status, event);
    if (!next.ok) throw new DomainError('LEAVE_STATE', next.message);
    return next.status;
  }

  async function load(exec: Db, id: string): Promise<LeaveRowWithNames> {
    return leaveQuery(exec).where('leave_requests.id', '=', id).executeTakeFirstOrThrow();
  }

  async function scoped(actor: Actor, id: string, lock?: Db): Promise<LeaveRow> {
    let q = (lock ?? db)
      .selectFrom('leave_requests')
      .innerJoin('persons', 'persons.id', 'leave_requests.person_id')
      .selectAll('leave_requests')
      .where('leave_requests.id', '=', id)
      .where(personScope(actor));
    if (lock) q = q.forUpdate('leave_requests');
    const row = await q.executeTakeFirst();
    if (!row) throw notFound('请假申请');
    return row;
  }

  async function own(exec: Db, person: PersonActor, id: string, lock = false): Promise<LeaveRow> {
    let q = exec
      .selectFrom('leave_requests')
      .selectAll()
      .where('id', '=', id)
      .where('person_id', '=', person.personId);
    if (lock) q = q.forUpdate();
    const row = await q.executeTakeFirst();
    if (!row) throw notFound('请假申请');
    return row;
  }

  const closeTasks = (trx: Db, leaveId: string, actorId: string | null, note: string) =>
    closeTasksFor(
      trx,
      { kind: 'leave_request', id: leaveId },
      { status: 'done', at: clock.now(), by: actorId, note },
    );

  const personAudit = (person: PersonActor) => ({
    actorId: null,
    actorName: `本人（洮泊家园）${person.name}`,
    ip: null,
  });

  /** The approved days as a reported absence (条例 第十九条), kept in step with the leave's dates. */
  async function recordApprovedDays(trx: Db, r: LeaveRow, to: string) {
    await violations.recordLeaveAbsence(trx, {
      measureId: r.measure_id,
      personId: r.person_id,
      leaveRequestId: r.id,
      from: r.from_date,
      to,
      reported: true,
      destination: r.destination,
      note: '在线请假（已批准）',
    });
  }

  /** The days beyond the approved end, up to `until`: unreported absence (条例 第二十条). */
  async function recordOverstay(trx: Db, r: LeaveRow, until: string): Promise<boolean> {
    const over = overstay(r.to_date, until);
    if (!over) return false;
    await violations.recordLeaveAbsence(trx, {
      measureId: r.measure_id,
      personId: r.person_id,
      leaveRequestId: r.id,
      from: over.from,
      to: over.to,
      reported: false,
      destination: r.destination,
      note: `请假至 ${r.to_date}，逾期未销假`,
    });
    return true;
  }

  async function decide(
    actor: Actor,
    id: string,
    what: 'approve' | 'refuse' | 'approve_extension' | 'refuse_extension',
    note: string | null,
  ): Promise<LeaveRequest> {
    requirePermission(actor, 'leave:decide');
    const day = today();
    await db.transaction().execute(async (trx) => {
      const r = await scoped(actor, id, trx);
      const event: LeaveEvent =
        what === 'refuse_extension'
          ? { type: what, endPassed: isLeaveOverdue(r.to_date, day) }
          : { type: what };
      const status = step(r.status, event);
      const now = clock.now();
      if (what === 'approve' || what === 'refuse') {
        if (what === 'approve' && r.to_date < day)
          throw new DomainError('LEAVE_PAST', '请假期间已过，无法批准；如人员已外出，请按实际情况登记外出');
        await trx
          .updateTable('leave_requests')
          .set({ status, decided_by: actor.id, decided_at: now, decision_note: note })
          .where('id', '=', id)
          .execute();
        if (what === 'approve') await recordApprovedDays(trx, r, r.to_date);
      } else {
        const newTo = what === 'approve_extension' ? r.extension_to! : r.to_date;
        await trx
          .updateTable('leave_requests')
          .set({
            status,
            to_date: newTo,
            extension_decision: what === 'approve_extension' ? 'approved' : 'refused',
            extension_decided_by: actor.id,
            extension_decided_at: now,
            extension_note: note,
          })
          .where('id', '=', id)
          .execute();
        if (what === 'approve_extension') await recordApprovedDays(trx, r, newTo);
        if (status === 'overdue') await recordOverstay(trx, { ...r, to_date: newTo }, addDays(day, -1));
      }
      await closeTasks(trx, id, actor.id, note ?? '');
      const approved = what === 'approve' || what === 'approve_extension';
      const subject = what.endsWith('extension') ? '续假' : '请假';
      await notifications.notify(trx, {
        personId: r.person_id,
        kind: 'leave_decision',
        title: `${subject}申请已${approved ? '同意' : '拒绝'}`,
        body: approved
          ? `您 ${r.from_date} 至 ${what === 'approve_extension' ? r.extension_to : r.to_date} 前往${r.destination}的${subject}已获同意。请按时返回，返回当天在洮泊家园“销假”。`
          : `您前往${r.destination}的${subject}申请未获同意${note ? `：${note}` : ''}。${what === 'refuse_extension' ? `请于 ${r.to_date} 前返回并销假。` : '未经同意离开执行地3日以上属擅自离开（戒毒条例第十九条）。'}`,
        link: LEAVE_LINK,
        dedupeKey: `leave:${id}:${what}`,
      });
      await audit.record(trx, {
        ...auditActor(actor),
        action: `leave.${what}`,
        targetType: 'person',
        targetId: r.person_id,
        reason: note,
        details: { leaveRequestId: id, status },
      });
    });
    return toLeave(await load(db, id), day);
  }

  async function list(base: ReturnType<typeof leaveQuery>, q: LeaveListQuery) {
    let query = base;
    if (q.status === 'todo')
      query = query.where('leave_requests.status', 'in', ['pending', 'extension', 'lapsed', 'overdue']);
    else if (q.status !== 'all') query = query.where('leave_requests.status', '=', q.status);
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const prefix = `${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) =>
        eb.or([
          eb('persons.name', 'like', like),
          eb('persons.name_pinyin', 'like', prefix),
          eb('persons.name_initials', 'like', prefix),
          eb('leave_requests.destination', 'like', like),
        ]),
      );
    }
    const [rows, count] = await Promise.all([
      query
        .orderBy(leaveOrder)
        .orderBy(sql`COALESCE(leave_requests.extension_deadline, leave_requests.decision_deadline)`)
        .orderBy('leave_requests.requested_at', 'desc')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute(),
      query
        .clearSelect()
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    const day = today();
    return { items: rows.map((r) => toLeave(r, day)), total: Number(count.n) };
  }

  return {
    // ——— the person (洮泊家园) ———

    async request(person: PersonActor, input: LeaveRequestInput): Promise<LeaveRequest> {
      const day = today();
      const problem = leaveDatesProblem(input.from, input.to, day);
      if (problem) throw new DomainError('VALIDATION', problem.message, [problem]);
      const id = await db.transaction().execute(async (trx) => {
        const m = await trx
          .selectFrom('measures')
          .innerJoin('persons', 'persons.id', 'measures.person_id')
          .select(['measures.id', 'measures.status', 'measures.term_start', 'persons.county_id'])
          .where('measures.person_id', '=', person.personId)
          .where('measures.status', 'in', ['executing', 'suspended'])
          .forUpdate('measures')
          .executeTakeFirst();
        if (!m || m.status !== 'executing' || !m.term_start)
          throw new DomainError('NO_MEASURE', '您当前没有执行中的社区戒毒（康复），无需请假');
        if (input.destinationCountyId && input.destinationCountyId === m.county_id)
          throw new DomainError('LEAVE_WITHIN_COUNTY', '目的地在执行地所在县（区）内，无需请假', [
            { path: 'destinationCountyId', message: '目的地在执行地所在县（区）内，无需请假' },
          ]);
        const overlap = await trx
          .selectFrom('leave_requests')
          .select('id')
          .where('person_id', '=', person.personId)
          .where('status', 'in', ACTIVE_LEAVE_STATUSES)
          .where('from_date', '<=', input.to)
          .where(sql<boolean>`COALESCE(extension_to, to_date) >= ${input.from}`)
          .executeTakeFirst();
        if (overlap) throw new DomainError('LEAVE_OVERLAPS', '与您尚未结束的请假时间重叠');
        const deadline = leaveDecisionDeadline(day, input.from);
        const row = await trx
          .insertInto('leave_requests')
          .values({
            person_id: person.personId,
            measure_id: m.id,
            status: 'pending',
            destination: input.destination,
            destination_county_id: input.destinationCountyId ?? null,
            from_date: input.from,
            to_date: input.to,
            original_to_date: input.to,
            reason: input.reason,
            requested_at: clock.now(),
            decision_deadline: deadline,
            decided_by: null,
            decided_at: null,
            decision_note: null,
            extension_to: null,
            extension_reason: null,
            extension_requested_at: null,
            extension_deadline: null,
            extension_decision: null,
            extension_decided_by: null,
            extension_decided_at: null,
            extension_note: null,
            returned_on: null,
            returned_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await openTask(trx, {
          kind: 'leave_decision',
          personId: person.personId,
          measureId: m.id,
          title: `请假审批：${input.from} 至 ${input.to} 前往${input.destination}`,
          dueDate: deadline,
          evidence: [
            { label: `请假事由：${input.reason}`, date: null, ref: null },
            { label: '依据《戒毒条例》第十九条', date: null, ref: null },
          ],
          dedupeKey: `leave:${row.id}`,
          now: clock.now(),
          ref: { kind: 'leave_request', id: row.id },
        });
        await audit.record(trx, {
          ...personAudit(person),
          action: 'leave.request',
          targetType: 'person',
          targetId: person.personId,
          details: { leaveRequestId: row.id, days: absenceDays(input.from, input.to) },
        });
        return row.id;
      });
      return toLeave(await load(db, id), day);
    },

    async mine(person: PersonActor): Promise<LeaveRequest[]> {
      const day = today();
      const rows = await leaveQuery(db)
        .where('leave_requests.person_id', '=', person.personId)
        .orderBy('leave_requests.requested_at', 'desc')
        .limit(50)
        .execute();
      return rows.map((r) => toLeave(r, day));
    },

    async requestExtension(
      person: PersonActor,
      id: string,
      input: LeaveExtensionInput,
    ): Promise<LeaveRequest> {
      const day = today();
      await db.transaction().execute(async (trx) => {
        const r = await own(trx, person, id, true);
        const status = step(r.status, { type: 'request_extension' });
        if (isLeaveOverdue(r.to_date, day)) throw new DomainError('LEAVE_ENDED', '请假已到期，请先返回销假');
        if (input.to <= r.to_date)
          throw new DomainError('VALIDATION', `续假后的返回日期须晚于 ${r.to_date}`, [
            { path: 'to', message: `续假后的返回日期须晚于 ${r.to_date}` },
          ]);
        const deadline = extensionDecisionDeadline(day, r.to_date);
        await trx
          .updateTable('leave_requests')
          .set({
            status,
            extension_to: input.to,
            extension_reason: input.reason,
            extension_requested_at: clock.now(),
            extension_deadline: deadline,
            extension_decision: null,
            extension_decided_by: null,
            extension_decided_at: null,
            extension_note: null,
          })
          .where('id', '=', id)
          .execute();
        await openTask(trx, {
          kind: 'leave_decision',
          personId: r.person_id,
          measureId: r.measure_id,
          title: `续假审批：${r.destination}，返回日期由 ${r.to_date} 延至 ${input.to}`,
          dueDate: deadline,
          evidence: [{ label: `续假事由：${input.reason}`, date: null, ref: null }],
          dedupeKey: `leave-extension:${id}:${input.to}`,
          now: clock.now(),
          ref: { kind: 'leave_request', id },
        });
        await audit.record(trx, {
          ...personAudit(person),
          action: 'leave.request_extension',
          targetType: 'person',
          targetId: r.person_id,
          details: { leaveRequestId: id },
        });
      });
      return toLeave(await load(db, id), day);
    },

    /** 销假: the person is back today. Days beyond the approved end were unreported absence. */
    async returnBack(person: PersonActor, id: string): Promise<LeaveRequest> {
      const day = today();
      await db.transaction().execute(async (trx) => {
        const r = await own(trx, person, id, true);
        const status = step(r.status, { type: 'return' });
        if (day < r.from_date) throw new DomainError('LEAVE_NOT_STARTED', '请假尚未开始，无需销假');
        await trx
          .updateTable('leave_requests')
          .set({ status, returned_on: day, returned_at: clock.now() })
          .where('id', '=', id)
          .execute();
        // The reported absence ends on the day of return, or on the approved end if later.
        if (day <= r.to_date) await recordApprovedDays(trx, r, day);
        else await recordOverstay(trx, r, day);
        await closeTasks(trx, id, null, '本人已销假');
        await audit.record(trx, {
          ...personAudit(person),
          action: 'leave.return',
          targetType: 'person',
          targetId: r.person_id,
          details: { leaveRequestId: id, returnedOn: day },
        });
      });
      return toLeave(await load(db, id), day);
    },

    /** For the home screen (a HomeDueProvider): a leave to close (销假) or awaiting its decision. */
    async homeDue(personId: string, day: string): Promise<HomeDueItem[]> {
      const rows = await db
        .selectFrom('leave_requests')
        .selectAll()
        .where('person_id', '=', personId)
        .where('status', 'in', ACTIVE_LEAVE_STATUSES)
        .orderBy('from_date')
        .execute();
      return rows.flatMap((r): HomeDueItem[] => {
        if (r.status === 'overdue')
          return [
            {
              kind: 'leave',
              title: '请假已到期',
              detail: `请尽快返回并销假（应于 ${r.to_date} 返回）`,
              date: r.to_date,
              link: LEAVE_LINK,
              urgent: true,
            },
          ];
        if ((r.status === 'approved' || r.status === 'extension') && r.from_date <= day)
          return [
            {
              kind: 'leave',
              title: '销假',
              detail: `返回执行地当天请销假（${r.to_date} 前）`,
              date: r.to_date,
              link: LEAVE_LINK,
              urgent: r.to_date <= day,
            },
          ];
        if (r.status === 'pending' || r.status === 'lapsed')
          return [
            {
              kind: 'leave',
              title: '请假待审批',
              detail: `前往${r.destination}，未获同意前请勿离开`,
              date: r.from_date,
              link: LEAVE_LINK,
              urgent: false,
            },
          ];
        return [];
      });
    },

    // ——— staff ———

    async list(actor: Actor, q: LeaveListQuery) {
      requirePermission(actor, 'measure:read');
      return list(leaveQuery(db).where(personScope(actor)), q);
    },

    async get(actor: Actor, id: string): Promise<LeaveRequest> {
      requirePermission(actor, 'measure:read');
      await scoped(actor, id);
      return toLeave(await load(db, id), today());
    },

    async listForPerson(actor: Actor, personId: string): Promise<LeaveRequest[]> {
      requirePermission(actor, 'measure:read');
      const rows = await leaveQuery(db)
        .where('leave_requests.person_id', '=', personId)
        .where(personScope(actor))
        .orderBy('leave_requests.from_date', 'desc')
        .execute();
      if (!rows.length) {
        const p = await db
          .selectFrom('persons')
          .select('id')
          .where('id', '=', personId)
          .where(personScope(actor))
          .executeTakeFirst();
        if (!p) throw notFound('人员档案');
      }
      const day = today();
      return rows.map((r) => toLeave(r, day));
    },

    approve: (actor: Actor, id: string, note: string | null) => decide(actor, id, 'approve', note),
    refuse: (actor: Actor, id: string, note: string) => decide(actor, id, 'refuse', note),
    approveExtension: (actor: Actor, id: string, note: string | null) =>
      decide(actor, id, 'approve_extension', note),
    refuseExtension: (actor: Actor, id: string, note: string) => decide(actor, id, 'refuse_extension', note),

    /** For the remote-upload module: whether `date` lies within an approved leave of the person. */
    async isOnApprovedLeave(personId: string, date: string): Promise<boolean> {
      const row = await db
        .selectFrom('leave_requests')
        .select('id')
        .where('person_id', '=', personId)
        .where('from_date', '<=', date)
        .where('to_date', '>=', date)
        .where((eb) =>
          eb.or([
            eb('status', 'in', ['approved', 'extension', 'overdue']),
            eb.and([eb('status', '=', 'closed'), eb('returned_on', '>=', date)]),
          ]),
        )
        .executeTakeFirst();
      return row !== undefined;
    },

    /**
     * The daily sweep's part: undecided requests past their deadline become 超时未审批; approved
     * leave past its end becomes 超时未归, and every day away beyond the end is recorded as
     * unreported absence, so 3 days make a departure (条例 第十九、二十条).
     */
    async sweep(trx: Db, day: string): Promise<{ lapsed: number; overdue: number }> {
      const result = { lapsed: 0, overdue: 0 };
      const lapsing = await trx
        .selectFrom('leave_requests')
        .selectAll()
        .where('status', '=', 'pending')
        .where('decision_deadline', '<', day)
        .forUpdate()
        .execute();
      for (const r of lapsing) {
        await trx
          .updateTable('leave_requests')
          .set({ status: step(r.status, { type: 'deadline_passed' }) })
          .where('id', '=', r.id)
          .execute();
        result.lapsed++;
      }
      const running = await trx
        .selectFrom('leave_requests')
        .selectAll()
        .where('status', 'in', ['approved', 'overdue'])
        .where('to_date', '<', day)
        .forUpdate()
        .execute();
      for (const r of running) {
        if (r.status === 'approved') {
          await trx
            .updateTable('leave_requests')
            .set({ status: step(r.status, { type: 'end_passed' }) })
            .where('id', '=', r.id)
            .execute();
          result.overdue++;
          await notifications.notify(trx, {
            personId: r.person_id,
            kind: 'leave_overdue',
            title: '请假已到期，请尽快返回销假',
            body: `您的请假已于 ${r.to_date} 到期。请尽快返回并在洮泊家园“销假”；逾期未归按擅自离开执行地处理（戒毒条例第十九条、第二十条）。`,
            link: LEAVE_LINK,
            dedupeKey: `leave:${r.id}:overdue`,
          });
        }
        // Still away: the unreported days run to yesterday (today they may yet come back).
        await recordOverstay(trx, r, addDays(day, -1));
      }
      return result;
    },
  };
}
export type LeaveService = ReturnType<typeof createLeaveService>;
