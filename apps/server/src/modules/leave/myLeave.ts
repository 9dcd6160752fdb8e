import type {
  HomeDueItem,
  LeaveExtensionInput,
  LeavePolicy,
  LeaveRequest,
  LeaveRequestInput,
} from '@taobo/contracts';
import {
  absenceDays,
  extensionDecisionDeadline,
  extensionEvent,
  initialLeaveStatus,
  isLeaveOverdue,
  leaveDatesProblem,
  leaveDecisionDeadline,
  leaveModeFor,
  leaveNeedsReport,
  REPORTABLE_ABSENCE_DAYS,
} from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import type { PersonActor } from '../../platform/access.ts';
import type { AuditLog } from '../../platform/audit/auditLog.ts';
import { closeTasksFor, openTask } from '../tasks/tasks.ts';
import type { ViolationService } from '../violations/service.ts';
import type { LeaveRepo, LeaveRow } from './repo.ts';
import { LEAVE_LINK, leaveAbsences, step, toLeave } from './shared.ts';

const personAudit = (person: PersonActor) => ({
  actorId: null,
  actorName: `本人（洮泊家园）${person.name}`,
  ip: null,
});

/** What the home screen shows for a running request: a leave to close (销假) or awaiting its decision. */
function dueItem(r: LeaveRow, day: string): HomeDueItem | null {
  if (r.status === 'overdue')
    return {
      kind: 'leave',
      title: '外出已到期',
      detail: `请尽快返回并销假（应于 ${r.to_date} 返回）`,
      date: r.to_date,
      link: LEAVE_LINK,
      urgent: true,
    };
  const away = ['reported', 'acknowledged', 'approved', 'extension'].includes(r.status);
  if (away && r.from_date <= day)
    return {
      kind: 'leave',
      title: '销假',
      detail: `返回执行地当天请销假（${r.to_date} 前）`,
      date: r.to_date,
      link: LEAVE_LINK,
      urgent: r.to_date <= day,
    };
  if (r.status === 'pending' || r.status === 'lapsed')
    return {
      kind: 'leave',
      title: '请假待审批',
      detail: `前往${r.destination}；本县协议约定外出须经同意，未获同意前请勿离开`,
      date: r.from_date,
      link: LEAVE_LINK,
      urgent: false,
    };
  return null;
}

/** The officer's task for a new report or request, or for more days. */
function taskTitle(mode: 'report' | 'approval', extension: boolean, what: string, from: string, to: string) {
  if (mode === 'approval') return `${extension ? '续假' : '请假'}审批（地方政策）：${what}`;
  if (extension) return `知悉续报：${what}`;
  return leaveNeedsReport(from, to)
    ? `知悉外出报告：${what}`
    : `知悉外出告知（不满${REPORTABLE_ABSENCE_DAYS}日，无须报告）：${what}`;
}

/**
 * 外出报告 / 在线请假 (戒毒条例 第十九条), the person's side (洮泊家园): report a trip (or, where the
 * county's agreement adds an approval step, ask for it), report or ask for more days while away, and
 * 销假 on return; days beyond the reported end count as unreported absence (第二十条).
 */
