import type { SweepResult } from '@taobo/contracts';
import type { Calendar } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import { DomainError } from '../../errors.ts';
import { sendAppointmentReminders } from '../appointments/reminders.ts';
import { loadCalendar } from '../calendar/calendar.ts';
import type { CheckinService } from '../checkins/service.ts';
import type { TestPlanService } from '../drugTests/service.ts';
import type { LeaveService } from '../leave/service.ts';
import type { MeasureService } from '../measures/service.ts';
import { sendTestReminders } from '../notifications/reminders.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { ViolationService } from '../violations/service.ts';
import type { SweepRepo } from './repo.ts';
import { addTally, inBatches, type SweepContext, type Tally } from './step.ts';
import { flagUnsignedAgreements } from './steps/agreements.ts';
import { markAbstinent } from './steps/abstinence.ts';
import { releaseCompletedTerms } from './steps/completedTerms.ts';
import { purgeExpired } from './steps/housekeeping.ts';
import { flagLateReports } from './steps/lateReports.ts';
import { drawRandomTests } from './steps/randomDraws.ts';
import { flagSeriousViolations } from './steps/seriousViolations.ts';
import { closeTestWindows } from './steps/testWindows.ts';

/** Candidates read, decided and written per transaction, unless the caller says otherwise. */
const BATCH_SIZE = 500;

/**
 * The daily sweep: advances the statuses the calendar decides and opens the tasks the law requires,
 * in steps. Each step reads its candidates a batch at a time, lets the domain decide, and commits
 * each batch on its own, so no step locks more than one batch of rows. Idempotent (statuses move
 * forward only, violations, tasks and messages carry dedupe keys): a sweep stopped half-way is
 * finished by the next run. One server at a time sweeps (an advisory lock held for the whole run).
 */
export function createSweepService(deps: {
  repo: SweepRepo;
  clock: Clock;
  testPlans: Pick<TestPlanService, 'drawRandom'>;
  measures: Pick<MeasureService, 'expire' | 'markReportOverdue'>;
  violations: Pick<ViolationService, 'recordMissedTest' | 'evaluateSerious' | 'recordLateRereport'>;
  checkins: Pick<CheckinService, 'sweep'>;
  leave: Pick<LeaveService, 'sweep'>;
  notifications: NotificationService;
  batchSize?: number;
  /** Told how long each transaction of each step took (the benchmark measures with it). */
  onTransaction?: (t: { step: string; ms: number }) => void;
}) {
  const { repo, clock, testPlans, measures, violations, checkins, leave, notifications } = deps;

  /** The steps in the order they run; each returns what it adds to the day's result. */
  const steps: [name: string, step: (c: SweepContext) => Promise<Tally>][] = [
    ['late reports', (c) => flagLateReports(c, measures, violations)],
    ['test windows', (c) => closeTestWindows(c, violations)],
    ['completed terms', (c) => releaseCompletedTerms(c, measures)],
    ['agreements', flagUnsignedAgreements],
    // 在线请假: undecided past the deadline → 超时未审批; not back after the end → 超时未归, each day
    // beyond the end an unreported absence (条例 第十九、二十条), before 严重违反 weighs them.
    [
      'leave',
      (c) =>
        c.transaction(async (_r, trx) => {
          const { lapsed, overdue } = await leave.sweep(trx, c.day);
          return { leaveLapsed: lapsed, leaveOverdue: overdue };
        }),
    ],
    // 在线报到: a closed period without a check-in opens a task; a reminder before a period ends.
    [
      'check-ins',
      (c) =>
        inBatches((after) =>
          c.transaction(async (_r, trx) => {
            const page = { after, limit: c.batchSize };
            const { missed, reminded, lastId } = await checkins.sweep(trx, c.day, page);
            return {
              lastId,
              tally: { checkinsMissed: missed, tasksOpened: missed, checkinReminders: reminded },
            };
          }),
        ),
    ],
    // 检测提醒: the last days of an open test window, not yet tested (person app inbox + push).
    [
      'test reminders',
      (c) =>
        c.transaction(async (_r, trx) => ({
          testReminders: await sendTestReminders(trx, notifications, c.day),
        })),
    ],
    // 检测预约: the day before a booking, a reminder (once per booking).
    [
      'appointment reminders',
      (c) =>
        c.transaction(async (_r, trx) => ({
          appointmentReminders: await sendAppointmentReminders(trx, notifications, c.day),
        })),
    ],
    ['serious violations', (c) => flagSeriousViolations(c, violations)],
    ['abstinence', markAbstinent],
    ['random draws', (c) => drawRandomTests(c, testPlans)],
    ['housekeeping', purgeExpired],
  ];

  function context(step: string, day: string, now: Date, calendar: Calendar): SweepContext {
    return {
      day,
      now,
      calendar,
      batchSize: deps.batchSize ?? BATCH_SIZE,
      async transaction(work) {
        const started = performance.now();
        try {
          return await repo.transaction(work);
        } finally {
          deps.onTransaction?.({ step, ms: performance.now() - started });
        }
      },
    };
  }

  async function run(): Promise<SweepResult> {
    const now = clock.now();
    const day = businessDate(now);
    const run = await repo.exclusively(async () => {
      const result: SweepResult = {
        date: day,
        refusalCandidates: 0,
        lateRereports: 0,
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
      const calendar = await repo.transaction((_r, trx) => loadCalendar(trx));
      for (const [name, step] of steps) addTally(result, await step(context(name, day, now, calendar)));
      await repo.recordRun({ day, startedAt: now, finishedAt: clock.now(), result });
      return result;
    });
    if (!run.locked) throw new DomainError('SWEEP_RUNNING', '每日巡检正在另一处执行，请稍后再试');
    return run.value;
  }

  return {
    run,
    /** For the scheduler: runs today's sweep unless one has already finished today. */
    async runIfDue(): Promise<SweepResult | null> {
      if (await repo.finishedOn(businessDate(clock.now()))) return null;
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
