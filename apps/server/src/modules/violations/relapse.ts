import { businessDate } from '../../clock.ts';
import { noEarlyReleaseGrounds, policeReportDueBy, violationKindLabels } from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import { loadCalendar } from '../calendar/calendar.ts';
import type { TestRow } from '../drugTests/tables.ts';
import { flagNoEarlyRelease, lockMeasure, recordMeasureEvent } from '../measures/measureWrites.ts';
import { openTask, type Evidence } from '../tasks/tasks.ts';
import { createViolationRepo } from './repo.ts';

/**
 * A confirmed positive is a test taken and a 复吸, to be reported to police (戒毒条例 第二十一条).
 * The drug-test module records it in the transaction that writes the result.
 */
export async function recordRelapse(db: Db, t: TestRow, now: Date): Promise<void> {
  await createViolationRepo(db).insert(
    {
      measure_id: t.measure_id,
      person_id: t.person_id,
      kind: 'relapse',
      status: 'confirmed',
      date: t.taken_date!,
      test_id: t.id,
      absence_id: null,
      reason: null,
      dedupe_key: `relapse:${t.id}`,
    },
    now,
  );
  await openTask(db, {
    kind: 'report_to_police',
    personId: t.person_id,
    measureId: t.measure_id,
    title: '检测结果阳性（复吸），报告公安机关',
    dueDate: policeReportDueBy(businessDate(now), await loadCalendar(db)).date,
    evidence: [
      { label: `检测阳性（${t.kind ?? ''}）`, date: t.taken_date, ref: t.id },
      { label: '依据《戒毒条例》第二十一条', date: null, ref: null },
    ],
    dedupeKey: `police:relapse:${t.id}`,
    now,
  });
  await flagIfNoEarlyRelease(db, t, now);
}

/**
 * 戒毒条例 第三十八条 第二款: a 社区康复 refused or seriously violated, and now this relapse — a later
 * 强制隔离戒毒 may not be released early. Flags the measure once, and tells the police with the
 * evidence: the refusal or serious violation, and the positive test.
 */
async function flagIfNoEarlyRelease(db: Db, t: TestRow, now: Date): Promise<void> {
  const m = await lockMeasure(db, t.measure_id);
  if (m.no_early_release) return;
  const verdict = noEarlyReleaseGrounds({
    type: m.type,
    measureStatus: m.status,
    violations: await createViolationRepo(db).ofMeasure(m.id),
    relapseDate: t.taken_date!,
  });
  if (!verdict.applies) return;
  await flagNoEarlyRelease(db, m.id, now);
  const evidence: Evidence[] = [
    ...(verdict.refused ? [{ label: '视为拒绝接受社区康复', date: m.report_deadline, ref: m.id }] : []),
    ...verdict.grounds.map((v) => ({
      label: v.reason ? `${violationKindLabels[v.kind].zh}：${v.reason}` : violationKindLabels[v.kind].zh,
      date: v.date,
      ref: v.id,
    })),
    { label: `其后检测阳性（复吸，${t.kind ?? ''}）`, date: t.taken_date, ref: t.id },
    {
      label: '依据《戒毒条例》第三十八条第二款：被决定强制隔离戒毒的，强制隔离戒毒不得提前解除',
      date: null,
      ref: null,
    },
  ];
  const day = businessDate(now);
  await openTask(db, {
    kind: 'report_to_police',
    personId: m.person_id,
    measureId: m.id,
    title: '社区康复期间拒绝接受或严重违反协议后复吸，报告公安机关（强制隔离戒毒不得提前解除）',
    dueDate: policeReportDueBy(day, await loadCalendar(db)).date,
    evidence,
    dedupeKey: `police:no_early_release:${m.id}`,
    now,
  });
  await recordMeasureEvent(db, {
    measureId: m.id,
    personId: m.person_id,
    at: now,
    date: t.taken_date!,
    kind: 'no_early_release',
    summary: '戒毒条例第三十八条第二款：强制隔离戒毒不得提前解除',
    actorId: null,
  });
}
