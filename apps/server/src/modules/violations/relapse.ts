import { businessDate } from '../../clock.ts';
import { policeReportDueBy } from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import { loadCalendar } from '../calendar/calendar.ts';
import type { TestRow } from '../drugTests/tables.ts';
import { openTask } from '../tasks/tasks.ts';
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
}