export function createMyLeaveService(deps: {
  repo: LeaveRepo;
  clock: Clock;
  audit: AuditLog;
  violations: ViolationService;
}) {
  const { repo, clock, audit } = deps;
  const absences = leaveAbsences(deps.violations);
  const today = () => businessDate(clock.now());

  return {
    async request(person: PersonActor, input: LeaveRequestInput): Promise<LeaveRequest> {
      const day = today();
      const problem = leaveDatesProblem(input.from, input.to, day);
      if (problem) throw invalid(problem.path, problem.message);
      const id = await repo.transaction(async (r, trx) => {
        const m = await r.lockCurrentMeasure(person.personId);
        if (!m || m.status !== 'executing' || !m.term_start)
          throw new DomainError('NO_MEASURE', '您当前没有执行中的社区戒毒（康复），无需请假');
        if (input.destinationCountyId && input.destinationCountyId === m.county_id)
          throw invalid(
            'destinationCountyId',
            '目的地在执行地所在县（区）内，无需请假',
            'LEAVE_WITHIN_COUNTY',
          );
        if (await r.overlaps(person.personId, input.from, input.to))
          throw new DomainError('LEAVE_OVERLAPS', '与您尚未结束的请假时间重叠');
        const deadline = leaveDecisionDeadline(day, input.from);
        const mode = leaveModeFor((await r.policy(m.county_id)).approvalRequired);
        const id = await r.insert({
          person_id: person.personId,
          measure_id: m.id,
          mode,
          status: initialLeaveStatus(mode),
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
        });
        // A report covers the trip from the moment it is made (条例 第十九条): nothing to wait for.
        if (mode === 'report')
          await absences.reportedDays(trx, (await r.findOwn(person.personId, id))!, input.to);
        await openTask(trx, {
          kind: 'leave_decision',
          personId: person.personId,
          measureId: m.id,
          title: taskTitle(
            mode,
            false,
            `${input.from} 至 ${input.to} 前往${input.destination}`,
            input.from,
            input.to,
          ),
          dueDate: deadline,
          evidence: [
            { label: `外出事由：${input.reason}`, date: null, ref: null },
            {
              label:
                mode === 'report'
                  ? '依据《戒毒条例》第十九条：书面报告即可，无须审批'
                  : '本县社区戒毒协议约定外出须经同意（地方政策）',
              date: null,
              ref: null,
            },
          ],
          dedupeKey: `leave:${id}`,
          now: clock.now(),
          ref: { kind: 'leave_request', id },
        });
        await audit.record(trx, {
          ...personAudit(person),
          action: mode === 'report' ? 'leave.report' : 'leave.request',
          targetType: 'person',
          targetId: person.personId,
          details: { leaveRequestId: id, mode, days: absenceDays(input.from, input.to) },
        });
        return id;
      });
      return toLeave(await repo.byId(id), day);
    },

    /** The county's policy, so the app can say what happens next: a report (default) or a request. */
    async policy(person: PersonActor): Promise<LeavePolicy> {
      return repo.policy(await repo.personCounty(person.personId));
    },

    async mine(person: PersonActor): Promise<LeaveRequest[]> {
      const day = today();
      return (await repo.ofPerson(person.personId)).map((r) => toLeave(r, day));
    },

    async requestExtension(
      person: PersonActor,
      id: string,
      input: LeaveExtensionInput,
    ): Promise<LeaveRequest> {
      const day = today();
      await repo.transaction(async (rp, trx) => {
        const r = await rp.findOwn(person.personId, id, true);
        if (!r) throw notFound('请假申请');
        const event = extensionEvent(r.mode);
        const status = step(r.status, event);
        if (isLeaveOverdue(r.to_date, day)) throw new DomainError('LEAVE_ENDED', '外出已到期，请先返回销假');
        if (input.to <= r.to_date) throw invalid('to', `新的返回日期须晚于 ${r.to_date}`);
        const deadline = extensionDecisionDeadline(day, r.to_date);
        const reporting = r.mode === 'report';
        await rp.update(id, {
          status,
          // A report of more days covers them at once (条例 第十九条); a request waits for approval.
          ...(reporting && { to_date: input.to }),
          extension_to: input.to,
          extension_reason: input.reason,
          extension_requested_at: clock.now(),
          extension_deadline: deadline,
          extension_decision: null,
          extension_decided_by: null,
          extension_decided_at: null,
          extension_note: null,
        });
        if (reporting) await absences.reportedDays(trx, r, input.to);
        await openTask(trx, {
          kind: 'leave_decision',
          personId: r.person_id,
          measureId: r.measure_id,
          title: taskTitle(
            r.mode,
            true,
            `${r.destination}，返回日期由 ${r.to_date} 延至 ${input.to}`,
            r.from_date,
            input.to,
          ),
          dueDate: deadline,
          evidence: [{ label: `${reporting ? '续报' : '续假'}事由：${input.reason}`, date: null, ref: null }],
          dedupeKey: `leave-extension:${id}:${input.to}`,
          now: clock.now(),
          ref: { kind: 'leave_request', id },
        });
        await audit.record(trx, {
          ...personAudit(person),
          action: `leave.${event.type}`,
          targetType: 'person',
          targetId: r.person_id,
          details: { leaveRequestId: id, to: input.to },
        });
      });
      return toLeave(await repo.byId(id), day);
    },

    /** 销假: the person is back today. Days beyond the approved end were unreported absence. */
    async returnBack(person: PersonActor, id: string): Promise<LeaveRequest> {
      const day = today();
      await repo.transaction(async (rp, trx) => {
        const r = await rp.findOwn(person.personId, id, true);
        if (!r) throw notFound('请假申请');
        const status = step(r.status, { type: 'return' });
        // The absence ends today: shortened to today within the reported dates, or its days beyond them unreported.
        if (day < r.from_date) throw new DomainError('LEAVE_NOT_STARTED', '请假尚未开始，无需销假');
        await rp.update(id, { status, returned_on: day, returned_at: clock.now() });
        if (!isLeaveOverdue(r.to_date, day)) await absences.reportedDays(trx, r, day);
        else await absences.overstay(trx, r, day);
        await closeTasksFor(
          trx,
          { kind: 'leave_request', id },
          { status: 'done', at: clock.now(), by: null, note: '本人已销假' },
        );
        await audit.record(trx, {
          ...personAudit(person),
          action: 'leave.return',
          targetType: 'person',
          targetId: r.person_id,
          details: { leaveRequestId: id, returnedOn: day },
        });
      });
      return toLeave(await repo.byId(id), day);
    },

    /** For the home screen (a HomeDueProvider): a leave to close (销假) or awaiting its decision. */
    async homeDue(personId: string, day: string): Promise<HomeDueItem[]> {
      return (await repo.active(personId)).flatMap((r) => dueItem(r, day) ?? []);
    },
  };
}
export type MyLeaveService = ReturnType<typeof createMyLeaveService>;
