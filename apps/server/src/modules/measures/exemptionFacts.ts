/**
 * Staff record the facts of 禁毒法 第三十九条 第一款 as they learn them (a pregnancy found later, a
 * birth), and the measure's flags are judged again at once (exemptions.ts).
 */
import type { ExemptionFacts, Measure } from '@taobo/contracts';
import { exemptionFactsProblem, isFinalStatus } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import { DomainError, invalid, notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import { saveExemptions } from './exemptions.ts';
import type { MeasureRepo } from './repo.ts';
import type { MeasureService } from './service.ts';

export function createExemptionFactsService(deps: {
  repo: MeasureRepo;
  measures: Pick<MeasureService, 'toMeasure'>;
  audit: AuditLog;
  clock: Clock;
}) {
  const { repo, measures, audit, clock } = deps;

  return {
    async update(actor: Actor, id: string, facts: ExemptionFacts): Promise<Measure> {
      requirePermission(actor, 'measure:manage');
      const found = await repo.findScoped(actor, id);
      if (!found) throw notFound('措施');
      if (isFinalStatus(found.status))
        throw new DomainError('MEASURE_CLOSED', '措施已结束，不再更新第三十九条情形');
      const person = await repo.personFacts(found.person_id);
      const problem = exemptionFactsProblem(
        facts,
        { gender: person.gender, birthDate: person.birth_date },
        businessDate(clock.now()),
      );
      if (problem) throw invalid(problem.path, problem.message);
      return repo.transaction(async (r, trx) => {
        const now = clock.now();
        await r.lock(id);
        const updated = await r.update(id, {
          pregnant: facts.pregnant,
          nursing_child_birth_date: facts.nursingChildBirthDate,
          updated_at: now,
        });
        const saved = await saveExemptions(r, updated, person, now, {
          kind: 'exemption_facts',
          actorId: actor.id,
          always: true,
        });
        // That the facts were edited, not what they are: pregnancy is health information.
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'measure.exemption_facts',
          targetType: 'person',
          targetId: found.person_id,
          details: { measureId: id },
        });
        return measures.toMeasure(saved, r);
      });
    },
  };
}
export type ExemptionFactsService = ReturnType<typeof createExemptionFactsService>;
