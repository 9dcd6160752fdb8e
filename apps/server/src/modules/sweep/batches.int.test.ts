import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.ts';
import { apiAs, personWithMeasure } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';
import { createSweepRepo } from './repo.ts';
import { createSweepService } from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The app's sweep, with a batch of 2 and every transaction counted by step. */
function smallBatchSweep(onTransaction: (step: string) => void = () => undefined) {
  const s = t.app.services;
  return createSweepService({
    repo: createSweepRepo(t.db),
    clock: t.clock,
    testPlans: s.tests,
    measures: s.measures,
    violations: s.violations,
    checkins: s.checkins,
    leave: s.leave,
    notifications: s.notifications,
    batchSize: 2,
    onTransaction: ({ step }) => onTransaction(step),
  });
}

describe('the sweep in batches', () => {
  it('handles every candidate when there are more than one batch, each batch in its own transaction', async () => {
    t.clock.set('2026-11-01T02:00:00.000Z');
    const officer = apiAs(t, await t.login('lst_officer'));
    const late: string[] = [];
    const reported: string[] = [];
    for (let i = 0; i < 5; i++) {
      late.push((await personWithMeasure(officer, '2026-11-01')).measure.id);
      const { measure } = await personWithMeasure(officer, '2026-11-01');
      await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-11-01' });
      reported.push(measure.id);
    }

    // 2026-12-02: the 报到 deadline (11-16) and the first test window [11-01, 12-01) have passed.
    t.clock.set('2026-12-02T02:00:00.000Z');
    const transactions = new Map<string, number>();
    const result = await smallBatchSweep((step) =>
      transactions.set(step, (transactions.get(step) ?? 0) + 1),
    ).run();

    expect(result.refusalCandidates).toBeGreaterThanOrEqual(5);
    expect(result.missedTests).toBeGreaterThanOrEqual(5);
    expect(result.agreementsOverdue).toBeGreaterThanOrEqual(5);
    expect(result.randomDraws).toBeGreaterThanOrEqual(5);
    // Five candidates, two a batch: three pages and the empty one that ends the step.
    expect(transactions.get('late reports')).toBeGreaterThanOrEqual(4);
    expect(transactions.get('test windows')).toBeGreaterThanOrEqual(4);
    // November, the first check-in period, closed without a check-in for the five reported.
    expect(result.checkinsMissed).toBeGreaterThanOrEqual(5);
    expect(transactions.get('check-ins')).toBeGreaterThanOrEqual(4);

    const measures = await t.db
      .selectFrom('measures')
      .select(['id', 'status', 'report_overdue'])
      .where('id', 'in', [...late, ...reported])
      .execute();
    // 条例 第十四条: a missed 报到 waits for the officer's decision; the status does not move.
    for (const m of measures) {
      expect(m.status).toBe(late.includes(m.id) ? 'pending_report' : 'executing');
      expect(m.report_overdue).toBe(late.includes(m.id));
    }
    const evasions = await t.db
      .selectFrom('violations')
      .select('measure_id')
      .where('measure_id', 'in', reported)
      .where('kind', '=', 'evasion')
      .execute();
    expect(evasions.map((v) => v.measure_id).sort()).toEqual([...reported].sort());
    const draws = await t.db
      .selectFrom('random_draws')
      .select('measure_id')
      .where('measure_id', 'in', reported)
      .execute();
    expect(draws).toHaveLength(5);

    // A second run finds nothing left to do.
    const again = await smallBatchSweep().run();
    for (const key of ['refusalCandidates', 'missedTests', 'randomDraws', 'tasksOpened'] as const)
      expect(again[key], key).toBe(0);
  });

  it('refuses a second sweep while one runs', async () => {
    let second: Promise<unknown> | undefined;
    await smallBatchSweep(() => {
      second ??= smallBatchSweep()
        .run()
        .then(
          () => 'ran',
          (e: unknown) => e,
        );
    }).run();
    const outcome = await second;
    expect(outcome).toBeInstanceOf(DomainError);
    expect(outcome).toMatchObject({ code: 'SWEEP_RUNNING' });
  });
});
