import type { Measure, WorkingGroupMember } from '@taobo/contracts';
import { agreementDueBy, isAgreementOverdue } from '@taobo/domain';
import { exemptionsOn, type PersonFacts } from './exemptions.ts';
import type { MeasureRow } from './tables.ts';

/** A measure as the API shows it: its row, the names it refers to, and what is due as of `today`. */
export function measureView(
  m: MeasureRow,
  names: {
    township: { id: string; name: string };
    reportTakenBy?: { id: string; display_name: string };
    person: Pick<PersonFacts, 'gender' | 'birth_date'>;
  },
  today: string,
): Measure {
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
    reportedDate: m.reported_date,
    reportPlace: m.report_place,
    reportTakenBy: names.reportTakenBy
      ? { id: names.reportTakenBy.id, name: names.reportTakenBy.display_name }
      : null,
    agreementSignedDate: m.agreement_signed_date,
    agreementDueBy: m.reported_date ? agreementDueBy(m.reported_date) : null,
    agreementOverdue:
      m.status === 'executing' &&
      !!m.reported_date &&
      isAgreementOverdue({
        reportDate: m.reported_date,
        signedDate: m.agreement_signed_date,
        today,
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
    createdAt: new Date(m.created_at).toISOString(),
  };
}
