import type {
  AgreementInput,
  Measure,
  MeasureCreateInput,
  ReleaseNoticeInput,
  ReportInput,
  ResumeInput,
  SuspendInput,
  TerminateInput,
  TransferInput,
  WorkingGroupMember,
} from '@taobo/contracts';
import {
  compulsoryIsolationExemptions,
  extendedDeadlineProblem,
  initialMeasureState,
  measureTypeLabels,
  personStatusFor,
  reportDeadline,
  reportDeadlineAfterRelease,
  suspendedDaysTotal,
  termEnd,
  termMonthsFor,
  transferReportDeadline,
  transition,
  type Calendar,
  type MeasureEvent,
  type MeasureStatus,
  type SeriousViolationReason,
} from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Updateable } from 'kysely';
import type { MeasureRow, MeasureTable } from './tables.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { isWithin, requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import { renderAgreementPdf } from '../agreements/agreementPdf.ts';
import { renderReleasePdf } from '../agreements/releasePdf.ts';
import { cancelOpenTests, extendTestPlan, layTestPlan } from '../drugTests/testPlan.ts';
import { setPersonStatus } from '../persons/personStatus.ts';
import { transferPerson } from '../persons/personTransfer.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { PersonService } from '../persons/service.ts';
import { closeMeasureTasks } from '../tasks/tasks.ts';
import { agreementData } from './agreementData.ts';
import { creationColumns } from './creationRules.ts';
import { measureView } from './measureView.ts';
import { createMeasureRepo, type MeasureRepo } from './repo.ts';

/** The queries of a measure repository, bound to the transaction at hand. */
type Queries = Omit<MeasureRepo, 'transaction'>;

interface Deps {
  repo: MeasureRepo;
  persons: PersonService;
  audit: AuditLog;
  clock: Clock;
  /** The working-day calendar of every legal deadline (民法典 第二百零三条). */
  calendar: () => Promise<Calendar>;
  notifications: Pick<NotificationService, 'notify'>;
}

