import type { Measure, WorkingGroupMember } from '@taobo/contracts';
import {
  agreementDueBy,
  isAgreementOverdue,
  releaseNoticeDeadline,
  reportDeadlineFor,
  termEndExplained,
  type Calendar,
} from '@taobo/domain';
import { exemptionsOn, type PersonFacts } from './exemptions.ts';
import type { MeasureRow } from './tables.ts';

/**
 * The 报到 deadline of a measure with its explanation, from what the row says it counts from. The
 * stored `report_deadline` is what the sweep indexes; it was computed by the same function.
 */
export function reportDeadlineOf(m: MeasureRow, calendar: Calendar) {
  return reportDeadlineFor(
    {
      type: m.type,
      basis: m.report_deadline_basis,
      from: m.report_deadline_from ?? m.received_date,
      extendedTo: m.report_deadline,
      reason: m.report_deadline_reason,
    },
    calendar,
  );
}

/** A measure as the API shows it: its row, the names it refers to, and what is due as of `today`. */
export function measureView(
  m: MeasureRow,
  names: {
    township: { id: string; name: string };
    reportTakenBy?: { id: string; display_name: string };
    person: Pick<PersonFacts, 'gender' | 'birth_date'>;
  },
  today: string,
  calendar: Calendar,
): Measure {
  const report = reportDeadlineOf(m, calendar);
  // The stored date is the one the sweep acts on; show it even if the calendar changed since.
  const reportExplain = report.date === m.report_deadline ? report.explain : null;
  // After a transfer the new agreement is due from the report at the new place (条例 第二十二条):
  // nothing is due until then.
  const agreement =
    m.reported_date && m.status !== 'pending_report' ? agreementDueBy(m.reported_date, calendar) : null;
  const term =
    m.term_start && m.term_end
      ? termEndExplained({
          type: m.type,
          termStart: m.term_start,
          termMonths: m.term_months,
          suspendedDays: m.suspended_days,
          creditDays: m.credit_days,
        })
      : null;
  const releaseNotice =
    m.status === 'released' && m.term_end ? releaseNoticeDeadline(m.term_end, calendar) : null;
  const explainReport = reportExplain ?? {
    zh: `报到期限 ${m.report_deadline}（按当时的节假日安排计算）`,
    en: `Report by ${m.report_deadline} (counted on the holiday schedule of the time)`,
  };
  return {
    id: m.id,
    personId: m.person_id,
    type: m.type,
    status: m.status,
    decisionNo: m.decision_no,
    decisionDate: m.decision_date,
    receivedDate: m.received_date,
    decidingAuthority: m.deciding_authority,
    township: { id: names.township.id, name: names.township.name },
    termMonths: m.term_months,
    reportDeadline: m.report_deadline,
    reportDeadlineExplained: explainReport.zh,
    // 条例 第十四条: a first 报到 missed, awaiting the officer's decision (never after a transfer).
    refusalCandidate: m.status === 'pending_report' && m.report_overdue && m.term_start === null,
    transferredOn: m.transferred_on,
    releaseNotice:
      m.release_notice_no && m.release_notice_date && m.release_notice_issuer && m.release_notice_recorded_at
        ? {
            noticeNo: m.release_notice_no,
            date: m.release_notice_date,
            issuer: m.release_notice_issuer,
            recordedAt: new Date(m.release_notice_recorded_at).toISOString(),
          }
        : null,
    reportedDate: m.reported_date,
    reportPlace: m.report_place,
    reportTakenBy: names.reportTakenBy
      ? { id: names.reportTakenBy.id, name: names.reportTakenBy.display_name }
      : null,
    agreementSignedDate: m.agreement_signed_date,
    agreementDueBy: agreement?.date ?? null,
    agreementOverdue:
      m.status === 'executing' &&
      !!m.reported_date &&
      isAgreementOverdue({
        reportDate: m.reported_date,
        signedDate: m.agreement_signed_date,
        today,
        calendar,
      }),
    termStart: m.term_start,
    termEnd: m.term_end,
    suspendedDays: m.suspended_days,
    creditDays: m.credit_days,
    creditBasis:
      m.credit_basis_no && m.credit_basis_date
        ? { decisionNo: m.credit_basis_no, decisionDate: m.credit_basis_date }
        : null,
    executionPlaceBasis: m.execution_place_basis,
    fixedResidence: m.fixed_residence,
    seriousViolation: m.serious_violation,
    seriousViolationReasons: m.serious_reasons,
    exemptions: exemptionsOn(m, names.person, today),
    exemptionFacts: { pregnant: m.pregnant, nursingChildBirthDate: m.nursing_child_birth_date },
    noEarlyRelease: m.no_early_release,
    workingGroup: m.working_group as WorkingGroupMember[],
    explain: {
      reportDeadline: explainReport,
      agreementDueBy: agreement?.explain ?? null,
      termEnd: term?.explain ?? null,
      releaseNoticeBy: releaseNotice?.explain ?? null,
    },
    createdAt: new Date(m.created_at).toISOString(),
  };
}
