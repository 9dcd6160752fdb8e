import type { LeaveListQuery, LeaveRequest } from '@taobo/contracts';
import { addDays, isLeaveOverdue, type LeaveEvent } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { NotificationService } from '../notifications/service.ts';
import { closeTasksFor } from '../tasks/tasks.ts';
import type { ViolationService } from '../violations/service.ts';
import { leaveQueries, type LeaveRepo, type LeaveRow } from './repo.ts';
import { LEAVE_LINK, leaveAbsences, step, toLeave } from './shared.ts';

type Decision = 'approve' | 'refuse' | 'approve_extension' | 'refuse_extension';

/** What the person is told of a decision. */
function decisionMessage(r: LeaveRow, what: Decision, note: string | null) {
  const approved = what === 'approve' || what === 'approve_extension';
  const subject = what.endsWith('extension') ? '续假' : '请假';
  return {
    title: `${subject}申请已${approved ? '同意' : '拒绝'}`,
    body: approved
      ? `您 ${r.from_date} 至 ${what === 'approve_extension' ? r.extension_to : r.to_date} 前往${r.destination}的${subject}已获同意。请按时返回，返回当天在洮泊家园“销假”。`
      : `您前往${r.destination}的${subject}申请未获同意${note ? `：${note}` : ''}。${what === 'refuse_extension' ? `请于 ${r.to_date} 前返回并销假。` : '未经同意离开执行地3日以上属擅自离开（戒毒条例第十九条）。'}`,
  };
}

/**
 * 在线请假 (戒毒条例 第十九条), the officer's side: the list, the decision on a request or its
 * extension before the deadline, and the daily sweep (超时未审批, 超时未归, and the days beyond the
 * end as unreported absence, 第二十条). The person's side is `myLeave.ts`.
 */
export function createLeaveService(deps: {
  repo: LeaveRepo;
  clock: Clock;
  audit: AuditLog;
  notifications: NotificationService;
  violations: ViolationService;
}) {
  const { repo, clock, audit, notifications } = deps;
  const absences = leaveAbsences(deps.violations);
  const today = () => businessDate(clock.now());

  async function decide(
    actor: Actor,
    id: string,
    what: Decision,
    note: string | null,
  ): Promise<LeaveRequest> {
    requirePermission(actor, 'leave:decide');
    const day = today();
    await repo.transaction(async (rp, trx) => {
      const r = await rp.findScoped(actor, id, true);
      if (!r) throw notFound('请假申请');
      const event: LeaveEvent =
        what === 'refuse_extension'
          ? { type: what, endPassed: isLeaveOverdue(r.to_date, day) }
          : { type: what };
      const status = step(r.status, event);
      const now = clock.now();
      if (what === 'approve' || what === 'refuse') {
        if (what === 'approve' && isLeaveOverdue(r.to_date, day))
          throw new DomainError('LEAVE_PAST', '请假期间已过，无法批准；如人员已外出，请按实际情况登记外出');
        await rp.update(id, { status, decided_by: actor.id, decided_at: now, decision_note: note });
        if (what === 'approve') await absences.approvedDays(trx, r, r.to_date);
      } else {
        const newTo = what === 'approve_extension' ? r.extension_to! : r.to_date;
        await rp.update(id, {
          status,
          to_date: newTo,
          extension_decision: what === 'approve_extension' ? 'approved' : 'refused',
          extension_decided_by: actor.id,
          extension_decided_at: now,
          extension_note: note,
        });
        if (what === 'approve_extension') await absences.approvedDays(trx, r, newTo);
        if (status === 'overdue') await absences.overstay(trx, { ...r, to_date: newTo }, addDays(day, -1));
      }
      await closeTasksFor(
        trx,
        { kind: 'leave_request', id },
        { status: 'done', at: now, by: actor.id, note: note ?? '' },
      );
      await notifications.notify(trx, {
        personId: r.person_id,
        kind: 'leave_decision',
        ...decisionMessage(r, what, note),
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
    return toLeave(await repo.byId(id), day);
  }

  return {
    async list(actor: Actor, q: LeaveListQuery) {
      requirePermission(actor, 'measure:read');
      const { rows, total } = await repo.list(actor, q);
      const day = today();
      return { items: rows.map((r) => toLeave(r, day)), total };
    },

    async get(actor: Actor, id: string): Promise<LeaveRequest> {
      requirePermission(actor, 'measure:read');
      if (!(await repo.findScoped(actor, id))) throw notFound('请假申请');
      return toLeave(await repo.byId(id), today());
    },

    async listForPerson(actor: Actor, personId: string): Promise<LeaveRequest[]> {
      requirePermission(actor, 'measure:read');
      const rows = await repo.forPerson(actor, personId);
      if (!rows.length && !(await repo.personInScope(actor, personId))) throw notFound('人员档案');
      const day = today();
      return rows.map((r) => toLeave(r, day));
    },

    approve: (actor: Actor, id: string, note: string | null) => decide(actor, id, 'approve', note),
    refuse: (actor: Actor, id: string, note: string) => decide(actor, id, 'refuse', note),
    approveExtension: (actor: Actor, id: string, note: string | null) =>
      decide(actor, id, 'approve_extension', note),
    refuseExtension: (actor: Actor, id: string, note: string) => decide(actor, id, 'refuse_extension', note),

    /** For the remote-upload module: whether `date` lies within an approved leave of the person. */
    isOnApprovedLeave: (personId: string, date: string): Promise<boolean> =>
      repo.onApprovedLeave(personId, date),

    /**
     * The daily sweep's part, inside the sweep's transaction: undecided requests past their
     * deadline become 超时未审批; approved leave past its end becomes 超时未归, and every day away
     * beyond the end is recorded as unreported absence, so 3 days make a departure (条例 第十九、二十条).
     */
    async sweep(trx: Db, day: string): Promise<{ lapsed: number; overdue: number }> {
      const r = leaveQueries(trx);
      const result = { lapsed: 0, overdue: 0 };
      for (const l of await r.lapsing(day)) {
        await r.update(l.id, { status: step(l.status, { type: 'deadline_passed' }) });
        result.lapsed++;
      }
      for (const l of await r.pastEnd(day)) {
        if (l.status === 'approved') {
          await r.update(l.id, { status: step(l.status, { type: 'end_passed' }) });
          result.overdue++;
          await notifications.notify(trx, {
            personId: l.person_id,
            kind: 'leave_overdue',
            title: '请假已到期，请尽快返回销假',
            body: `您的请假已于 ${l.to_date} 到期。请尽快返回并在洮泊家园“销假”；逾期未归按擅自离开执行地处理（戒毒条例第十九条、第二十条）。`,
            link: LEAVE_LINK,
            dedupeKey: `leave:${l.id}:overdue`,
          });
        }
        // Still away: the unreported days run to yesterday (today they may yet come back).
        await absences.overstay(trx, l, addDays(day, -1));
      }
      return result;
    },
  };
}
export type LeaveService = ReturnType<typeof createLeaveService>;
