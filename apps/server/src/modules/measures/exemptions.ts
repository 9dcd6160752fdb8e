/**
 * 禁毒法 第三十九条 第一款 on a measure: the flags judged from the facts kept on it (pregnant, the
 * nursed baby's birth date) and the person's file (gender, birth date).
 *
 * Facts change, and so does time: a pregnancy recorded later, a birth, a baby's first birthday, a
 * 16th birthday. So a live measure's flags are judged on the day they are read (`exemptionsOn`), and
 * never go stale as days pass; and whenever a fact changes (the facts are edited, the person's file
 * is), they are judged again and saved (`refreshExemptions`), with an event on the timeline when
 * they changed. A measure that has ended keeps the flags it last had.
 */
import {
  compulsoryIsolationExemptionLabels,
  compulsoryIsolationExemptions,
  isFinalStatus,
} from '@taobo/domain';
import type { CompulsoryIsolationExemption, Gender } from '@taobo/domain';
import { businessDate } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { createMeasureRepo, type MeasureRepo } from './repo.ts';
import type { MeasureRow } from './tables.ts';

type Queries = Omit<MeasureRepo, 'transaction'>;

export interface PersonFacts {
  id: string;
  gender: Gender;
  birth_date: string;
}

/** The measure's 第三十九条 flags as of `today` (the stored ones once it has ended). */
export function exemptionsOn(
  m: MeasureRow,
  person: Pick<PersonFacts, 'gender' | 'birth_date'>,
  today: string,
): CompulsoryIsolationExemption[] {
  if (isFinalStatus(m.status)) return m.exemptions;
  return compulsoryIsolationExemptions({
    gender: person.gender,
    birthDate: person.birth_date,
    decisionDate: today,
    pregnant: m.pregnant,
    nursingChildBirthDate: m.nursing_child_birth_date,
  });
}

const flagSummary = (flags: readonly CompulsoryIsolationExemption[]) =>
  flags.length ? flags.map((f) => compulsoryIsolationExemptionLabels[f].zh).join('；') : '无第三十九条情形';

/**
 * Judges the measure's flags again and saves them. Records `event` on the timeline when the flags
 * changed, or always when `always` (the facts were edited). Returns the row as saved.
 */
export async function saveExemptions(
  r: Queries,
  m: MeasureRow,
  person: PersonFacts,
  at: Date,
  record: { kind: string; actorId: string | null; always: boolean },
): Promise<MeasureRow> {
  const today = businessDate(at);
  const flags = exemptionsOn(m, person, today);
  const changed = flags.join() !== m.exemptions.join();
  const saved = changed ? await r.update(m.id, { exemptions: flags, updated_at: at }) : m;
  if (changed || record.always) {
    await r.addEvent({
      measureId: m.id,
      personId: m.person_id,
      at,
      date: today,
      kind: record.kind,
      details: { exemptions: flags, summary: flagSummary(flags) },
      actorId: record.actorId,
    });
  }
  return saved;
}

/**
 * After the person's file changed (its ID number carries gender and birth date), in the caller's
 * transaction: the flags of every live measure of the person, judged again.
 */
export async function refreshExemptions(
  db: Db,
  person: PersonFacts,
  at: Date,
  actorId: string | null,
): Promise<void> {
  const r = createMeasureRepo(db);
  for (const m of await r.byPerson(person.id)) {
    if (isFinalStatus(m.status)) continue;
    await saveExemptions(r, m, person, at, { kind: 'exemptions', actorId, always: false });
  }
}
