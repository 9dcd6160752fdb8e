import type { SweepResult } from '@taobo/contracts';
import {
  addDays,
  addMonths,
  agreementDueBy,
  isAbstinentThreeYears,
  maxDate,
  personStatusFor,
  POLICE_REPORT_WITHIN_DAYS,
  releaseNoticeDeadline,
  transition,
  type MeasureStatus,
} from '@taobo/domain';
import { sql, type Kysely } from 'kysely';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/types.ts';
import type { MeasureRow } from '../measures/tables.ts';
import { DomainError } from '../../errors.ts';
import { createMeasureRepo } from '../measures/repo.ts';
import { testPolicyOf } from '../policies/service.ts';
import { setPersonStatus } from '../persons/personStatus.ts';
import { openTask } from '../tasks/tasks.ts';
import { sendAppointmentReminders } from '../appointments/reminders.ts';
import type { TestPlanService } from '../drugTests/service.ts';
import type { CheckinService } from '../checkins/service.ts';
import type { LeaveService } from '../leave/service.ts';
import { sendTestReminders } from '../notifications/reminders.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { ViolationService } from '../violations/service.ts';

/** The calendar quarter a day falls in: [start, next quarter's start). */
export function quarterOf(day: string): { start: string; end: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const start = `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  return { start, end: addMonths(start, 3) };
}

/**
 * The daily sweep: advances statuses the calendar decides and opens the tasks the law requires.
 * Idempotent (statuses move forward only, violations and tasks carry dedupe keys), and one at a
 * time across server instances (a transaction-scoped advisory lock).
 */
/** A queued write is replayable for a week: an outbox retries long before that. */
const IDEMPOTENCY_KEEP_DAYS = 7;

export function createSweepService(deps: {
  db: Db;
  clock: Clock;
  testPlans: TestPlanService;
  violations: ViolationService;
  checkins: CheckinService;
  leave: LeaveService;
  notifications: NotificationService;
}) {
  const { db, clock, testPlans, violations, checkins, leave, notifications } = deps;

  async function run(): Promise<SweepResult> {
    const day = businessDate(clock.now());
    const now = clock.now();
    const result: SweepResult = {
      date: day,
      refused: 0,
      missedTests: 0,
      excusedTests: 0,
      released: 0,
      agreementsOverdue: 0,
      seriousViolations: 0,
      abstinent: 0,
      randomDraws: 0,
      tasksOpened: 0,
      leaveLapsed: 0,
      leaveOverdue: 0,
      checkinsMissed: 0,
      checkinReminders: 0,
      testReminders: 0,
      appointmentReminders: 0,
      purged: 0,
    };
    await db.transaction().execute(async (trx) => {
      const locked = await sql<{
        ok: boolean;
      }>`SELECT pg_try_advisory_xact_lock(hashtext('taobo.sweep')) AS ok`.execute(trx);
      if (!locked.rows[0]?.ok) throw new DomainError('SWEEP_RUNNING', '每日巡检正在另一处执行，请稍后再试');
      const r = createMeasureRepo(trx);
      const task = async (t: Parameters<typeof openTask>[1]) => {
        if (await openTask(trx, t)) result.tasksOpened++;
      };
      const move = async (m: MeasureRow, event: 'deadline_passed' | 'expire', kind: string, date: string) => {
        const next = transition(
          { status: m.status as MeasureStatus, termStart: m.term_start },
          { type: event },
        );
        if (!next.ok) return false;
        const updated = await r.update(m.id, { status: next.state.status, updated_at: now });
        await r.addEvent({ measureId: m.id, personId: m.person_id, at: now, date, kind, actorId: null });
        await setPersonStatus(trx, m.person_id, personStatusFor(updated), now);
        return true;
      };

      // 1. No 报到 by the deadline: 视为拒绝接受 (条例 第十四条), to be reported to police (第二十一条).
      const late = await trx
        .selectFrom('measures')
        .selectAll()
        .where('status', '=', 'pending_report')
        .where('report_deadline', '<', day)
        .forUpdate()
        .execute();
      for (const m of late) {
        if (!(await move(m, 'deadline_passed', 'refused', addDays(m.report_deadline, 1)))) continue;
        result.refused++;
        await trx
          .insertInto('violations')
          .values({
            measure_id: m.id,
            person_id: m.person_id,
            kind: 'refusal',
            status: 'confirmed',
            date: addDays(m.report_deadline, 1),
            test_id: null,
            absence_id: null,
            reason: `报到期限 ${m.report_deadline} 届满未报到`,
            decided_by: null,
            decided_at: null,
            created_at: now,
            dedupe_key: `refusal:${m.id}:${m.report_deadline}`,
          })
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .execute();
        await task({
          kind: 'report_to_police',
          personId: m.person_id,
          measureId: m.id,
          title: '逾期未报到，视为拒绝接受社区戒毒（康复），报告公安机关',
          dueDate: addDays(day, POLICE_REPORT_WITHIN_DAYS),
          evidence: [
            {
              label: `收到决定书 ${m.received_date}，报到期限 ${m.report_deadline}`,
              date: m.report_deadline,
              ref: m.id,
            },
            { label: '依据《戒毒条例》第十四条、第二十一条', date: null, ref: null },
          ],
          dedupeKey: `police:refusal:${m.id}:${m.report_deadline}`,
          now,
        });
      }

      // 2. Windows that closed without a test: a candidate 逃避检测, unless the measure was suspended then.
      const closed = await trx
        .selectFrom('tests')
        .innerJoin('measures', 'measures.id', 'tests.measure_id')
        .selectAll('tests')
        .select('measures.status as measure_status')
        // Was the person in custody (中止) during the window? One query for all, not one per test.
        .select((eb) =>
          eb
            .exists(
              eb
                .selectFrom('suspensions')
                .select('suspensions.id')
                .whereRef('suspensions.measure_id', '=', 'tests.measure_id')
                .whereRef('suspensions.from_date', '<', 'tests.window_end')
                .where((w) =>
                  w.or([
                    w('suspensions.to_date', 'is', null),
                    w('suspensions.to_date', '>', w.ref('tests.window_start')),
                  ]),
                ),
            )
            .as('in_custody'),
        )
        .where('tests.status', '=', 'due')
        .where('tests.window_end', '<=', day)
        // A remote test uploaded within the window waits for its review: the window is neither
        // missed nor kept open for a new test, it is decided by the reviewer (approve or reject).
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('remote_uploads')
                .select('remote_uploads.id')
                .whereRef('remote_uploads.test_id', '=', 'tests.id')
                .where('remote_uploads.status', '=', 'pending'),
            ),
          ),
        )
        .forUpdate('tests')
        .execute();
      for (const t of closed) {
        if (!['executing', 'suspended'].includes(t.measure_status)) {
          await trx.updateTable('tests').set({ status: 'cancelled' }).where('id', '=', t.id).execute();
          continue;
        }
        if (t.in_custody) {
          await trx
            .updateTable('tests')
            .set({ status: 'excused', note: '中止期间（被拘留或逮捕）' })
            .where('id', '=', t.id)
            .execute();
          result.excusedTests++;
          continue;
        }
        await trx.updateTable('tests').set({ status: 'missed' }).where('id', '=', t.id).execute();
        const { measure_status: _s, in_custody: _c, ...test } = t;
        await violations.recordMissedTest(trx, { ...test, status: 'missed' });
        result.missedTests++;
      }

      // 3. Term complete: 解除, and notify within 7 days (条例 第二十三条).
      const expired = await trx
        .selectFrom('measures')
        .selectAll()
        .where('status', '=', 'executing')
        .where('term_end', '<=', day)
        .forUpdate()
        .execute();
      for (const m of expired) {
        if (!(await move(m, 'expire', 'released', m.term_end!))) continue;
        result.released++;
        await trx
          .updateTable('tests')
          .set({ status: 'cancelled' })
          .where('measure_id', '=', m.id)
          .where('status', '=', 'due')
          .execute();
        await task({
          kind: 'notify_release',
          personId: m.person_id,
          measureId: m.id,
          title: `期满解除，${releaseNoticeDeadline(m.term_end!)} 前书面通知本人及相关单位`,
          dueDate: releaseNoticeDeadline(m.term_end!),
          evidence: [
            { label: `期满日期 ${m.term_end}`, date: m.term_end, ref: m.id },
            { label: '依据《戒毒条例》第二十三条', date: null, ref: null },
          ],
          dedupeKey: `notify:${m.id}`,
          now,
        });
      }

      // 4. No agreement 7 days after 报到 (条例 第十六条: signed right after 报到).
      const unsigned = await trx
        .selectFrom('measures')
        .selectAll()
        .where('status', '=', 'executing')
        .where('agreement_signed_date', 'is', null)
        .where('reported_date', 'is not', null)
        .execute();
      for (const m of unsigned) {
        const due = agreementDueBy(m.reported_date!);
        if (due >= day) continue;
        result.agreementsOverdue++;
        await task({
          kind: 'sign_agreement',
          personId: m.person_id,
          measureId: m.id,
          title: `报到已逾 7 日仍未签订协议（应于 ${due} 前签订）`,
          dueDate: due,
          evidence: [{ label: `报到日期 ${m.reported_date}`, date: m.reported_date, ref: m.id }],
          dedupeKey: `sign:${m.id}:${m.reported_date}`,
          now,
        });
      }

      // 4b. Leave (在线请假): undecided past the deadline → 超时未审批; not back after the end →
      // 超时未归, each day beyond the end an unreported absence (条例 第十九、二十条), before step 5 reads them.
      const leaveResult = await leave.sweep(trx, day);
      result.leaveLapsed = leaveResult.lapsed;
      result.leaveOverdue = leaveResult.overdue;
      // 4c. 在线报到: a closed period without a check-in opens a task; a reminder before a period ends.
      const checkinResult = await checkins.sweep(trx, day);
      result.checkinsMissed = checkinResult.missed;
      result.tasksOpened += checkinResult.missed;
      result.checkinReminders = checkinResult.reminded;
      // 4d. 检测提醒: the last days of an open test window, not yet tested (person app inbox + push).
      result.testReminders = await sendTestReminders(trx, notifications, day);
      // 4e. 检测预约: the day before a booking, a reminder (once per booking).
      result.appointmentReminders = await sendAppointmentReminders(trx, notifications, day);

      // 5. 严重违反协议 (条例 第二十条), for measures whose record already carries grounds.
      const suspects = await trx
        .selectFrom('measures')
        .select('id')
        .where('serious_violation', '=', false)
        .where('status', 'in', ['executing', 'suspended'])
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('violations')
                .select('id')
                .whereRef('violations.measure_id', '=', 'measures.id')
                .where('kind', '=', 'evasion')
                .where('status', '=', 'confirmed'),
            ),
            eb.exists(
              eb
                .selectFrom('absences')
                .select('id')
                .whereRef('absences.measure_id', '=', 'measures.id')
                .where('reported', '=', false),
            ),
          ]),
        )
        .execute();
      for (const s of suspects) if (await violations.evaluateSerious(trx, s.id)) result.seriousViolations++;

      // 6. 戒断3年未复吸: three years since the last known use, after the measure ended.
      const released = await trx
        .selectFrom('persons')
        .select(['persons.id', 'persons.first_found_date'])
        .select((eb) => [
          eb
            .selectFrom('tests')
            .select((e) => e.fn.max('taken_date').as('d'))
            .whereRef('tests.person_id', '=', 'persons.id')
            .where('outcome', '=', 'positive')
            .as('last_positive'),
          eb
            .selectFrom('measures')
            .select((e) => e.fn.max('term_start').as('d'))
            .whereRef('measures.person_id', '=', 'persons.id')
            .as('last_term_start'),
        ])
        .where('persons.status', '=', 'released')
        .execute();
      for (const p of released) {
        const dates = [
          p.first_found_date,
          p.last_positive as string | null,
          p.last_term_start as string | null,
        ].filter((d): d is string => !!d);
        if (!dates.length) continue;
        const [firstDate, ...rest] = dates as [string, ...string[]];
        const lastUseDate = maxDate(firstDate, ...rest);
        if (!isAbstinentThreeYears({ lastUseDate, today: day })) continue;
        await setPersonStatus(trx, p.id, 'abstinent', now);
        result.abstinent++;
      }

      // 7. This quarter's unannounced random tests, drawn once per measure.
      const quarter = quarterOf(day);
      const executing = await trx
        .selectFrom('measures')
        .selectAll()
        .where('status', '=', 'executing')
        .where('term_start', 'is not', null)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('random_draws')
                .select('id')
                .whereRef('random_draws.measure_id', '=', 'measures.id')
                .where('period_start', '>=', quarter.start)
                .where('period_start', '<', quarter.end),
            ),
          ),
        )
        .execute();
      const quotas = new Map<string, number>();
      for (const m of executing) {
        if (!quotas.has(m.county_id))
          quotas.set(m.county_id, (await testPolicyOf(trx, m.county_id)).randomPerQuarter);
        if (await testPlans.drawRandom(trx, m, quarter, quotas.get(m.county_id)!, day)) result.randomDraws++;
      }

      // 8. Housekeeping: sessions past their expiry, spent or expired activation codes, and
      // idempotency keys old enough that no queued write can still be replayed with them.
      result.purged = await purgeExpired(trx, now);

      await trx
        .insertInto('sweep_runs')
        .values({
          business_date: day,
          started_at: now,
          finished_at: clock.now(),
          result: JSON.stringify(result),
        })
        .onConflict((oc) =>
          oc
            .column('business_date')
            .doUpdateSet({ finished_at: clock.now(), result: JSON.stringify(result) }),
        )
        .execute();
    });
    return result;
  }

  /** Rows that can no longer be used by anyone; returns how many went. */
  async function purgeExpired(trx: Kysely<Database>, now: Date): Promise<number> {
    const keysBefore = new Date(now.getTime() - IDEMPOTENCY_KEEP_DAYS * 86_400_000);
    const counts = await Promise.all([
      trx.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst(),
      trx.deleteFrom('person_sessions').where('expires_at', '<', now).executeTakeFirst(),
      trx
        .deleteFrom('activation_codes')
        .where((eb) =>
          eb.or([eb('expires_at', '<', now), eb('used_at', 'is not', null), eb('voided_at', 'is not', null)]),
        )
        .executeTakeFirst(),
      trx.deleteFrom('idempotency_keys').where('created_at', '<', keysBefore).executeTakeFirst(),
    ]);
    return counts.reduce((n, r) => n + Number(r.numDeletedRows), 0);
  }

  return {
    run,
    /** For the scheduler: runs today's sweep unless one has already finished today. */
    async runIfDue(): Promise<SweepResult | null> {
      const day = businessDate(clock.now());
      const done = await db
        .selectFrom('sweep_runs')
        .select('business_date')
        .where('business_date', '=', day)
        .where('finished_at', 'is not', null)
        .executeTakeFirst();
      if (done) return null;
      try {
        return await run();
      } catch (e) {
        if (e instanceof DomainError && e.code === 'SWEEP_RUNNING') return null;
        throw e;
      }
    },
  };
}
export type SweepService = ReturnType<typeof createSweepService>;
