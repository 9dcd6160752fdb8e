import {
  APP_TASK_KINDS,
  type Task,
  type TaskKind,
  type Worklist,
  type WorklistCategory,
  type WorklistItem,
} from '@taobo/contracts';
import { addDays, agreementDueBy, dueWindowBounds, violationKindLabels, type Calendar } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { TaskRow } from './tables.ts';
import type { TaskRepo } from './repo.ts';
import { DomainError, notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';

/** How far ahead "tests due this week" and "to discharge" look. */
const WEEK_DAYS = 7;
const DISCHARGE_HORIZON_DAYS = 30;
const ITEMS_PER_CATEGORY = 100;

export function createTaskService(deps: {
  repo: TaskRepo;
  clock: Clock;
  audit: AuditLog;
  calendar: () => Promise<Calendar>;
}) {
  const { repo, clock, audit, calendar } = deps;
  const today = () => businessDate(clock.now());

  const toTask = (t: TaskRow & { person_name: string }, day: string): Task => ({
    id: t.id,
    kind: t.kind,
    title: t.title,
    person: { id: t.person_id, name: t.person_name },
    measureId: t.measure_id,
    dueDate: t.due_date,
    overdue: t.status === 'open' && !!t.due_date && t.due_date < day,
    status: t.status,
    evidence: t.evidence as Task['evidence'],
    createdAt: new Date(t.created_at).toISOString(),
    doneAt: t.done_at ? new Date(t.done_at).toISOString() : null,
  });

  return {
    /** Tasks of the persons in the caller's jurisdiction (`mine=1`: the same, it is the caller's own worklist). */
    async list(
      actor: Actor,
      q: { status: 'open' | 'done' | 'all'; kind?: TaskKind; page: number; pageSize: number },
    ) {
      requirePermission(actor, 'measure:read');
      const { rows, total } = await repo.page(actor, q);
      const day = today();
      return { items: rows.map((r) => toTask(r, day)), total };
    },

    async done(actor: Actor, id: string, note: string | null): Promise<Task> {
      requirePermission(actor, 'measure:manage');
      const t = await repo.findScoped(actor, id);
      if (!t) throw notFound('待办');
      if (t.status !== 'open') throw new DomainError('TASK_CLOSED', '该待办已处理');
      const row = await repo.transaction(async (r, trx) => {
        const updated = await r.markDone(id, { note, at: clock.now(), by: actor.id });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'task.done',
          targetType: 'person',
          targetId: t.person_id,
          reason: note,
          details: { taskId: id, kind: t.kind },
        });
        return updated;
      });
      return toTask({ ...row, person_name: await repo.personName(row.person_id) }, today());
    },

    /** 待办: what each staff member must act on, by category, within their jurisdiction. */
    async worklist(actor: Actor): Promise<Worklist> {
      requirePermission(actor, 'measure:read');
      const day = today();
      const cal = await calendar();
      const [toReport, toSign, testsDue, toConfirm, tasks, toDischarge] = await Promise.all([
        repo.awaitingReport(actor),
        repo.awaitingAgreement(actor),
        repo.testsDue(actor, dueWindowBounds(day, WEEK_DAYS)),
        repo.candidateViolations(actor),
        repo.openTasks(actor),
        repo.endingBy(actor, addDays(day, DISCHARGE_HORIZON_DAYS)),
      ]);

      const items: WorklistItem[] = [];
      const add = (category: WorklistCategory, rows: Omit<WorklistItem, 'category'>[]) =>
        items.push(...rows.slice(0, ITEMS_PER_CATEGORY).map((r) => ({ category, ...r })));
      const who = (personId: string, name: string) => ({ id: personId, name });
      const taskItem = (t: (typeof tasks)[number], title = t.title) => ({
        person: who(t.person_id, t.person_name),
        measureId: t.measure_id,
        refId: t.id,
        title,
        dueDate: t.due_date,
        task: toTask(t, day),
      });

      add(
        'to_report',
        toReport.map((m) => ({
          person: who(m.person_id, m.name),
          measureId: m.id,
          refId: m.id,
          title: `报到期限 ${m.report_deadline}`,
          dueDate: m.report_deadline,
          task: null,
        })),
      );
      add(
        'to_sign',
        toSign.map((m) => ({
          person: who(m.person_id, m.name),
          measureId: m.id,
          refId: m.id,
          title: `报到于 ${m.reported_date}，应签订协议`,
          dueDate: m.reported_date ? agreementDueBy(m.reported_date, cal).date : null,
          task: null,
        })),
      );
      add(
        'tests_due',
        testsDue.map((t) => ({
          person: who(t.person_id, t.name),
          measureId: t.measure_id,
          refId: t.id,
          title:
            t.plan === 'random'
              ? `随机检测（${t.window_start}）`
              : `第 ${(t.window_index ?? 0) + 1} 次检测，${t.window_start} 至 ${addDays(t.window_end, -1)}`,
          dueDate: addDays(t.window_end, -1),
          task: null,
        })),
      );
      const overdueTasks = tasks.filter((t) => t.due_date && t.due_date < day);
      add(
        'overdue',
        overdueTasks.map((t) => taskItem(t, `逾期：${t.title}`)),
      );
      add(
        'to_confirm',
        toConfirm.map((v) => ({
          person: who(v.person_id, v.name),
          measureId: v.measure_id,
          refId: v.id,
          title:
            v.kind === 'evasion'
              ? `未按期检测（${v.date}），待确认是否逃避检测`
              : `待确认：${violationKindLabels[v.kind].zh}`,
          dueDate: v.date,
          task: null,
        })),
      );
      const police = tasks.filter((t) => t.kind === 'report_to_police');
      add(
        'to_police',
        police.map((t) => taskItem(t)),
      );
      const notices = tasks.filter((t) => t.kind === 'record_release_notice');
      add('to_discharge', [
        ...notices.map((t) => taskItem(t)),
        ...toDischarge.map((m) => ({
          person: who(m.person_id, m.name),
          measureId: m.id,
          refId: m.id,
          title: `期满 ${m.term_end}，届时解除`,
          dueDate: m.term_end,
          task: null,
        })),
      ]);
      const appTasks = tasks.filter((t) => APP_TASK_KINDS.includes(t.kind));
      add(
        'from_app',
        appTasks.map((t) => taskItem(t)),
      );
      // An ID number or phone entered elsewhere that is on one of these files (issue 10).
      const duplicates = tasks.filter((t) => t.kind === 'duplicate_review');
      add(
        'duplicates',
        duplicates.map((t) => taskItem(t)),
      );
      // An overdue task is also listed under its own category (or, for an agreement, under 待签协议):
      // the badge counts it once.
      const signing = new Set(toSign.map((m) => m.id));
      const listedTwice = overdueTasks.filter(
        (t) =>
          t.kind === 'report_to_police' ||
          t.kind === 'record_release_notice' ||
          APP_TASK_KINDS.includes(t.kind) ||
          t.kind === 'duplicate_review' ||
          (t.kind === 'sign_agreement' && t.measure_id !== null && signing.has(t.measure_id)),
      ).length;
      const counts = {
        to_report: toReport.length,
        to_sign: toSign.length,
        tests_due: testsDue.length,
        overdue: overdueTasks.length,
        to_confirm: toConfirm.length,
        to_police: police.length,
        to_discharge: notices.length + toDischarge.length,
        from_app: appTasks.length,
        duplicates: duplicates.length,
      };
      return {
        open: Object.values(counts).reduce((a, b) => a + b, 0) - listedTwice,
        counts,
        items,
      };
    },
  };
}
export type TaskService = ReturnType<typeof createTaskService>;
