import crypto from 'node:crypto';
import type { Collector, MeasureTests, TestItem, TestResultInput, WindowRef } from '@taobo/contracts';
import {
  addDays,
  drawRandomTestDays,
  lacksFemaleCollector,
  type Gender,
  RANDOM_DRAW_ALGORITHM,
  randomTestWindowEnd,
  sampleRetentionUntil,
} from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { TestRow } from './tables.ts';
import type { MeasureRow } from '../measures/tables.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { MeasureService } from '../measures/service.ts';
import { recordRelapse } from '../violations/relapse.ts';
import { createTestRepo, type TestRepo } from './repo.ts';
import { windowRef } from './windows.ts';

/** The county part of a materialized path (`province/county/…`). */
const countyPath = (scopePath: string) => scopePath.split('/').slice(0, 2).join('/');

export function createTestPlanService(deps: {
  repo: TestRepo;
  clock: Clock;
  audit: AuditLog;
  measures: MeasureService;
}) {
  const { repo, clock, audit, measures } = deps;
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

  /**
   * Two distinct staff of the person's county (吸毒检测程序规定 第八条: 两名以上工作人员); for a
   * woman's urine sample, a woman among them (packages/domain `lacksFemaleCollector`).
   */
  async function checkCollectors(
    r: TestRepo,
    input: TestResultInput,
    person: { gender: Gender; scopePath: string },
  ) {
    const rows = await r.collectorsIn(input.collectorIds, countyPath(person.scopePath));
    if (rows.length !== 2)
      throw invalid('collectorIds', '采集人员应为本县（区）的两名工作人员', 'VALIDATION');
    if (
      lacksFemaleCollector({
        personGender: person.gender,
        sampleKind: input.kind,
        collectorGenders: rows.map((s) => s.gender),
      })
    ) {
      throw invalid('collectorIds', '女性人员尿样须由女性工作人员采集', 'FEMALE_COLLECTOR_REQUIRED');
    }
  }

  function checkDate(date: string) {
    if (date > today()) throw invalid('date', '检测日期不能晚于今天', 'VALIDATION');
  }

  function checkOpen(t: TestRow, reRecordAllowed: boolean) {
    const reRecord = reRecordAllowed && t.status === 'done' && t.outcome === 'pending';
    if (t.status !== 'due' && !reRecord) {
      throw new DomainError(
        'TEST_CLOSED',
        t.status === 'done' ? '该次检测已录入结果' : '该次检测已关闭，请登记计划外检测',
      );
    }
  }

  /** Writes a result; a positive one is also a 复吸 and must be reported to police (条例 第二十一条). */
  async function writeResult(trx: Db, actor: Actor, test: TestRow, input: TestResultInput) {
    const updated = await createTestRepo(trx).update(test.id, {
      status: 'done',
      kind: input.kind,
      outcome: input.outcome,
      taken_date: input.date,
      collector_ids: input.collectorIds,
      sample_retention_until: sampleRetentionUntil(input.date),
      note: input.note ?? null,
      recorded_at: clock.now(),
      recorded_by: actor.id,
    });
    if (input.outcome === 'positive') await recordRelapse(trx, updated, clock.now());
    await audit.record(trx, {
      ...auditActor(actor),
      action: 'test.result',
      targetType: 'person',
      targetId: test.person_id,
      details: { testId: test.id, kind: input.kind, outcome: input.outcome },
    });
    return updated;
  }

  return {
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
      const r = createTestRepo(trx);
      const seed = crypto.randomBytes(16).toString('hex');
      // Only days still ahead and within the term can be drawn; the draw records that exact range, so
      // re-running drawRandomTestDays with its seed, start, end and quota gives the same days.
      const start = [period.start, fromDay, m.term_start ?? period.start].sort().at(-1)!;
      const end = m.term_end && m.term_end < period.end ? m.term_end : period.end;
      if (start >= end || quota <= 0) return false;
      const days = drawRandomTestDays({ seed, periodStart: start, periodEnd: end, quota });
      const draw = await r.insertDraw({
        measure_id: m.id,
        period_start: start,
        period_end: end,
        quota,
        seed,
        algorithm: RANDOM_DRAW_ALGORITHM,
        days,
        created_at: clock.now(),
      });
      if (!draw) return false;
      const base = await r.lastRandomIndex(m.id);
      await r.insertMany(
        days.map((d, i) => ({
          measure_id: m.id,
          person_id: m.person_id,
          plan: 'random' as const,
          window_index: base + i + 1,
          window_start: d,
          window_end: randomTestWindowEnd(d),
          random_draw_id: draw.id,
          status: 'due' as const,
        })),
      );
      return true;
    },

    /**
     * The person's open (due) test windows overlapping [from, to], a scheduled window before a
     * random one: what a test may be booked for (appointments) or uploaded for (uploads). A random
     * test is unannounced until its day (domain.md "Tests"): one that has not begun by `today` is
     * never shown or offered.
     */
    async openWindows(personId: string, from: string, to: string, today: string): Promise<WindowRef[]> {
      return (await repo.openWindows(personId, from, to, today)).map(windowRef);
    },

    async list(actor: Actor, measureId: string): Promise<MeasureTests> {
      requirePermission(actor, 'measure:read');
      if (!(await measures.findScoped(actor, measureId))) throw notFound('措施');
      const [tests, draws] = await Promise.all([repo.ofMeasure(measureId), repo.drawsOf(measureId)]);
      const names = await repo.staffNames([...new Set(tests.flatMap((t) => t.collector_ids))]);
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
      const m = await measures.findScoped(actor, measureId);
      if (!m) throw notFound('措施');
      const rows = await repo.collectorOptions(`${m.county_id.slice(0, 4)}/${m.county_id}`);
      return rows.map((r) => ({ id: r.id, name: `${r.display_name}（${r.org_name}）`, gender: r.gender }));
    },

    /** The result of a planned test: its date must fall in the test's window (a late test covers no earlier window). */
    async recordResult(actor: Actor, testId: string, input: TestResultInput): Promise<TestItem> {
      requirePermission(actor, 'supervision:record');
      const t = await repo.findScoped(actor, testId);
      if (!t) throw notFound('检测');
      checkOpen(t, true);
      checkDate(input.date);
      if (input.date < t.window_start || input.date >= t.window_end) {
        throw invalid(
          'date',
          `检测日期应在 ${t.window_start} 至 ${addDays(t.window_end, -1)} 之间；期限外的检测请作为计划外检测登记`,
          'TEST_OUTSIDE_WINDOW',
        );
      }
      await checkCollectors(repo, input, { gender: t.person_gender, scopePath: t.person_scope });
      const updated = await repo.transaction((_r, trx) => writeResult(trx, actor, t, input));
      return toItem(updated, await repo.staffNames(updated.collector_ids), today());
    },

    /**
     * A result recorded where the caller has already authorized the actor for this person by
     * other means than the file (a station's day list, the review of a remote upload): the same
     * rules as `recordResult` (open window, date inside it, two collectors of the county, a
     * woman's urine by a woman), inside the caller's transaction. A 'remote' test has no sample
     * collectors: the reviewer is recorded as its one collector.
     */
    async recordAuthorized(trx: Db, actor: Actor, testId: string, input: TestResultInput): Promise<TestRow> {
      const r = createTestRepo(trx);
      const t = await r.lockWithPerson(testId);
      if (!t) throw notFound('检测');
      checkOpen(t, false);
      checkDate(input.date);
      if (input.date < t.window_start || input.date >= t.window_end) {
        throw invalid(
          'date',
          `检测日期应在 ${t.window_start} 至 ${addDays(t.window_end, -1)} 之间`,
          'TEST_OUTSIDE_WINDOW',
        );
      }
      if (input.kind !== 'remote') {
        await checkCollectors(r, input, { gender: t.person_gender, scopePath: t.person_scope });
      }
      const { person_gender: _g, person_scope: _s, ...test } = t;
      return writeResult(trx, actor, test, input);
    },

    /** A test outside the plan (hair test, re-test…); it fills the open window its date falls in. */
    async recordExtra(actor: Actor, measureId: string, input: TestResultInput): Promise<TestItem> {
      requirePermission(actor, 'supervision:record');
      const m = await measures.findScoped(actor, measureId);
      if (!m) throw notFound('措施');
      if (!m.term_start) throw new DomainError('NOT_REPORTED', '报到后方可登记检测');
      checkDate(input.date);
      const person = await repo.person(m.person_id);
      await checkCollectors(repo, input, { gender: person.gender, scopePath: person.scope_path });
      const updated = await repo.transaction(async (r, trx) => {
        const test =
          (await r.lockOpenOn(measureId, input.date)) ??
          (await r.insert({
            measure_id: measureId,
            person_id: m.person_id,
            plan: 'extra',
            window_index: null,
            window_start: input.date,
            window_end: addDays(input.date, 1),
            status: 'due',
          }));
        return writeResult(trx, actor, test, input);
      });
      return toItem(updated, await repo.staffNames(updated.collector_ids), today());
    },
  };
}
export type TestPlanService = ReturnType<typeof createTestPlanService>;
