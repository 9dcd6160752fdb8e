import { alertFollowUpDue, checkAnswers, scoreScreening, type Instrument } from '@taobo/domain';
import { instrumentLabels, severityLabels, type Screening, type ScreeningInput } from '@taobo/contracts';
import { businessDate, type Clock } from '../../clock.ts';
import { invalid } from '../../errors.ts';
import type { PersonActor } from '../../platform/access.ts';
import { AUDIT_PERSON, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { openTask } from '../tasks/tasks.ts';
import type { CounsellingRepo } from './repo.ts';
import { toScreening } from './views.ts';

/** The field name that binds the key of a person's encrypted questionnaire answers. */
export const ANSWERS_FIELD = 'screeningAnswers';

/** The person's self-screening (PHQ-9 / GAD-7), scored on the server; a severe result alerts. */
export function createPersonScreeningService(deps: {
  repo: CounsellingRepo;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
}) {
  const { repo, clock, audit, cipher } = deps;

  return {
    /** Scores a questionnaire on the server; a severe result opens a counselling_alert task. */
    async submit(person: PersonActor, input: ScreeningInput): Promise<Screening> {
      const instrument: Instrument = input.instrument;
      const check = checkAnswers(instrument, input.answers);
      if (!check.ok) throw invalid('answers', check.message);
      const result = scoreScreening(instrument, input.answers);
      const today = businessDate(clock.now());
      return repo.transaction(async (r, trx) => {
        const id = await r.addScreening({
          person_id: person.personId,
          instrument,
          answers_enc: cipher.encrypt(ANSWERS_FIELD, JSON.stringify(input.answers)),
          total: result.total,
          severity: result.severity,
          alert: result.alert,
          alert_reasons: result.alertReasons,
          created_at: clock.now(),
          reviewed_at: null,
          reviewed_by: null,
        });
        if (result.alert) {
          const reasons = result.alertReasons.map((r) =>
            r === 'self_harm_thoughts'
              ? '有自伤念头'
              : `总分 ${result.total}（${severityLabels[result.severity].zh}）`,
          );
          await openTask(trx, {
            kind: 'counselling_alert',
            personId: person.personId,
            measureId: null,
            title: `心理自评预警：${instrumentLabels[instrument].zh}，${reasons.join('，')}`,
            dueDate: alertFollowUpDue(today),
            evidence: [
              { label: `${instrumentLabels[instrument].zh} ${reasons.join('，')}`, date: today, ref: id },
            ],
            dedupeKey: `counselling_alert:${id}`,
            now: clock.now(),
            ref: { kind: 'screening', id },
          });
        }
        await audit.record(trx, {
          ...AUDIT_PERSON,
          action: 'counselling.screen',
          targetType: 'person',
          targetId: person.personId,
          details: { screeningId: id, instrument, alert: result.alert },
        });
        return toScreening(await r.screening(id));
      });
    },

    async mine(person: PersonActor): Promise<Screening[]> {
      return (await repo.screeningsOf(person.personId, 100)).map(toScreening);
    },
  };
}
export type PersonScreeningService = ReturnType<typeof createPersonScreeningService>;
