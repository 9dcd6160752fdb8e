import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, personWithMeasure } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';

let t: TestApp;
let officer: ReturnType<typeof apiAs>;
beforeAll(async () => {
  t = await createTestApp();
  officer = apiAs(t, await t.login('lst_officer'));
});
afterAll(() => t.close());

async function openTask(
  personId: string,
  measureId: string,
  kind: 'upload_review' | 'report_to_police',
  dueDate: string,
) {
  await t.db
    .insertInto('tasks')
    .values({
      kind,
      person_id: personId,
      measure_id: measureId,
      title: kind === 'upload_review' ? '审核异地检测' : '报告公安机关',
      due_date: dueDate,
      created_at: t.clock.now(),
      dedupe_key: `${kind}:${personId}:${dueDate}`,
      evidence: JSON.stringify([{ label: '条例第二十条', date: null, ref: null }]),
    })
    .execute();
}

describe('the worklist (待办)', () => {
  it('lists tasks from the app under 洮泊家园, each with its task, and counts an item in two categories once', async () => {
    const { person, measure } = await personWithMeasure(officer, '2026-11-20');
    const before = await officer.ok('GET', '/api/worklist');

    await openTask(person.id, measure.id, 'upload_review', '2026-12-02');
    // Overdue: listed under 待报告公安 and 已逾期, one thing to do.
    await openTask(person.id, measure.id, 'report_to_police', '2026-11-20');
    const after = await officer.ok('GET', '/api/worklist');

    expect(after.counts.from_app - before.counts.from_app).toBe(1);
    expect(after.counts.to_police - before.counts.to_police).toBe(1);
    expect(after.counts.overdue - before.counts.overdue).toBe(1);
    expect(after.open - before.open).toBe(2);

    const app = after.items.find(
      (i: { category: string; person: { id: string } }) =>
        i.category === 'from_app' && i.person.id === person.id,
    );
    expect(app.task).toMatchObject({ kind: 'upload_review', status: 'open', dueDate: '2026-12-02' });
    const police = after.items.find(
      (i: { category: string; person: { id: string } }) =>
        i.category === 'to_police' && i.person.id === person.id,
    );
    expect(police.task.evidence).toEqual([{ label: '条例第二十条', date: null, ref: null }]);
    // Measure-based items carry no task.
    const report = after.items.find(
      (i: { category: string; person: { id: string } }) =>
        i.category === 'to_report' && i.person.id === person.id,
    );
    expect(report.task).toBeNull();
  });

  it('shows another township nothing of it', async () => {
    const sp = apiAs(t, await t.login('sp_officer'));
    const list = await sp.ok('GET', '/api/worklist');
    expect(list.items.every((i: { person: { name: string } }) => i.person.name !== '张三')).toBe(true);
    expect(list.counts.from_app).toBe(0);
  });
});
