import type { Absence, AbsenceInput, Violation } from '@taobo/contracts';
import {
  absenceDays,
  addDays,
  isUnauthorisedDeparture,
  seriousViolation,
  seriousViolationReasonLabels,
} from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { TestRow } from '../drugTests/tables.ts';
import type { AbsenceRow, ViolationRow } from './tables.ts';
import { DomainError, notFound } from '../../errors.ts';
import { personScope, requirePermission, type Actor } from '../../platform/access.ts';
import type { AuditLog } from '../../platform/audit/auditLog.ts';
import { createMeasureRepo } from '../measures/repo.ts';
import { createPersonRepo } from '../persons/repo.ts';
import { openTask, type Evidence } from '../tasks/tasks.ts';

/** Days the officer has to report a serious violation or a relapse to the police (our policy). */
export const POLICE_REPORT_WITHIN_DAYS = 3;

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

export function createViolationService(deps: { db: Db; clock: Clock; audit: AuditLog }) {
  const { db, clock, audit } = deps;
  const today = () => businessDate(clock.now());

  async function insertViolation(
    trx: Db,
    v: Pick<
      ViolationRow,
      | 'measure_id'
      | 'person_id'
      | 'kind'
      | 'status'
      | 'date'
      | 'test_id'
      | 'absence_id'
      | 'reason'
      | 'dedupe_key'
    >,
  ) {
    return trx
      .insertInto('violations')
      .values({ ...v, decided_by: null, decided_at: null, created_at: clock.now() })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  /**
   * 严重违反社区戒毒协议 (戒毒条例 第二十条): evading or refusing tests ≥ 3 times, leaving without
   * report ≥ 3 times, or unreported absence > 30 days. Flags the measure once, raises the
   * violation and a report-to-police task with its evidence (条例 第二十一条).
   */
  async function evaluateSerious(trx: Db, measureId: string): Promise<boolean> {
    const m = await trx
      .selectFrom('measures')
      .selectAll()
      .where('id', '=', measureId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const [evasions, absences] = await Promise.all([
      trx
        .selectFrom('violations')
        .selectAll()
        .where('measure_id', '=', measureId)
        .where('kind', '=', 'evasion')
        .where('status', '=', 'confirmed')
        .orderBy('date')
        .execute(),
      trx
        .selectFrom('absences')
        .selectAll()
        .where('measure_id', '=', measureId)
        .orderBy('from_date')
        .execute(),
    ]);
    const verdict = seriousViolation({
      confirmedEvasions: evasions.length,
      absences: absences.map((a) => ({ from: a.from_date, to: a.to_date, reported: a.reported })),
    });
    if (!verdict.serious || m.serious_violation) return false;
    const day = today();
    await trx
      .updateTable('measures')
      .set({ serious_violation: true, serious_reasons: verdict.reasons, updated_at: clock.now() })
      .where('id', '=', measureId)
      .execute();
    const reasonText = verdict.reasons.map((r) => seriousViolationReasonLabels[r].zh).join('；');
    await insertViolation(trx, {
      measure_id: measureId,
      person_id: m.person_id,
      kind: 'serious',
      status: 'confirmed',
      date: day,
      test_id: null,
      absence_id: null,
      reason: reasonText,
      dedupe_key: `serious:${measureId}`,
    });
    const evidence: Evidence[] = [
      ...evasions.map((v) => ({ label: '逃避（拒绝）检测', date: v.date, ref: v.test_id })),
      ...absences
        .filter((a) => !a.reported)
        .map((a) => ({
          label: `未报告外出 ${absenceDays(a.from_date, a.to_date)} 日（${a.from_date} 至 ${a.to_date}）`,
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
      dueDate: addDays(day, POLICE_REPORT_WITHIN_DAYS),
      evidence,
      dedupeKey: `police:serious:${measureId}`,
      now: clock.now(),
    });
    return true;
  }

  async function scopedViolation(actor: Actor, id: string) {
    const v = await db
      .selectFrom('violations')
      .innerJoin('persons', 'persons.id', 'violations.person_id')
      .selectAll('violations')
      .where('violations.id', '=', id)
      .where(personScope(actor))
      .executeTakeFirst();
    if (!v) throw notFound('违规记录');
    return v;
  }

  async function toViolations(rows: ViolationRow[]): Promise<Violation[]> {
    const ids = [...new Set(rows.map((r) => r.decided_by).filter((x): x is string => !!x))];
    const staff = ids.length
      ? await db.selectFrom('staff').select(['id', 'display_name']).where('id', 'in', ids).execute()
      : [];
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
    const v = await scopedViolation(actor, id);
    if (v.status !== 'candidate') throw new DomainError('VIOLATION_DECIDED', '该记录已处理');
    const row = await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('violations')
        .set({ status, reason, decided_by: actor.id, decided_at: clock.now() })
        .where('id', '=', id)
        .where('status', '=', 'candidate')
        .returningAll()
        .executeTakeFirstOrThrow();
      if (status === 'excused' && v.test_id)
        await trx
          .updateTable('tests')
          .set({ status: 'excused', note: reason })
          .where('id', '=', v.test_id)
          .execute();
      if (status === 'confirmed') await evaluateSerious(trx, v.measure_id);
      await audit.record(trx, {
        actorId: actor.id,
        actorName: actor.displayName,
        ip: actor.ip,
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

    /** A missed window is a candidate 逃避检测, for staff to confirm or excuse. */
    async recordMissedTest(trx: Db, t: TestRow) {
      return (
        (await insertViolation(trx, {
          measure_id: t.measure_id,
          person_id: t.person_id,
          kind: 'evasion',
          status: 'candidate',
          date: addDays(t.window_end, -1),
          test_id: t.id,
          absence_id: null,
          reason: null,
          dedupe_key: `evasion:${t.id}`,
        })) !== undefined
      );
    },

    /** A confirmed positive is a test taken and a 复吸, to be reported to police (条例 第二十一条). */
    async recordRelapse(trx: Db, t: TestRow) {
      await insertViolation(trx, {
        measure_id: t.measure_id,
        person_id: t.person_id,
        kind: 'relapse',
        status: 'confirmed',
        date: t.taken_date!,
        test_id: t.id,
        absence_id: null,
        reason: null,
        dedupe_key: `relapse:${t.id}`,
      });
      await openTask(trx, {
        kind: 'report_to_police',
        personId: t.person_id,
        measureId: t.measure_id,
        title: '检测结果阳性（复吸），报告公安机关',
        dueDate: addDays(today(), POLICE_REPORT_WITHIN_DAYS),
        evidence: [
          { label: `检测阳性（${t.kind ?? ''}）`, date: t.taken_date, ref: t.id },
          { label: '依据《戒毒条例》第二十一条', date: null, ref: null },
        ],
        dedupeKey: `police:relapse:${t.id}`,
        now: clock.now(),
      });
    },

    /** 外出报告 or 擅自离开 (条例 第十九条). Leave requests from the person app will land here too. */
    async recordAbsence(actor: Actor, measureId: string, input: AbsenceInput): Promise<Absence> {
      requirePermission(actor, 'supervision:record');
      const m = await createMeasureRepo(db).findScoped(actor, measureId);
      if (!m) throw notFound('措施');
      if (!m.term_start) throw new DomainError('NOT_REPORTED', '报到后方可登记外出');
      if (input.to > today())
        throw new DomainError('VALIDATION', '返回日期不能晚于今天', [
          { path: 'to', message: '返回日期不能晚于今天' },
        ]);
      if (input.from < m.term_start)
        throw new DomainError('VALIDATION', '离开日期不能早于报到日期', [
          { path: 'from', message: '离开日期不能早于报到日期' },
        ]);
      const row = await db.transaction().execute(async (trx) => {
        const a = await trx
          .insertInto('absences')
          .values({
            measure_id: measureId,
            person_id: m.person_id,
            from_date: input.from,
            to_date: input.to,
            reported: input.reported,
            destination: input.destination ?? null,
            note: input.note ?? null,
            created_at: clock.now(),
            created_by: actor.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        if (isUnauthorisedDeparture({ from: a.from_date, to: a.to_date, reported: a.reported })) {
          await insertViolation(trx, {
            measure_id: measureId,
            person_id: m.person_id,
            kind: 'departure',
            status: 'confirmed',
            date: a.from_date,
            test_id: null,
            absence_id: a.id,
            reason: `未经报告离开执行地 ${absenceDays(a.from_date, a.to_date)} 日`,
            dedupe_key: `departure:${a.id}`,
          });
        }
        await evaluateSerious(trx, measureId);
        await audit.record(trx, {
          actorId: actor.id,
          actorName: actor.displayName,
          ip: actor.ip,
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
     * An absence a leave request (在线请假) records: the approved days as a reported absence, the
     * days beyond its end as an unreported one, kept up to date while the person is away (one row of
     * each per leave). An overstay of 3 days or more is a departure (条例 第十九条), and feeds the
     * serious-violation check (第二十条) like any other absence.
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
      const row = await trx
        .insertInto('absences')
        .values({
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
        })
        .onConflict((oc) =>
          oc
            .columns(['leave_request_id', 'reported'])
            .where('leave_request_id', 'is not', null)
            .doUpdateSet({ from_date: a.from, to_date: a.to, note: a.note }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      if (isUnauthorisedDeparture({ from: row.from_date, to: row.to_date, reported: row.reported })) {
        await insertViolation(trx, {
          measure_id: a.measureId,
          person_id: a.personId,
          kind: 'departure',
          status: 'confirmed',
          date: row.from_date,
          test_id: null,
          absence_id: row.id,
          reason: `请假期满未销假，逾期 ${absenceDays(row.from_date, row.to_date)} 日未归`,
          dedupe_key: `departure:${row.id}`,
        });
      }
      if (!row.reported) await evaluateSerious(trx, a.measureId);
    },

    async absences(actor: Actor, measureId: string): Promise<Absence[]> {
      requirePermission(actor, 'measure:read');
      if (!(await createMeasureRepo(db).findScoped(actor, measureId))) throw notFound('措施');
      return (
        await db
          .selectFrom('absences')
          .selectAll()
          .where('measure_id', '=', measureId)
          .orderBy('from_date', 'desc')
          .execute()
      ).map(toAbsence);
    },

    async listForPerson(actor: Actor, personId: string): Promise<Violation[]> {
      requirePermission(actor, 'measure:read');
      if (!(await createPersonRepo(db).findScoped(actor, personId))) throw notFound('人员档案');
      return toViolations(
        await db
          .selectFrom('violations')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('date', 'desc')
          .orderBy('created_at', 'desc')
          .execute(),
      );
    },

    confirm: (actor: Actor, id: string, reason: string | null) => decide(actor, id, 'confirmed', reason),
    excuse: (actor: Actor, id: string, reason: string) => decide(actor, id, 'excused', reason),
  };
}
export type ViolationService = ReturnType<typeof createViolationService>;
