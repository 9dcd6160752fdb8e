import crypto from 'node:crypto';
import type { Collector, MeasureTests, TestItem, TestResultInput, WindowRef } from '@taobo/contracts';
import { addDays, drawRandomTestDays, RANDOM_DRAW_ALGORITHM, scheduleWindows } from '@taobo/domain';
import { sql } from 'kysely';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { TestRow } from './tables.ts';
import type { MeasureRow } from '../measures/tables.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { pathWithin, personScope, requirePermission, type Actor } from '../../platform/access.ts';
import type { AuditLog } from '../../platform/audit/auditLog.ts';
import { createMeasureRepo } from '../measures/repo.ts';
import { testPolicyOf } from '../policies/service.ts';
import type { ViolationService } from '../violations/service.ts';
import { windowRef } from './windows.ts';

/** A/B samples are kept 60 days (吸毒检测程序规定). */
export const SAMPLE_RETENTION_DAYS = 60;
/** A random test day is announced on the day; the person has until the next day to attend. */
const RANDOM_TEST_WINDOW_DAYS = 2;

export function createTestPlanService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  violations: () => ViolationService;
}) {
  const { db, clock, audit } = deps;
  const today = () => businessDate(clock.now());

  function toItem(t: TestRow, names: Map<string, string>, day: string): TestItem {
    // 'due' is stored for every open test; before its window opens it reads as upcoming.
    const status = t.status === 'due' && t.window_start > day ? 'upcoming' : t.status;
    return {
      id: t.id,
      plan: t.plan,
      index: t.window_index,
      windowStart: t.window_start,
      windowEnd: t.window_end,
      status,
      kind: t.kind,
      outcome: t.outcome,
      date: t.taken_date,
      collectors: t.collector_ids.map((id) => ({ id, name: names.get(id) ?? id })),
      sampleRetentionUntil: t.sample_retention_until,
      note: t.note,
      recordedAt: t.recorded_at ? new Date(t.recorded_at).toISOString() : null,
    };
  }

  async function staffNames(ids: string[]) {
    if (!ids.length) return new Map<string, string>();
    const rows = await db.selectFrom('staff').select(['id', 'display_name']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  async function scopedTest(actor: Actor, id: string) {
    const row = await db
      .selectFrom('tests')
      .innerJoin('persons', 'persons.id', 'tests.person_id')
      .selectAll('tests')
      .select(['persons.gender as person_gender', 'persons.scope_path as person_scope'])
      .where('tests.id', '=', id)
      .where(personScope(actor))
      .executeTakeFirst();
    if (!row) throw notFound('检测');
    return row;
  }

  /** Two distinct staff of the person's county; for a woman's urine test, at least one woman. */
  async function checkCollectors(input: TestResultInput, person: { gender: string; countyPath: string }) {
    const rows = await db
      .selectFrom('staff')
      .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
      .select(['staff.id', 'staff.gender'])
      .where('staff.id', 'in', input.collectorIds)
      .where((eb) => pathWithin(eb.ref('org_units.path'), person.countyPath))
      .execute();
    if (rows.length !== 2)
      throw invalid('collectorIds', '采集人员应为本县（区）的两名工作人员', 'VALIDATION');
    if (person.gender === 'female' && input.kind === 'urine' && !rows.some((r) => r.gender === 'female')) {
      throw invalid('collectorIds', '女性人员尿样须由女性工作人员采集', 'FEMALE_COLLECTOR_REQUIRED');
    }
  }

  function checkDate(date: string) {
    if (date > today()) throw invalid('date', '检测日期不能晚于今天', 'VALIDATION');
  }

  /** Writes a result; a positive one is also a 复吸 and must be reported to police (条例 第二十一条). */
  async function writeResult(trx: Db, actor: Actor, test: TestRow, input: TestResultInput) {
    const updated = await trx
      .updateTable('tests')
      .set({
        status: 'done',
        kind: input.kind,
        outcome: input.outcome,
        taken_date: input.date,
        collector_ids: input.collectorIds,
        sample_retention_until: addDays(input.date, SAMPLE_RETENTION_DAYS),
        note: input.note ?? null,
        recorded_at: clock.now(),
        recorded_by: actor.id,
      })
      .where('id', '=', test.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (input.outcome === 'positive') await deps.violations().recordRelapse(trx, updated);
    await audit.record(trx, {
      actorId: actor.id,
      actorName: actor.displayName,
      ip: actor.ip,
      action: 'test.result',
      targetType: 'person',
      targetId: test.person_id,
      details: { testId: test.id, kind: input.kind, outcome: input.outcome },
    });
    return updated;
  }

  return {
    /**
     * Lays the schedule over the term (domain.md "Windows, done right"): window k is
     * [start + k·interval, start + (k+1)·interval), anchored on the 报到 date.
     */
    async layPlan(trx: Db, m: MeasureRow & { term_start: string }, _day: string) {
      const policy = await testPolicyOf(trx, m.county_id);
      const windows = scheduleWindows(m.term_start, m.term_months, policy[m.type]);
      if (!windows.length) return 0;
      await trx
        .insertInto('tests')
        .values(
          windows.map((w) => ({
            measure_id: m.id,
            person_id: m.person_id,
            plan: 'scheduled' as const,
            window_index: w.index,
            window_start: w.start,
            window_end: w.end,
            status: 'due' as const,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
      return windows.length;
    },

    /**
     * Unannounced random tests for one period: every day equally likely, seeded with fresh
     * randomness that is stored, so anyone can re-run the draw and check it.
     */
    async drawRandom(
      trx: Db,
      m: MeasureRow,
      period: { start: string; end: string },
      quota: number,
      fromDay: string,
    ) {
      const seed = crypto.randomBytes(16).toString('hex');
      // Only days still ahead and within the term can be drawn; the draw records that exact range, so
      // re-running drawRandomTestDays with its seed, start, end and quota gives the same days.
      const start = [period.start, fromDay, m.term_start ?? period.start].sort().at(-1)!;
      const end = m.term_end && m.term_end < period.end ? m.term_end : period.end;
      if (start >= end || quota <= 0) return false;
      const days = drawRandomTestDays({ seed, periodStart: start, periodEnd: end, quota });
      const draw = await trx
        .insertInto('random_draws')
        .values({
          measure_id: m.id,
          period_start: start,
          period_end: end,
          quota,
          seed,
          algorithm: RANDOM_DRAW_ALGORITHM,
          days,
          created_at: clock.now(),
        })
        .onConflict((oc) => oc.columns(['measure_id', 'period_start']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!draw) return false;
      const base = (
        await trx
          .selectFrom('tests')
          .select(sql<number>`coalesce(max(window_index), 0)`.as('n'))
          .where('measure_id', '=', m.id)
          .where('plan', '=', 'random')
          .executeTakeFirstOrThrow()
      ).n;
      await trx
        .insertInto('tests')
        .values(
          days.map((d, i) => ({
            measure_id: m.id,
            person_id: m.person_id,
            plan: 'random' as const,
            window_index: Number(base) + i + 1,
            window_start: d,
            window_end: addDays(d, RANDOM_TEST_WINDOW_DAYS),
            random_draw_id: draw.id,
            status: 'due' as const,
          })),
        )
        .execute();
      return true;
    },

    /**
     * The person's open (due) test windows overlapping [from, to], a scheduled window before a
     * random one: what a test may be booked for (appointments) or uploaded for (uploads). A random
     * test is unannounced until its day (domain.md "Tests"): one that has not begun by `today` is
     * never shown or offered.
     */
    async openWindows(personId: string, from: string, to: string, today: string): Promise<WindowRef[]> {
      const rows = await db
        .selectFrom('tests')
        .innerJoin('measures', 'measures.id', 'tests.measure_id')
        .select(['tests.id', 'tests.plan', 'tests.window_start', 'tests.window_end'])
        .where('tests.person_id', '=', personId)
        .where('tests.status', '=', 'due')
        .where('measures.status', '=', 'executing')
        .where('tests.window_start', '<=', to)
        .where('tests.window_end', '>', from)
        .where((eb) => eb.or([eb('tests.plan', '=', 'scheduled'), eb('tests.window_start', '<=', today)]))
        .orderBy('tests.plan', 'desc')
        .orderBy('tests.window_start')
        .execute();
      return rows.map(windowRef);
    },

    async list(actor: Actor, measureId: string): Promise<MeasureTests> {
      requirePermission(actor, 'measure:read');
      if (!(await createMeasureRepo(db).findScoped(actor, measureId))) throw notFound('措施');
      const [tests, draws] = await Promise.all([
        db
          .selectFrom('tests')
          .selectAll()
          .where('measure_id', '=', measureId)
          .orderBy('window_start')
          .orderBy('plan')
          .execute(),
        db
          .selectFrom('random_draws')
          .selectAll()
          .where('measure_id', '=', measureId)
          .orderBy('period_start')
          .execute(),
      ]);
      const names = await staffNames([...new Set(tests.flatMap((t) => t.collector_ids))]);
      const day = today();
      return {
        tests: tests.map((t) => toItem(t, names, day)),
        randomDraws: draws.map((d) => ({
          id: d.id,
          periodStart: d.period_start,
          periodEnd: d.period_end,
          quota: d.quota,
          seed: d.seed,
          algorithm: d.algorithm,
          days: d.days,
          createdAt: new Date(d.created_at).toISOString(),
        })),
      };
    },

    async collectors(actor: Actor, measureId: string): Promise<Collector[]> {
      requirePermission(actor, 'measure:read');
      const m = await createMeasureRepo(db).findScoped(actor, measureId);
      if (!m) throw notFound('措施');
      const rows = await db
        .selectFrom('staff')
        .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
        .select(['staff.id', 'staff.display_name', 'staff.gender', 'org_units.name as org_name'])
        .where('staff.role', 'in', ['officer', 'police', 'tester', 'social_worker', 'grid_worker', 'admin'])
        .where((eb) => pathWithin(eb.ref('org_units.path'), `${m.county_id.slice(0, 4)}/${m.county_id}`))
        .orderBy('staff.display_name')
        .limit(200)
        .execute();
      return rows.map((r) => ({ id: r.id, name: `${r.display_name}（${r.org_name}）`, gender: r.gender }));
    },

    /** The result of a planned test: its date must fall in the test's window (a late test covers no earlier window). */
    async recordResult(actor: Actor, testId: string, input: TestResultInput): Promise<TestItem> {
      requirePermission(actor, 'supervision:record');
      const t = await scopedTest(actor, testId);
      const reRecord = t.status === 'done' && t.outcome === 'pending';
      if (t.status !== 'due' && !reRecord) {
        throw new DomainError(
          'TEST_CLOSED',
          t.status === 'done' ? '该次检测已录入结果' : '该次检测已关闭，请登记计划外检测',
        );
      }
      checkDate(input.date);
      if (input.date < t.window_start || input.date >= t.window_end) {
        throw invalid(
          'date',
          `检测日期应在 ${t.window_start} 至 ${addDays(t.window_end, -1)} 之间；期限外的检测请作为计划外检测登记`,
          'TEST_OUTSIDE_WINDOW',
        );
      }
      await checkCollectors(input, {
        gender: t.person_gender,
        countyPath: t.person_scope.split('/').slice(0, 2).join('/'),
      });
      const updated = await db.transaction().execute((trx) => writeResult(trx, actor, t, input));
      return toItem(updated, await staffNames(updated.collector_ids), today());
    },

    /**
     * A result recorded where the caller has already authorized the actor for this person by
     * other means than the file (a station's day list, the review of a remote upload): the same
     * rules as `recordResult` (open window, date inside it, two collectors of the county, a
     * woman's urine by a woman), inside the caller's transaction. A 'remote' test has no sample
     * collectors: the reviewer is recorded as its one collector.
     */
    async recordAuthorized(trx: Db, actor: Actor, testId: string, input: TestResultInput): Promise<TestRow> {
      const t = await trx
        .selectFrom('tests')
        .innerJoin('persons', 'persons.id', 'tests.person_id')
        .selectAll('tests')
        .select(['persons.gender as person_gender', 'persons.scope_path as person_scope'])
        .where('tests.id', '=', testId)
        .forUpdate('tests')
        .executeTakeFirst();
      if (!t) throw notFound('检测');
      if (t.status !== 'due') {
        throw new DomainError(
          'TEST_CLOSED',
          t.status === 'done' ? '该次检测已录入结果' : '该次检测已关闭，请登记计划外检测',
        );
      }
      checkDate(input.date);
      if (input.date < t.window_start || input.date >= t.window_end) {
        throw invalid(
          'date',
          `检测日期应在 ${t.window_start} 至 ${addDays(t.window_end, -1)} 之间`,
          'TEST_OUTSIDE_WINDOW',
        );
      }
      if (input.kind !== 'remote') {
        await checkCollectors(input, {
          gender: t.person_gender,
          countyPath: t.person_scope.split('/').slice(0, 2).join('/'),
        });
      }
      const { person_gender: _g, person_scope: _s, ...test } = t;
      return writeResult(trx, actor, test, input);
    },

    /** A test outside the plan (hair test, re-test…); it fills the open window its date falls in. */
    async recordExtra(actor: Actor, measureId: string, input: TestResultInput): Promise<TestItem> {
      requirePermission(actor, 'supervision:record');
      const m = await createMeasureRepo(db).findScoped(actor, measureId);
      if (!m) throw notFound('措施');
      if (!m.term_start) throw new DomainError('NOT_REPORTED', '报到后方可登记检测');
      checkDate(input.date);
      const person = await db
        .selectFrom('persons')
        .select(['gender', 'scope_path'])
        .where('id', '=', m.person_id)
        .executeTakeFirstOrThrow();
      await checkCollectors(input, {
        gender: person.gender,
        countyPath: person.scope_path.split('/').slice(0, 2).join('/'),
      });
      const updated = await db.transaction().execute(async (trx) => {
        const open = await trx
          .selectFrom('tests')
          .selectAll()
          .where('measure_id', '=', measureId)
          .where('status', '=', 'due')
          .where('window_start', '<=', input.date)
          .where('window_end', '>', input.date)
          .orderBy('plan', 'desc') // 'scheduled' before 'random'
          .forUpdate()
          .executeTakeFirst();
        const test =
          open ??
          (await trx
            .insertInto('tests')
            .values({
              measure_id: measureId,
              person_id: m.person_id,
              plan: 'extra',
              window_index: null,
              window_start: input.date,
              window_end: addDays(input.date, 1),
              status: 'due',
            })
            .returningAll()
            .executeTakeFirstOrThrow());
        return writeResult(trx, actor, test, input);
      });
      return toItem(updated, await staffNames(updated.collector_ids), today());
    },
  };
}
export type TestPlanService = ReturnType<typeof createTestPlanService>;
