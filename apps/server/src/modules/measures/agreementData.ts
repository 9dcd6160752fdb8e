import { workingGroupRoleLabels, type WorkingGroupMember } from '@taobo/contracts';
import type { AgreementData } from '../agreements/agreementPdf.ts';
import type { MeasureRow } from './tables.ts';

/**
 * What the printed agreement (戒毒条例 第十六条) says: the measure after 报到, the person who signs
 * it, and the names of its county and township.
 */
export function agreementData(
  m: MeasureRow & { reported_date: string; term_start: string; term_end: string },
  person: AgreementData['person'],
  unitName: (unitId: string) => string,
  generatedAt: Date,
): AgreementData {
  return {
    measureType: m.type,
    person,
    decision: { number: m.decision_no, date: m.decision_date, authority: m.deciding_authority },
    township: `${unitName(m.county_id)}${unitName(m.township_id)}`,
    county: unitName(m.county_id),
    reportedDate: m.reported_date,
    termStart: m.term_start,
    termEnd: m.term_end,
    termMonths: m.term_months,
    workingGroup: (m.working_group as WorkingGroupMember[]).map((w) => ({
      role: workingGroupRoleLabels[w.role].zh,
      name: w.name,
    })),
    generatedAt: generatedAt.toISOString(),
  };
}
