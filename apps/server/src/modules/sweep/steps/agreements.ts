import { agreementDueBy, isAgreementOverdue } from '@taobo/domain';
import { openTask } from '../../tasks/tasks.ts';
import { inBatches, lastIdOf, type SweepContext, type Tally } from '../step.ts';

/** No agreement 7 days after 报到 (戒毒条例 第十六条: signed right after 报到): a task, once per report. */
export function flagUnsignedAgreements({
  day,
  now,
  calendar,
  batchSize,
  transaction,
}: SweepContext): Promise<Tally> {
  return inBatches((after) =>
    transaction(async (repo, trx) => {
      const unsigned = await repo.unsignedAgreements(after, batchSize);
      const tally = { agreementsOverdue: 0, tasksOpened: 0 };
      for (const m of unsigned) {
        const reportDate = m.reported_date!;
        if (!isAgreementOverdue({ reportDate, signedDate: m.agreement_signed_date, today: day, calendar }))
          continue;
        tally.agreementsOverdue++;
        const due = agreementDueBy(reportDate, calendar);
        const opened = await openTask(trx, {
          kind: 'sign_agreement',
          personId: m.person_id,
          measureId: m.id,
          title: `报到后仍未签订协议（应于 ${due.date} 前签订）`,
          dueDate: due.date,
          evidence: [
            { label: `报到日期 ${reportDate}`, date: reportDate, ref: m.id },
            { label: due.explain.zh, date: null, ref: null },
          ],
          dedupeKey: `sign:${m.id}:${reportDate}`,
          now,
        });
        if (opened) tally.tasksOpened++;
      }
      return { lastId: lastIdOf(unsigned), tally };
    }),
  );
}
