import type { CourseStats, PersonLearning } from '@taobo/contracts';
import { notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { LearningRepo } from './repo.ts';
import { hours, iso } from './views.ts';

/** What staff see of the persons' learning: figures per course, and a person's record on their file. */
export function createLearningRecordService(deps: { repo: LearningRepo; audit: AuditLog }) {
  const { repo, audit } = deps;

  return {
    /** Learners and completions per course, over the persons in the actor's jurisdiction. */
    async stats(actor: Actor): Promise<CourseStats> {
      requirePermission(actor, 'course:manage');
      const rows = await repo.stats(actor);
      const items = rows.map((r) => ({
        id: r.id,
        title: r.title,
        category: r.category,
        status: r.status,
        creditHours: hours(r.credit_hours),
        learners: Number(r.learners ?? 0),
        completions: Number(r.completions ?? 0),
      }));
      return {
        items,
        totalCompletions: items.reduce((s, i) => s + i.completions, 0),
        totalHours: items.reduce((s, i) => s + i.completions * i.creditHours, 0),
      };
    },

    /** The learning record on a person's file; a view of the file, so it is audited. */
    async ofPerson(actor: Actor, personId: string): Promise<PersonLearning> {
      requirePermission(actor, 'person:read');
      if (!(await repo.personInScope(actor, personId))) throw notFound('人员');
      const rows = await repo.personCourses(personId);
      await repo.transaction((_, trx) =>
        audit.record(trx, {
          ...auditActor(actor),
          action: 'person.learning_view',
          targetType: 'person',
          targetId: personId,
        }),
      );
      const courses = rows.map((r) => ({
        id: r.id,
        title: r.title,
        category: r.category,
        creditHours: hours(r.credit_hours),
        lessonsDone: Number(r.lessons_done ?? 0),
        lessonCount: Number(r.lesson_count ?? 0),
        completedAt: iso(r.completed_at),
        hoursCredited: hours(r.hours_credited),
        lastActivityAt: iso(r.last_activity_at as Date | null),
      }));
      return {
        hours: courses.reduce((s, c) => s + c.hoursCredited, 0),
        completedCount: courses.filter((c) => c.completedAt).length,
        courses,
      };
    },
  };
}
export type LearningRecordService = ReturnType<typeof createLearningRecordService>;
