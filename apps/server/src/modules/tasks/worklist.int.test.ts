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

  it('lists under 本周待检 the window open today and the one opening within 7 days, not the closed one', async () => {
    // Today 2026-11-29. 报到 2026-10-03: [10-03, 11-03) closed, [11-03, 12-03) open, [12-03, 01-03) next.
    const { person, measure } = await personWithMeasure(officer, '2026-10-03');
    await officer.ok('POST', `/api/measures/${measure.id}/report`, { date: '2026-10-03' });
    const list = await officer.ok('GET', '/api/worklist');
    const due = list.items.filter(
      (i: { category: string; person: { id: string } }) =>
        i.category === 'tests_due' && i.person.id === person.id,
    );
    expect(due.map((i: { dueDate: string }) => i.dueDate)).toEqual(['2026-12-02', '2027-01-02']);
    expect(due[0].title).toBe('第 2 次检测，2026-11-03 至 2026-12-02');
  });

  it('closes a task once, and audits it', async () => {
    const { person, measure } = await personWithMeasure(officer, '2026-11-20');
    await openTask(person.id, measure.id, 'report_to_police', '2026-12-01');
    const [task] = (await officer.ok('GET', '/api/tasks?mine=1')).items.filter(
      (x: { person: { id: string } }) => x.person.id === person.id,
    );
    const done = await officer.ok('POST', `/api/tasks/${task.id}/done`, { note: '已电话报告派出所' });
    expect(done).toMatchObject({ id: task.id, status: 'done', person: { id: person.id, name: '张三' } });
    expect((await officer.call('POST', `/api/tasks/${task.id}/done`, {})).body.code).toBe('TASK_CLOSED');
    const audited = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'task.done')
      .where('target_id', '=', person.id)
      .execute();
    expect(audited).toHaveLength(1);
  });

  it('shows another township nothing of it', async () => {
    const sp = apiAs(t, await t.login('sp_officer'));
    const list = await sp.ok('GET', '/api/worklist');
    expect(list.items.every((i: { person: { name: string } }) => i.person.name !== '张三')).toBe(true);
    expect(list.counts.from_app).toBe(0);
  });
});