export function createMeasureService(deps: Deps) {
  const { repo, persons, audit, clock, calendar, notifications } = deps;
  const today = () => businessDate(clock.now());

  async function toMeasure(m: MeasureRow, r: Queries = repo): Promise<Measure> {
    const [{ units, staff }, person] = await Promise.all([
      r.names([m.township_id], m.report_taken_by ? [m.report_taken_by] : []),
      r.personFacts(m.person_id),
    ]);
    return measureView(
      m,
      { township: units[0]!, reportTakenBy: staff[0], person },
      today(),
      await calendar(),
    );
  }

  /** A date staff enter for something that happened: a real day, not in the future. */
  function pastDate(path: string, date: string, notBefore?: { date: string | null; what: string }) {
    if (date > today()) throw invalid(path, '日期不能晚于今天');
    if (notBefore?.date && date < notBefore.date)
      throw invalid(path, `日期不能早于${notBefore.what}（${notBefore.date}）`);
  }

  /**
   * Applies a step the state machine allowed: the row's new state and changes, the event in its
   * history, and the person's status kept in step (the one template for every lifecycle step).
   */
  async function commit(
    r: Queries,
    trx: Db,
    m: MeasureRow,
    state: { status: MeasureStatus; termStart: string | null },
    changes: Updateable<MeasureTable>,
    record: { kind: string; date: string; details?: Record<string, unknown>; actorId: string | null },
  ): Promise<MeasureRow> {
    const updated = await r.update(m.id, {
      ...changes,
      status: state.status,
      term_start: state.termStart,
      updated_at: clock.now(),
    });
    await r.addEvent({ measureId: m.id, personId: m.person_id, at: clock.now(), ...record });
    await setPersonStatus(trx, m.person_id, personStatusFor(updated), clock.now());
    return updated;
  }

  /**
   * Runs one staff action under a row lock: checks the transition against the state machine
   * (packages/domain lifecycle.ts), applies the changes, records the event and the audit entry,
   * and keeps the person's status in step.
   */
  async function apply(
    actor: Actor,
    id: string,
    event: MeasureEvent,
    change: (m: MeasureRow, r: Queries, trx: Db) => Promise<Updateable<MeasureTable>>,
    record: { kind: string; date: string; details?: (m: MeasureRow) => Record<string, unknown> },
  ): Promise<Measure> {
    requirePermission(actor, 'measure:manage');
    if (!(await repo.findScoped(actor, id))) throw notFound('措施');
    return repo.transaction(async (r, trx) => {
      const m = await r.lock(id);
      const next = transition({ status: m.status as MeasureStatus, termStart: m.term_start }, event);
      if (!next.ok) throw new DomainError(next.code, next.message);
      const details = record.details?.(m);
      const changes = await change(m, r, trx);
      const updated = await commit(r, trx, m, next.state, changes, {
        kind: record.kind,
        date: record.date,
        details,
        actorId: actor.id,
      });
      await audit.record(trx, {
        ...auditActor(actor),
        action: `measure.${record.kind}`,
        targetType: 'person',
        targetId: m.person_id,
        details: { measureId: id, ...details },
      });
      return toMeasure(updated, r);
    });
  }

  return {
    toMeasure,

    // ── For other modules ───────────────────────────────────────────────────

    /** The measure, if the actor's jurisdiction covers its person; callers check their own permission. */
    findScoped: (actor: Actor, id: string): Promise<MeasureRow | undefined> => repo.findScoped(actor, id),
    /** Locks the measure in the caller's transaction, so concurrent checks on it run one at a time. */
    lock: (trx: Db, id: string): Promise<MeasureRow> => createMeasureRepo(trx).lock(id),
    /** 严重违反社区戒毒协议 (戒毒条例 第二十条): flags the measure with the reasons the domain found. */
    async flagSerious(trx: Db, id: string, reasons: SeriousViolationReason[]): Promise<void> {
      await createMeasureRepo(trx).update(id, {
        serious_violation: true,
        serious_reasons: reasons,
        updated_at: clock.now(),
      });
    },
    /**
     * The one step no one takes by hand: the term expired (条例 第二十三条), in the caller's
     * transaction; false when the state machine does not allow it from the measure's state.
     */
    async expire(trx: Db, m: MeasureRow, date: string): Promise<boolean> {
      const next = transition(
        { status: m.status as MeasureStatus, termStart: m.term_start },
        { type: 'expire' },
      );
      if (!next.ok) return false;
      await commit(createMeasureRepo(trx), trx, m, next.state, {}, { kind: 'released', date, actorId: null });
      return true;
    },

    /**
     * The 报到 deadline passed (the sweep, in its transaction). For a first 报到 the measure becomes
     * a refusal candidate for the officer to decide (条例 第十四条 "无正当理由"); after a transfer it
     * is only overdue (第二十二条). The status does not change. Returns whether it was news.
     */
    async markReportOverdue(trx: Db, m: MeasureRow, day: string): Promise<boolean> {
      if (m.status !== 'pending_report' || m.report_overdue) return false;
      const r = createMeasureRepo(trx);
      const afterTransfer = m.term_start !== null;
      await r.update(m.id, { report_overdue: true, updated_at: clock.now() });
      await r.addEvent({
        measureId: m.id,
        personId: m.person_id,
        at: clock.now(),
        date: day,
        kind: afterTransfer ? 'rereport_overdue' : 'report_overdue',
        details: { deadline: m.report_deadline },
        actorId: null,
      });
      return true;
    },

    /**
     * The officer's decision on a refusal candidate, in the caller's transaction (the violations
     * module records the violation and the police task): 视为拒绝 moves the measure to refused;
     * 正当理由 sets the new deadline the officer gave.
     */
    async decideRefusal(
      trx: Db,
      actorId: string,
      id: string,
      decision: { refused: true; reason: string } | { refused: false; reason: string; newDeadline: string },
    ): Promise<MeasureRow> {
      const r = createMeasureRepo(trx);
      const m = await r.lock(id);
      if (m.status !== 'pending_report' || !m.report_overdue)
        throw new DomainError('NO_REFUSAL_CANDIDATE', '该措施没有待审查的逾期未报到');
      const day = today();
      let updated: MeasureRow;
      if (decision.refused) {
        const next = transition({ status: m.status, termStart: m.term_start }, { type: 'refuse' });
        if (!next.ok) throw new DomainError(next.code, next.message);
        updated = await commit(
          r,
          trx,
          m,
          next.state,
          { report_overdue: false },
          { kind: 'refused', date: day, details: { reason: decision.reason }, actorId },
        );
      } else {
        const problem = extendedDeadlineProblem(decision.newDeadline, m.report_deadline, day);
        if (problem) throw invalid('newDeadline', problem);
        updated = await r.update(id, {
          report_overdue: false,
          report_deadline: decision.newDeadline,
          report_deadline_basis: 'extension',
          report_deadline_from: day,
          report_deadline_reason: decision.reason,
          updated_at: clock.now(),
        });
        await r.addEvent({
          measureId: id,
          personId: m.person_id,
          at: clock.now(),
          date: day,
          kind: 'deadline_extended',
          details: { reason: decision.reason, from: m.report_deadline, to: decision.newDeadline },
          actorId,
        });
      }
      await closeMeasureTasks(trx, id, 'decide_refusal', { at: clock.now(), by: actorId });
      return updated;
    },

    // ── Staff actions ───────────────────────────────────────────────────────

    async create(actor: Actor, personId: string, input: MeasureCreateInput): Promise<Measure> {
      requirePermission(actor, 'measure:manage');
      const person = await persons.findScoped(actor, personId);
      if (!person) throw notFound('人员档案');
      pastDate('receivedDate', input.receivedDate, { date: input.decisionDate, what: '决定日期' });
      const personUnit = (await repo.names([person.org_unit_id], [])).units[0]!;
      const townshipId = input.townshipId ?? personUnit.path.split('/')[2]!;
      const township = (await repo.names([townshipId], [])).units[0];
      if (!township || township.level !== 'township') throw invalid('townshipId', '执行地应为乡镇（街道）');
      if (!isWithin(township.path, actor.orgPath)) throw invalid('townshipId', '执行地不在您的管辖范围内');
      // 禁毒法 第三十九条: who may not be sent to compulsory isolation (shown as flags on the measure).
      const exemptions = compulsoryIsolationExemptions({
        gender: person.gender,
        birthDate: person.birth_date,
        decisionDate: input.decisionDate,
        pregnant: input.pregnant,
        nursingChildBirthDate: input.nursingChildBirthDate ?? null,
      });
      const lawful = await creationColumns(repo, input, person, township, today());
      const now = clock.now();
      const initial = initialMeasureState();
      const deadline = reportDeadline(input.type, input.receivedDate, await calendar());
      return repo.transaction(async (r, trx) => {
        const m = await r
          .insert({
            person_id: personId,
            county_id: township.path.split('/')[1]!,
            type: input.type,
            status: initial.status,
            decision_no: input.decisionNo,
            decision_date: input.decisionDate,
            received_date: input.receivedDate,
            deciding_authority: input.decidingAuthority ?? null,
            township_id: township.id,
            term_start: initial.termStart,
            term_months: termMonthsFor(input.type, input.termMonths),
            report_deadline: deadline.date,
            report_deadline_basis: 'decision',
            report_deadline_from: input.receivedDate,
            ...lawful,
            exemptions,
            created_at: now,
            updated_at: now,
            created_by: actor.id,
          })
          .catch((e: { code?: string }) => {
            if (e.code === '23505')
              throw new DomainError('MEASURE_ALREADY_LIVE', '该人员已有正在执行或待报到的措施');
            throw e;
          });
        await r.addEvent({
          measureId: m.id,
          personId,
          at: now,
          date: input.receivedDate,
          kind: 'created',
          details: { type: input.type, decisionNo: input.decisionNo },
          actorId: actor.id,
        });
        const status = personStatusFor({ type: input.type, status: initial.status });
        await setPersonStatus(trx, personId, status, now);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'measure.create',
          targetType: 'person',
          targetId: personId,
          details: { measureId: m.id, type: input.type },
        });
        return toMeasure(m, r);
      });
    },

    async listForPerson(actor: Actor, personId: string): Promise<Measure[]> {
      requirePermission(actor, 'measure:read');
      if (!(await persons.findScoped(actor, personId))) throw notFound('人员档案');
      return Promise.all((await repo.byPerson(personId)).map((m) => toMeasure(m)));
    },

    /** The person's own measures, newest first: for the person app, where the person is the caller. */
    /** A person's measures, newest first (the person app's own, or a caller that checked scope). */
    async ofPerson(personId: string): Promise<Measure[]> {
      return Promise.all((await repo.byPerson(personId)).map((m) => toMeasure(m)));
    },

    async get(actor: Actor, id: string): Promise<Measure> {
      requirePermission(actor, 'measure:read');
      const m = await repo.findScoped(actor, id);
      if (!m) throw notFound('措施');
      return toMeasure(m);
    },

    /** 报到 (条例 第十四条): the term starts on this date; the test plan is laid over the term. */
    report: (actor: Actor, id: string, input: ReportInput) =>
      apply(
        actor,
        id,
        { type: 'report', date: input.date },
        async (m, _r, trx) => {
          pastDate('date', input.date, { date: m.received_date, what: '收到决定书日期' });
          const takenBy = input.takenById ?? actor.id;
          const first = !m.term_start;
          const termStart = m.term_start ?? input.date;
          const end = termEnd({
            termStart,
            termMonths: m.term_months,
            suspendedDays: m.suspended_days,
            creditDays: m.credit_days,
          });
          if (first) await layTestPlan(trx, { ...m, term_start: termStart });
          // A report closes an open "report overdue" task, and the officer's pending decision on a
          // missed 报到: the person came, late (the event keeps `late`).
          await closeMeasureTasks(trx, m.id, 'report_overdue', { at: clock.now(), by: actor.id });
          await closeMeasureTasks(trx, m.id, 'decide_refusal', { at: clock.now(), by: actor.id });
          return {
            report_overdue: false,
            reported_date: input.date,
            report_place: input.place ?? null,
            report_taken_by: takenBy,
            term_end: end,
          };
        },
        { kind: 'report', date: input.date, details: (m) => ({ late: input.date > m.report_deadline }) },
      ),

    /** 社区戒毒协议 (条例 第十六条), signed after 报到. */
    async agreement(actor: Actor, id: string, input: AgreementInput): Promise<Measure> {
      requirePermission(actor, 'measure:manage');
      const m = await repo.findScoped(actor, id);
      if (!m) throw notFound('措施');
      if (!m.reported_date || !['executing', 'suspended'].includes(m.status))
        throw new DomainError('NOT_REPORTED', '报到后方可签订协议');
      pastDate('signedDate', input.signedDate, { date: m.reported_date, what: '报到日期' });
      return repo.transaction(async (r, trx) => {
        const updated = await r.update(id, {
          agreement_signed_date: input.signedDate,
          updated_at: clock.now(),
        });
        await r.addEvent({
          measureId: id,
          personId: m.person_id,
          at: clock.now(),
          date: input.signedDate,
          kind: 'agreement',
          actorId: actor.id,
        });
        await closeMeasureTasks(trx, id, 'sign_agreement', { at: clock.now(), by: actor.id });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'measure.agreement',
          targetType: 'person',
          targetId: m.person_id,
          details: { measureId: id },
        });
        return toMeasure(updated, r);
      });
    },

    /** 中止 on detention or arrest (条例 第二十四条). */
    suspend: (actor: Actor, id: string, input: SuspendInput) =>
      apply(
        actor,
        id,
        { type: 'suspend' },
        async (m, r, trx) => {
          pastDate(
            'date',
            input.date,
            m.term_start
              ? { date: m.term_start, what: '报到日期' }
              : { date: m.received_date, what: '收到决定书日期' },
          );
          await r.openSuspension(id, input.date, input.reason);
          // 条例 第二十四条: detained before 报到, so not a refusal; the officer's decision is moot.
          await closeMeasureTasks(trx, id, 'decide_refusal', { at: clock.now(), by: actor.id });
          return { report_overdue: false };
        },
        { kind: 'suspend', date: input.date, details: () => ({ reason: input.reason }) },
      ),

    /** Resume on release: the suspended days extend the term. */
    resume: (actor: Actor, id: string, input: ResumeInput) =>
      apply(
        actor,
        id,
        { type: 'resume' },
        async (m, r, trx) => {
          const open = (await r.suspensions(id)).find((s) => !s.to_date);
          pastDate('date', input.date, { date: open?.from_date ?? null, what: '中止日期' });
          await r.closeSuspension(id, input.date);
          // Detained before 报到: the person reports within 15 days of release (our policy).
          if (!m.term_start) {
            const deadline = reportDeadlineAfterRelease(input.date, await calendar());
            return {
              report_deadline: deadline.date,
              report_deadline_basis: 'release' as const,
              report_deadline_from: input.date,
            };
          }
          const periods = (await r.suspensions(id)).map((s) => ({ from: s.from_date, to: s.to_date }));
          const suspendedDays = suspendedDaysTotal(periods, today());
          const end = termEnd({
            termStart: m.term_start!,
            termMonths: m.term_months,
            suspendedDays,
            creditDays: m.credit_days,
          });
          await extendTestPlan(trx, m, end); // 中止 days get test windows too
          return { suspended_days: suspendedDays, term_end: end };
        },
        { kind: 'resume', date: input.date },
      ),

    /** 终止 on imprisonment or compulsory education (条例 第二十四条); open tests are cancelled. */
    terminate: (actor: Actor, id: string, input: TerminateInput) =>
      apply(
        actor,
        id,
        { type: 'terminate' },
        async (m, _r, trx) => {
          pastDate('date', input.date, { date: m.received_date, what: '收到决定书日期' });
          await cancelOpenTests(trx, id);
          return {};
        },
        { kind: 'terminate', date: input.date, details: () => ({ reason: input.reason }) },
      ),

    /**
     * 变更执行地 (条例 第二十二条): the file moves to the new township with its whole history,
     * the person re-reports there within 15 days, signs a new agreement, and the term continues.
     */
    transfer: (actor: Actor, id: string, input: TransferInput) =>
      apply(
        actor,
        id,
        { type: 'transfer' },
        async (m, r, trx) => {
          pastDate('date', input.date, { date: m.reported_date, what: '报到日期' });
          const target = (await r.names([input.toTownshipId], [])).units[0];
          if (!target || target.level !== 'township')
            throw invalid('toTownshipId', '新的执行地应为乡镇（街道）');
          if (target.id === m.township_id) throw invalid('toTownshipId', '新的执行地与原执行地相同');
          await transferPerson(trx, m.person_id, target);
          return {
            township_id: target.id,
            county_id: target.path.split('/')[1]!,
            report_deadline: transferReportDeadline(input.date, await calendar()).date,
            report_deadline_basis: 'transfer',
            report_deadline_from: input.date,
            transferred_on: input.date,
            // 条例 第二十二条: a new agreement is signed at the new place.
            agreement_signed_date: null,
          };
        },
        {
          kind: 'transfer',
          date: input.date,
          details: (m) => ({ fromTownshipId: m.township_id, toTownshipId: input.toTownshipId }),
        },
      ),

    /**
     * The printable agreement (条例 第十六条), filled with the person's details. It prints the full
     * ID number and phone, so producing it is an audited action.
     */
    async agreementPdf(actor: Actor, id: string): Promise<{ pdf: Uint8Array; filename: string }> {
      requirePermission(actor, 'measure:manage');
      const m = await repo.findScoped(actor, id);
      if (!m) throw notFound('措施');
      if (!m.reported_date || !m.term_start || !m.term_end)
        throw new DomainError('NOT_REPORTED', '报到后方可生成协议');
      const { units } = await repo.names([m.township_id, m.county_id], []);
      const name = (unitId: string) => units.find((u) => u.id === unitId)?.name ?? '';
      await repo.transaction((_r, trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'measure.agreement.print',
          targetType: 'person',
          targetId: m.person_id,
          details: { measureId: id },
        }),
      );
      const { reported_date, term_start, term_end } = m;
      const party = await persons.agreementParty(m.person_id);
      const data = agreementData({ ...m, reported_date, term_start, term_end }, party, name, clock.now());
      const pdf = await renderAgreementPdf(data);
      // The file name carries the measure id, not the person's name (it lands in download folders and logs).
      return { pdf, filename: `agreement-${id}.pdf` };
    },

    /**
     * 条例 第二十三条: the 公安机关 of the place of execution issues the 解除社区戒毒通知书; the township
     * records it (number, date, issuer) and the person is told. Recording again corrects it.
     */
    async recordReleaseNotice(actor: Actor, id: string, input: ReleaseNoticeInput): Promise<Measure> {
      requirePermission(actor, 'measure:manage');
      const m = await repo.findScoped(actor, id);
      if (!m) throw notFound('措施');
      if (m.status !== 'released' || !m.term_end)
        throw new DomainError('NOT_RELEASED', '期满解除后方可登记解除通知书');
      pastDate('date', input.date, { date: m.term_end, what: '期满解除日期' });
      return repo.transaction(async (r, trx) => {
        const correcting = m.release_notice_no !== null;
        const updated = await r.update(id, {
          release_notice_no: input.noticeNo,
          release_notice_date: input.date,
          release_notice_issuer: input.issuer,
          release_notice_recorded_at: clock.now(),
          release_notice_recorded_by: actor.id,
          updated_at: clock.now(),
        });
        await r.addEvent({
          measureId: id,
          personId: m.person_id,
          at: clock.now(),
          date: input.date,
          kind: 'release_notice',
          details: { noticeNo: input.noticeNo, issuer: input.issuer, correcting },
          actorId: actor.id,
        });
        await closeMeasureTasks(trx, id, 'record_release_notice', { at: clock.now(), by: actor.id });
        const measure = measureTypeLabels[m.type].zh;
        await notifications.notify(trx, {
          personId: m.person_id,
          kind: 'release',
          title: `${measure}已期满解除`,
          body: `${input.issuer}已出具解除${measure}通知书（${input.noticeNo}）。您的${measure}已于${m.term_end}期满解除，乡镇（街道）将向您送达书面告知。`,
          link: '/m',
          dedupeKey: `release:${id}`,
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'measure.release_notice',
          targetType: 'person',
          targetId: m.person_id,
          details: { measureId: id, noticeNo: input.noticeNo, correcting },
        });
        return toMeasure(updated, r);
      });
    },

    /**
     * The township's own 解除 paperwork (告知书, with a receipt for the person to sign), printable
     * once the police's notice is recorded (条例 第二十三条). Audited like the agreement.
     */
    async releasePdf(actor: Actor, id: string): Promise<{ pdf: Uint8Array; filename: string }> {
      requirePermission(actor, 'measure:manage');
      const m = await repo.findScoped(actor, id);
      if (!m) throw notFound('措施');
      const { release_notice_no, release_notice_date, release_notice_issuer, term_start, term_end } = m;
      if (!release_notice_no || !release_notice_date || !release_notice_issuer || !term_start || !term_end)
        throw new DomainError('RELEASE_NOTICE_MISSING', '请先登记公安机关出具的解除通知书');
      const { units } = await repo.names([m.township_id, m.county_id], []);
      const name = (unitId: string) => units.find((u) => u.id === unitId)?.name ?? '';
      await repo.transaction((_r, trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'measure.release.print',
          targetType: 'person',
          targetId: m.person_id,
          details: { measureId: id },
        }),
      );
      const party = await persons.agreementParty(m.person_id);
      const pdf = await renderReleasePdf({
        measureType: m.type,
        person: { name: party.name, idNumber: party.idNumber },
        township: `${name(m.county_id)}${name(m.township_id)}`,
        decision: { number: m.decision_no, date: m.decision_date },
        termStart: term_start,
        termEnd: term_end,
        notice: { number: release_notice_no, date: release_notice_date, issuer: release_notice_issuer },
        generatedAt: clock.now().toISOString(),
      });
      return { pdf, filename: `release-${id}.pdf` };
    },

    async setWorkingGroup(actor: Actor, id: string, members: WorkingGroupMember[]): Promise<Measure> {
      requirePermission(actor, 'measure:manage');
      const m = await repo.findScoped(actor, id);
      if (!m) throw notFound('措施');
      return repo.transaction(async (r, trx) => {
        const updated = await r.update(id, {
          working_group: JSON.stringify(members),
          updated_at: clock.now(),
        });
        await r.addEvent({
          measureId: id,
          personId: m.person_id,
          at: clock.now(),
          date: today(),
          kind: 'working_group',
          details: { members: members.length },
          actorId: actor.id,
        });
        // Who is on the group (条例 第十七条) decides who may act for the person: its roles and
        // staff accounts, never the members' names or phone numbers.
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'measure.working_group',
          targetType: 'person',
          targetId: m.person_id,
          details: {
            measureId: id,
            members: members.map((w) => ({ role: w.role, staffId: w.staffId ?? null })),
          },
        });
        return toMeasure(updated, r);
      });
    },
  };
}
export type MeasureService = ReturnType<typeof createMeasureService>;
