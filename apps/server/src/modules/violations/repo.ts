import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';
import { personScope, type Actor } from '../../platform/access.ts';
import type { AbsenceTable, EducationTable, ViolationRow } from './tables.ts';

export type NewViolation = Pick<
  ViolationRow,
  'measure_id' | 'person_id' | 'kind' | 'status' | 'date' | 'test_id' | 'absence_id' | 'reason' | 'dedupe_key'
> &
  /** Who confirmed it, when it is confirmed as it is recorded (an on-the-spot refusal). */
  Partial<Pick<ViolationRow, 'decided_by' | 'decided_at'>>;

function violationQueries(db: Db) {
  return {
    /** Records a violation once: a second call with its dedupe key is a no-op (undefined). */
    insert: (v: NewViolation, at: Date) =>
      db
        .insertInto('violations')
        .values({ decided_by: null, decided_at: null, ...v, created_at: at })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returningAll()
        .executeTakeFirst(),

    /** The violation, if the actor's jurisdiction covers its person. */
    findScoped: (actor: Actor, id: string) =>
      db
        .selectFrom('violations')
        .innerJoin('persons', 'persons.id', 'violations.person_id')
        .selectAll('violations')
        .where('violations.id', '=', id)
        .where(personScope(actor))
        .executeTakeFirst(),
    ofPerson: (personId: string) =>
      db
        .selectFrom('violations')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('date', 'desc')
        .orderBy('created_at', 'desc')
        .execute(),
    ofMeasure: (measureId: string) =>
      db.selectFrom('violations').selectAll().where('measure_id', '=', measureId).orderBy('date').execute(),
    confirmedEvasions: (measureId: string) =>
      db
        .selectFrom('violations')
        .selectAll()
        .where('measure_id', '=', measureId)
        .where('kind', '=', 'evasion')
        .where('status', '=', 'confirmed')
        .orderBy('date')
        .execute(),
    /** Confirms or excuses a candidate (throws if another request decided it first). */
    decide: (
      id: string,
      d: { status: 'confirmed' | 'excused'; reason: string | null; by: string; at: Date },
    ) =>
      db
        .updateTable('violations')
        .set({ status: d.status, reason: d.reason, decided_by: d.by, decided_at: d.at })
        .where('id', '=', id)
        .where('status', '=', 'candidate')
        .returningAll()
        .executeTakeFirstOrThrow(),

    absencesOf: (measureId: string, order: 'asc' | 'desc') =>
      db
        .selectFrom('absences')
        .selectAll()
        .where('measure_id', '=', measureId)
        .orderBy('from_date', order)
        .execute(),
    insertAbsence: (a: Insertable<AbsenceTable>) =>
      db.insertInto('absences').values(a).returningAll().executeTakeFirstOrThrow(),
    /** The absence a leave request records, one per leave and kind (reported or not), kept up to date. */
    saveLeaveAbsence: (a: Insertable<AbsenceTable> & { leave_request_id: string }) =>
      db
        .insertInto('absences')
        .values(a)
        .onConflict((oc) =>
          oc
            .columns(['leave_request_id', 'reported'])
            .where('leave_request_id', 'is not', null)
            .doUpdateSet({ from_date: a.from_date, to_date: a.to_date, note: a.note }),
        )
        .returningAll()
        .executeTakeFirstOrThrow(),

    insertEducation: (e: Insertable<EducationTable>) =>
      db.insertInto('educations').values(e).returningAll().executeTakeFirstOrThrow(),
    /** A measure's 批评教育 records, newest first, with who gave them and the violation answered. */
    educationsOf: (measureId: string) =>
      db
        .selectFrom('educations')
        .innerJoin('staff', 'staff.id', 'educations.given_by')
        .leftJoin('violations', 'violations.id', 'educations.violation_id')
        .selectAll('educations')
        .select([
          'staff.display_name as given_by_name',
          'violations.kind as violation_kind',
          'violations.date as violation_date',
        ])
        .where('educations.measure_id', '=', measureId)
        .orderBy('educations.date', 'desc')
        .orderBy('educations.created_at', 'desc')
        .execute(),

    staffNames: (ids: string[]) =>
      ids.length
        ? db.selectFrom('staff').select(['id', 'display_name']).where('id', 'in', ids).execute()
        : Promise.resolve([]),
  };
}

/** Violations and absences; `transaction` runs several queries as one unit. */
export const createViolationRepo = (db: Db) => repository(db, violationQueries);
export type ViolationRepo = ReturnType<typeof createViolationRepo>;
