import type { Absence, AbsenceInput, Measure, RefusalDecisionInput, Violation } from '@taobo/contracts';
import {
  absenceDays,
  addDays,
  isUnauthorisedDeparture,
  policeReportDueBy,
  seriousViolation,
  seriousViolationReasonLabels,
  type Calendar,
} from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { TestRow } from '../drugTests/tables.ts';
import type { AbsenceRow, ViolationRow } from './tables.ts';
import { DomainError, notFound, invalid } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import { excuseTest } from '../drugTests/testPlan.ts';
import type { MeasureService } from '../measures/service.ts';
import type { PersonService } from '../persons/service.ts';
import { openTask, type Evidence } from '../tasks/tasks.ts';
import { educateIfOrdinary } from './education.ts';
import { createViolationRepo, type ViolationRepo } from './repo.ts';

const toAbsence = (a: AbsenceRow): Absence => ({
  id: a.id,
  from: a.from_date,
  to: a.to_date,
  days: absenceDays(a.from_date, a.to_date),
  reported: a.reported,
  unauthorisedDeparture: isUnauthorisedDeparture({ from: a.from_date, to: a.to_date, reported: a.reported }),
  destination: a.destination,
  source: a.source,
  createdAt: new Date(a.created_at).toISOString(),
});

export function createViolationService(deps: {
  repo: ViolationRepo;
  clock: Clock;
  audit: AuditLog;
  measures: MeasureService;
  persons: PersonService;
  calendar: () => Promise<Calendar>;
}) {
  const { repo, clock, audit, measures, persons, calendar } = deps;
  const today = () => businessDate(clock.now());

  /**
   * 严重违反社区戒毒协议 (戒毒条例 第二十条): evading or refusing tests ≥ 3 times, leaving without
   * the required report ≥ 3 times, or such departures > 30 days in total (days counted as 民法典
   * 第二百零一条 counts a period; short trips never count). Flags the measure once, raises the
   * violation and a report-to-police task with its evidence (条例 第二十一条).
   */
  async function evaluateSerious(trx: Db, measureId: string): Promise<boolean> {
    const r = createViolationRepo(trx);
    const m = await measures.lock(trx, measureId);
    const [evasions, absences] = await Promise.all([
      r.confirmedEvasions(measureId),
      r.absencesOf(measureId, 'asc'),
    ]);
    const verdict = seriousViolation({
      confirmedEvasions: evasions.length,
      absences: absences.map((a) => ({ from: a.from_date, to: a.to_date, reported: a.reported })),
    });
    if (!verdict.serious || m.serious_violation) return false;
    const day = today();
    await measures.flagSerious(trx, measureId, verdict.reasons);
    const reasonText = verdict.reasons.map((x) => seriousViolationReasonLabels[x].zh).join('；');
    await r.insert(
      {
        measure_id: measureId,
        person_id: m.person_id,
        kind: 'serious',
        status: 'confirmed',
        date: day,
        test_id: null,
        absence_id: null,
        reason: reasonText,
        dedupe_key: `serious:${measureId}`,
      },
      clock.now(),
    );
    const evidence: Evidence[] = [
      ...evasions.map((v) => ({ label: '逃避（拒绝）检测', date: v.date, ref: v.test_id })),
      // 条例 第二十条 counts departures only (unreported, 3 days or more): short trips are no evidence.
      ...absences
        .filter((a) => isUnauthorisedDeparture({ from: a.from_date, to: a.to_date, reported: a.reported }))
        .map((a) => ({
          label: `擅自离开 ${absenceDays(a.from_date, a.to_date)} 日（${a.from_date} 离开，${a.to_date} 返回）`,
          date: a.from_date,
          ref: a.id,
        })),
      { label: `依据《戒毒条例》第二十条：${reasonText}`, date: null, ref: null },
    ];
    await openTask(trx, {
      kind: 'report_to_police',
      personId: m.person_id,
      measureId,
      title: '严重违反社区戒毒（康复）协议，报告公安机关',
      dueDate: policeReportDueBy(day, await calendar()).date,
      evidence,
      dedupeKey: `police:serious:${measureId}`,
      now: clock.now(),
    });
    return true;
  }

  /**
   * 禁毒法 第三十五条 第二款: a confirmed ordinary violation is answered with 批评教育 (a task), unless
   * the measure is seriously violated by now; call after `evaluateSerious`.
   */
  async function answer(trx: Db, v: ViolationRow | undefined): Promise<void> {
    if (!v) return;
    const m = await measures.lock(trx, v.measure_id);
    await educateIfOrdinary(trx, v, m.serious_violation, clock.now());
  }

  /**
   * An unreported absence of 3 days or more (the day of leaving not counted, 民法典 第二百零一条) is
   * also a departure (擅自离开, 条例 第十九条).
   */
  async function recordDeparture(r: Pick<ViolationRepo, 'insert'>, a: AbsenceRow, reason: string) {
    if (!isUnauthorisedDeparture({ from: a.from_date, to: a.to_date, reported: a.reported })) return;
    return r.insert(
      {
        measure_id: a.measure_id,
        person_id: a.person_id,
        kind: 'departure',
        status: 'confirmed',
        date: a.from_date,
        test_id: null,
        absence_id: a.id,
        reason,
        dedupe_key: `departure:${a.id}`,
      },
      clock.now(),
    );
  }

  async function toViolations(rows: ViolationRow[]): Promise<Violation[]> {
    const staff = await repo.staffNames([
      ...new Set(rows.map((r) => r.decided_by).filter((x): x is string => !!x)),
    ]);
    return rows.map((v) => {
      const by = staff.find((s) => s.id === v.decided_by);
      return {
        id: v.id,
        measureId: v.measure_id,
        kind: v.kind,
        status: v.status,
        date: v.date,
        testId: v.test_id,
        absenceId: v.absence_id,
        reason: v.reason,
        decidedBy: by ? { id: by.id, name: by.display_name } : null,
        decidedAt: v.decided_at ? new Date(v.decided_at).toISOString() : null,
        createdAt: new Date(v.created_at).toISOString(),
      };
    });
  }

  async function decide(actor: Actor, id: string, status: 'confirmed' | 'excused', reason: string | null) {
    requirePermission(actor, 'measure:manage');
    const v = await repo.findScoped(actor, id);
    if (!v) throw notFound('违规记录');
    if (v.status !== 'candidate') throw new DomainError('VIOLATION_DECIDED', '该记录已处理');
    const row = await repo.transaction(async (r, trx) => {
      const updated = await r.decide(id, { status, reason, by: actor.id, at: clock.now() });
      if (status === 'excused' && v.test_id) await excuseTest(trx, v.test_id, reason);
      if (status === 'confirmed') {
        await evaluateSerious(trx, v.measure_id);
        await answer(trx, updated);
      }
      await audit.record(trx, {
        ...auditActor(actor),
        action: `violation.${status === 'confirmed' ? 'confirm' : 'excuse'}`,
        targetType: 'person',
        targetId: v.person_id,
        reason,
        details: { violationId: id, kind: v.kind },
      });
      return updated;
    });
    return (await toViolations([row]))[0]!;
  }

  return {
    evaluateSerious,

    /**
     * The officer's decision on a missed 报到 (戒毒条例 第十四条 "无正当理由逾期不报到"):
     * - refused: 视为拒绝接受, a confirmed violation, and a task to report it to the police (第二十一条);
     * - justified: the good reason is recorded and the deadline moves to the date the officer set.
     */
    async decideRefusal(actor: Actor, measureId: string, input: RefusalDecisionInput): Promise<Measure> {
      requirePermission(actor, 'measure:manage');
      if (!(await measures.findScoped(actor, measureId))) throw notFound('措施');
      const cal = await calendar();
      return repo.transaction(async (r, trx) => {
        const before = await measures.lock(trx, measureId);
        const m = await measures.decideRefusal(
          trx,
          actor.id,
          measureId,
          input.decision === 'refused'
            ? { refused: true, reason: input.reason }
            : { refused: false, reason: input.reason, newDeadline: input.newDeadline! },
        );
        const day = today();
        if (input.decision === 'refused') {
          await r.insert(
            {
              measure_id: measureId,
              person_id: m.person_id,
              kind: 'refusal',
              status: 'confirmed',
              date: day,
              test_id: null,
              absence_id: null,
              reason: `报到期限 ${before.report_deadline} 届满未报到，经审查无正当理由：${input.reason}`,
              dedupe_key: `refusal:${measureId}:${before.report_deadline}`,
            },
            clock.now(),
          );
          await openTask(trx, {
            kind: 'report_to_police',
            personId: m.person_id,
            measureId,
            title: '逾期未报到，经审查视为拒绝接受社区戒毒（康复），报告公安机关',
            dueDate: policeReportDueBy(day, cal).date,
            evidence: [
              {
                label: `收到决定书 ${before.received_date}，报到期限 ${before.report_deadline}`,
                date: before.report_deadline,
                ref: measureId,
              },
              { label: `审查意见：${input.reason}`, date: day, ref: null },
              { label: '依据《戒毒条例》第十四条、第二十一条', date: null, ref: null },
            ],
            dedupeKey: `police:refusal:${measureId}:${before.report_deadline}`,
            now: clock.now(),
          });
        }
        await audit.record(trx, {
          ...auditActor(actor),
          action: `measure.refusal_decision.${input.decision}`,
          targetType: 'person',
          targetId: m.person_id,
          reason: input.reason,
          details: { measureId, newDeadline: input.newDeadline ?? null },
        });
        return measures.toMeasure(m);
      });
    },

    /**
     * 戒毒条例 第二十二条: no report at the new place by the deadline after 变更执行地. Not 视为拒绝:
     * a candidate violation of the agreement for staff to confirm (then 批评教育) or excuse.
     */
    async recordLateRereport(
      trx: Db,
      m: { id: string; person_id: string; report_deadline: string; transferred_on: string | null },
    ): Promise<boolean> {
      const v = await createViolationRepo(trx).insert(
        {
          measure_id: m.id,
          person_id: m.person_id,
          kind: 'late_rereport',
          status: 'candidate',
          date: addDays(m.report_deadline, 1),
          test_id: null,
          absence_id: null,
          reason: `${m.transferred_on ?? ''} 变更执行地，报到期限 ${m.report_deadline} 届满未到新执行地报到`,
          dedupe_key: `late_rereport:${m.id}:${m.report_deadline}`,
        },
        clock.now(),
      );
      return v !== undefined;
    },

    async recordMissedTest(trx: Db, t: TestRow) {
      const v = await createViolationRepo(trx).insert(
        {
          measure_id: t.measure_id,
          person_id: t.person_id,
          kind: 'evasion',
          status: 'candidate',
          date: addDays(t.window_end, -1),
          test_id: t.id,
          absence_id: null,
          reason: null,
          dedupe_key: `evasion:${t.id}`,
        },
        clock.now(),
      );
      return v !== undefined;
    },

    /** 外出报告 or 擅自离开 (条例 第十九条). Leave requests from the person app land in `recordLeaveAbsence`. */
    async recordAbsence(actor: Actor, measureId: string, input: AbsenceInput): Promise<Absence> {
      requirePermission(actor, 'supervision:record');
      const m = await measures.findScoped(actor, measureId);
      if (!m) throw notFound('措施');
      if (!m.term_start) throw new DomainError('NOT_REPORTED', '报到后方可登记外出');
      if (input.to > today()) throw invalid('to', '返回日期不能晚于今天');
      if (input.from < m.term_start) throw invalid('from', '离开日期不能早于报到日期');
      const row = await repo.transaction(async (r, trx) => {
        const a = await r.insertAbsence({
          measure_id: measureId,
          person_id: m.person_id,
          from_date: input.from,
          to_date: input.to,
          reported: input.reported,
          destination: input.destination ?? null,
          note: input.note ?? null,
          created_at: clock.now(),
          created_by: actor.id,
        });
        const departure = await recordDeparture(
          r,
          a,
          `未经报告离开执行地 ${absenceDays(a.from_date, a.to_date)} 日`,
        );
        await evaluateSerious(trx, measureId);
        await answer(trx, departure);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'absence.record',
          targetType: 'person',
          targetId: m.person_id,
          details: { measureId, reported: input.reported, days: absenceDays(input.from, input.to) },
        });
        return a;
      });
      return toAbsence(row);
    },

    /**
     * An absence a leave (外出报告, or a request approved under a local policy) records: the reported
     * days as a reported absence, the days beyond its end as an unreported one starting on the
     * reported day of return, kept up to date while the person is away (one row of each per leave).
     * An overstay of 3 days or more is a departure (条例 第十九条), and feeds the serious-violation
     * check (第二十条) like any other absence.
     */
    async recordLeaveAbsence(
      trx: Db,
      a: {
        measureId: string;
        personId: string;
        leaveRequestId: string;
        from: string;
        to: string;
        reported: boolean;
        destination: string;
        note: string;
      },
    ): Promise<void> {
      const r = createViolationRepo(trx);
      const row = await r.saveLeaveAbsence({
        measure_id: a.measureId,
        person_id: a.personId,
        from_date: a.from,
        to_date: a.to,
        reported: a.reported,
        destination: a.destination,
        note: a.note,
        source: 'leave_request',
        leave_request_id: a.leaveRequestId,
        created_at: clock.now(),
        created_by: null,
      });
      const departure = await recordDeparture(
        r,
        row,
        `超过报告的返回日期（${row.from_date}）未销假，逾期 ${absenceDays(row.from_date, row.to_date)} 日未归`,
      );
      if (!row.reported) await evaluateSerious(trx, a.measureId);
      await answer(trx, departure);
    },

    async absences(actor: Actor, measureId: string): Promise<Absence[]> {
      requirePermission(actor, 'measure:read');
      if (!(await measures.findScoped(actor, measureId))) throw notFound('措施');
      return (await repo.absencesOf(measureId, 'desc')).map(toAbsence);
    },

    async listForPerson(actor: Actor, personId: string): Promise<Violation[]> {
      requirePermission(actor, 'measure:read');
      if (!(await persons.findScoped(actor, personId))) throw notFound('人员档案');
      return toViolations(await repo.ofPerson(personId));
    },

    confirm: (actor: Actor, id: string, reason: string | null) => decide(actor, id, 'confirmed', reason),
    excuse: (actor: Actor, id: string, reason: string) => decide(actor, id, 'excused', reason),
  };
}
export type ViolationService = ReturnType<typeof createViolationService>;
