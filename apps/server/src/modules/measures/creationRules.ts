/**
 * What the law asks of a new measure beyond its dates, checked by the domain's rules before it is
 * written: the 折抵 credit and the record it comes from (戒毒条例 第三十一条), the place of
 * execution and its basis (禁毒法 第三十三条 第二款), the facts of 禁毒法 第三十九条 第一款.
 */
import type { MeasureCreateInput } from '@taobo/contracts';
import { creditProblem, executionPlaceProblem, exemptionFactsProblem } from '@taobo/domain';
import type { Insertable } from 'kysely';
import { DomainError, invalid } from '../../errors.ts';
import type { PersonRow } from '../persons/tables.ts';
import type { MeasureRepo } from './repo.ts';
import type { MeasureTable } from './tables.ts';

type Columns = Pick<
  Insertable<MeasureTable>,
  | 'credit_days'
  | 'credit_basis_no'
  | 'credit_basis_date'
  | 'execution_place_basis'
  | 'fixed_residence'
  | 'pregnant'
  | 'nursing_child_birth_date'
>;

/** The checked columns of a new measure; a 400 with the rule's code and the field when one fails. */
export async function creationColumns(
  r: Pick<MeasureRepo, 'names'>,
  input: MeasureCreateInput,
  person: Pick<PersonRow, 'gender' | 'birth_date' | 'household_org_unit_id' | 'residence_org_unit_id'>,
  township: { path: string },
  today: string,
): Promise<Columns> {
  const creditDays = input.creditDays ?? 0;
  const basis = input.creditBasis ?? null;
  // 戒毒条例 第三十一条: 社区戒毒 only, with the change decision.
  const credit = creditProblem({
    type: input.type,
    creditDays,
    basis,
    measureDecisionDate: input.decisionDate,
  });
  if (credit)
    throw new DomainError(credit.code, credit.message, [{ path: credit.path, message: credit.message }]);

  // 禁毒法 第三十三条 第二款: the 户籍地, or the 现居住地 with a fixed residence there.
  const placeIds = [person.household_org_unit_id, person.residence_org_unit_id].filter(
    (x): x is string => !!x,
  );
  const { units } = await r.names(placeIds, []);
  const pathOf = (id: string | null) => (id ? (units.find((u) => u.id === id)?.path ?? null) : null);
  const basisOfPlace = input.executionPlaceBasis ?? 'household';
  const fixedResidence = input.fixedResidence ?? false;
  const place = executionPlaceProblem({
    basis: basisOfPlace,
    fixedResidence,
    townshipPath: township.path,
    householdPath: pathOf(person.household_org_unit_id),
    residencePath: pathOf(person.residence_org_unit_id),
  });
  if (place) throw new DomainError(place.code, place.message, [{ path: place.path, message: place.message }]);

  // 禁毒法 第三十九条 第一款: facts a woman's flags are judged from.
  const facts = {
    pregnant: input.pregnant ?? false,
    nursingChildBirthDate: input.nursingChildBirthDate ?? null,
  };
  const factProblem = exemptionFactsProblem(
    facts,
    { gender: person.gender, birthDate: person.birth_date },
    today,
  );
  if (factProblem) throw invalid(factProblem.path, factProblem.message);

  return {
    credit_days: creditDays,
    credit_basis_no: creditDays > 0 ? basis!.decisionNo : null,
    credit_basis_date: creditDays > 0 ? basis!.decisionDate : null,
    execution_place_basis: basisOfPlace,
    fixed_residence: basisOfPlace === 'residence' && fixedResidence,
    pregnant: facts.pregnant,
    nursing_child_birth_date: facts.nursingChildBirthDate,
  };
}
