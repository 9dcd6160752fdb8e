import type { LeaveListQuery, LeavePolicy, LeavePolicyInput, LeaveRequest } from '@taobo/contracts';
import { addDays, isLeaveOverdue, officerLeaveEvent, type LeaveAction, type LeaveEvent } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError, notFound } from '../../errors.ts';
import { isWithin, requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { NotificationService } from '../notifications/service.ts';
import { closeTasksFor } from '../tasks/tasks.ts';
import type { ViolationService } from '../violations/service.ts';
import { leaveQueries, type LeaveRepo, type LeaveRow } from './repo.ts';
import { LEAVE_LINK, leaveAbsences, step, toLeave } from './shared.ts';

/** What the person is told of an acknowledgment (已知悉) or, under an approval policy, a decision. */
function decisionMessage(r: LeaveRow, event: LeaveEvent, note: string | null, to: string) {
  const away = `${r.from_date} 至 ${to} 前往${r.destination}`;
  const back = '请按时返回，返回当天在洮泊家园“销假”。';
  switch (event.type) {
    case 'acknowledge': {
      const extension = r.decided_by !== null;
      return {
        title: extension ? '续报已知悉' : '外出报告已知悉',
        body: `专干已知悉您${away}的${extension ? '续报' : '外出报告'}。${note ? `专干提醒：${note}。` : ''}${back}`,
      };
    }
    case 'approve':
    case 'approve_extension': {
      const subject = event.type === 'approve' ? '请假' : '续假';
      return { title: `${subject}申请已同意`, body: `您${away}的${subject}已获同意。${back}` };
    }
    default: {
      const extension = event.type === 'refuse_extension';
      return {
        title: `${extension ? '续假' : '请假'}申请未获同意`,
        body: `您前往${r.destination}的${extension ? '续假' : '请假'}申请未获同意${note ? `：${note}` : ''}。${
          extension
            ? `请于 ${r.to_date} 前返回并销假。`
            : '按本县社区戒毒（康复）协议约定，外出须经同意（地方政策）；如确需外出，请与专干联系。'
        }`,
      };
    }
  }
}

/**
 * 外出报告 / 在线请假 (戒毒条例 第十九条), the officer's side: the list; acknowledging a report (已知悉,
 * with a concern note if any) — or, where the county's agreement adds an approval step (local
 * policy), deciding a request or its extension; the county's policy; and the daily sweep (超时未审批,
 * 超时未归, and the days beyond the end as unreported absence, 第二十条). The person's side is
 * `myLeave.ts`.
 */
export function createLeaveService(deps: {
  repo: LeaveRepo;
  clock: Clock;
  audit: AuditLog;
  notifications: NotificationService;
  violations: ViolationService;
  /** A county whose policy the actor may see (404 otherwise): the policies module's check. */
  policyCounty: (actor: Actor, countyId: string) => Promise<{ path: string }>;
}) {
  const { repo, clock, audit, notifications, policyCounty } = deps;
  const absences = leaveAbsences(deps.violations);
  const today = () => businessDate(clock.now());

  async function decide(
    actor: Actor,
    id: string,
    what: LeaveAction,
    note: string | null,
  ): Promise<LeaveRequest> {
    requirePermission(actor, 'leave:decide');
    const day = today();
    await repo.transaction(async (rp, trx) => {
      const r = await rp.findScoped(actor, id, true);
      if (!r) throw notFound('请假申请');
      // A report is acknowledged, never approved or refused (条例 第十九条); see officerLeaveEvent.
      const mapped = officerLeaveEvent(r.mode, what, isLeaveOverdue(r.to_date, day));
      if (!mapped.ok) throw new DomainError(mapped.code, mapped.message);
      const event = mapped.event;
      const status = step(r.status, event);
      const now = clock.now();
      let to = r.to_date;
      if (event.type === 'acknowledge') {
        const extensionOpen = r.extension_requested_at !== null && r.extension_decision === null;
        await rp.update(id, {
          status,
          ...(r.decided_by === null && { decided_by: actor.id, decided_at: now, decision_note: note }),
          ...(extensionOpen && {
            extension_decision: 'acknowledged' as const,
            extension_decided_by: actor.id,
            extension_decided_at: now,
            extension_note: note,
          }),
        });
      } else if (event.type === 'approve' || event.type === 'refuse') {
        if (event.type === 'approve' && isLeaveOverdue(r.to_date, day))
          throw new DomainError('LEAVE_PAST', '请假期间已过，无法批准；如人员已外出，请按实际情况登记外出');
        await rp.update(id, { status, decided_by: actor.id, decided_at: now, decision_note: note });
        if (event.type === 'approve') await absences.reportedDays(trx, r, r.to_date);
      } else {
        to = event.type === 'approve_extension' ? r.extension_to! : r.to_date;
        await rp.update(id, {
          status,
          to_date: to,
          extension_decision: event.type === 'approve_extension' ? 'approved' : 'refused',
          extension_decided_by: actor.id,
          extension_decided_at: now,
          extension_note: note,
        });
        if (event.type === 'approve_extension') await absences.reportedDays(trx, r, to);
        if (status === 'overdue') await absences.overstay(trx, { ...r, to_date: to }, addDays(day, -1));
      }
      await closeTasksFor(
        trx,
        { kind: 'leave_request', id },
        { status: 'done', at: now, by: actor.id, note: note ?? '' },
      );
      await notifications.notify(trx, {
        personId: r.person_id,
        kind: 'leave_decision',
        ...decisionMessage(r, event, note, to),
        link: LEAVE_LINK,
        dedupeKey:
          event.type === 'acknowledge' ? `leave:${id}:acknowledge:${r.to_date}` : `leave:${id}:${event.type}`,
      });
      await audit.record(trx, {
        ...auditActor(actor),
        action: `leave.${event.type}`,
        targetType: 'person',
        targetId: r.person_id,
        reason: note,
        details: { leaveRequestId: id, status, mode: r.mode },
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

    /** 已知悉: the officer has read the report (条例 第十九条), with a concern note if any. */
    acknowledge: (actor: Actor, id: string, note: string | null) => decide(actor, id, 'acknowledge', note),
    /** Under an approval policy, approves; on a report, acknowledges it (the route predates reports). */
    approve: (actor: Actor, id: string, note: string | null) => decide(actor, id, 'approve', note),
    refuse: (actor: Actor, id: string, note: string) => decide(actor, id, 'refuse', note),
    approveExtension: (actor: Actor, id: string, note: string | null) =>
      decide(actor, id, 'approve_extension', note),
    refuseExtension: (actor: Actor, id: string, note: string) => decide(actor, id, 'refuse_extension', note),

    /** For the remote-upload module: whether `date` lies within leave the person reported (or was granted). */
    isAwayOnLeave: (personId: string, date: string): Promise<boolean> => repo.onLeave(personId, date),

    /** The county's leave policy: whether its agreement adds an approval step (local policy). */
    async policy(actor: Actor, countyId: string): Promise<LeavePolicy> {
      requirePermission(actor, 'measure:read');
      await policyCounty(actor, countyId);
      return repo.policy(countyId);
    },

    async setPolicy(actor: Actor, countyId: string, input: LeavePolicyInput): Promise<LeavePolicy> {
      requirePermission(actor, 'policy:manage');
      const unit = await policyCounty(actor, countyId);
      if (!isWithin(unit.path, actor.orgPath))
        throw new DomainError('FORBIDDEN', '只能设置本辖区县（区）的外出报告政策');
      await repo.transaction(async (r, trx) => {
        await r.setPolicy({ countyId, ...input, at: clock.now(), by: actor.id });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'leave.policy',
          targetType: 'org_unit',
          targetId: countyId,
          details: { ...input },
        });
      });
      return repo.policy(countyId);
    },

    /**
     * The daily sweep's part, inside the sweep's transaction: under an approval policy, undecided
     * requests past their deadline become 超时未审批; reported (or approved) leave past its end becomes
     * 超时未归, and every day away beyond the end is recorded as unreported absence, so 3 days make a
     * departure (条例 第十九、二十条; the reported day of return not counted, 民法典 第二百零一条).
     */
    async sweep(trx: Db, day: string): Promise<{ lapsed: number; overdue: number }> {
      const r = leaveQueries(trx);
      const result = { lapsed: 0, overdue: 0 };
      for (const l of await r.lapsing(day)) {
        await r.update(l.id, { status: step(l.status, { type: 'deadline_passed' }) });
        result.lapsed++;
      }
      for (const l of await r.pastEnd(day)) {
        if (l.status !== 'overdue') {
          await r.update(l.id, { status: step(l.status, { type: 'end_passed' }) });
          result.overdue++;
          await notifications.notify(trx, {
            personId: l.person_id,
            kind: 'leave_overdue',
            title: '外出已到期，请尽快返回销假',
            body: `您报告的返回日期是 ${l.to_date}。请尽快返回并在洮泊家园“销假”；超过返回日期未归的天数不在报告之内，达3日以上按擅自离开执行地处理（戒毒条例第十九条、第二十条）。`,
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
