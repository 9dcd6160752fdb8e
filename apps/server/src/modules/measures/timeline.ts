import {
  suspendReasonLabels,
  taskKindLabels,
  terminateReasonLabels,
  type TimelineEvent,
} from '@taobo/contracts';
import { measureTypeLabels, testKindLabels, testOutcomeLabels, violationKindLabels } from '@taobo/domain';
import { notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import type { PersonService } from '../persons/service.ts';
import type { MeasureRepo } from './repo.ts';

const eventTitles: Record<string, string> = {
  created: '收到社区戒毒（康复）决定书',
  report: '报到',
  agreement: '签订协议',
  suspend: '中止执行',
  resume: '恢复执行',
  terminate: '终止执行',
  transfer: '变更执行地',
  refused: '逾期未报到，视为拒绝接受',
  released: '期满解除',
  working_group: '调整工作小组',
  education: '批评教育（禁毒法第三十五条第二款）',
  exemption_facts: '更新禁毒法第三十九条情形',
  exemptions: '禁毒法第三十九条情形变化',
  no_early_release: '社区康复拒绝或严重违反协议后复吸',
};

interface Deps {
  repo: MeasureRepo;
  persons: PersonService;
}

export function createTimelineService(deps: Deps) {
  return {
    forPerson: (actor: Actor, personId: string) => personTimeline(deps, actor, personId),
  };
}
export type TimelineService = ReturnType<typeof createTimelineService>;

/** A person's supervision history, newest first: measure events, tests, violations, tasks. */
async function personTimeline(
  { repo, persons }: Deps,
  actor: Actor,
  personId: string,
): Promise<TimelineEvent[]> {
  requirePermission(actor, 'measure:read');
  if (!(await persons.findScoped(actor, personId))) throw notFound('人员档案');
  const [events, tests, violations, tasks] = await repo.history(personId);
  const out: TimelineEvent[] = [
    ...events.map((e) => {
      const d = e.details as Record<string, string | undefined>;
      const detail =
        e.kind === 'created' && d.type
          ? `${measureTypeLabels[d.type as keyof typeof measureTypeLabels]?.zh ?? ''} ${d.decisionNo ?? ''}`
          : e.kind === 'suspend' && d.reason
            ? (suspendReasonLabels[d.reason as keyof typeof suspendReasonLabels]?.zh ?? null)
            : e.kind === 'terminate' && d.reason
              ? (terminateReasonLabels[d.reason as keyof typeof terminateReasonLabels]?.zh ?? null)
              : e.kind === 'report' && d.late
                ? '逾期报到'
                : (d.summary ?? null);
      return {
        at: new Date(e.at).toISOString(),
        date: e.date,
        kind: `measure.${e.kind}`,
        title: eventTitles[e.kind] ?? e.kind,
        detail,
        actor: e.display_name,
      };
    }),
    ...tests.map((t) => ({
      at: new Date(t.recorded_at!).toISOString(),
      date: t.taken_date,
      kind: 'test',
      title: `${t.plan === 'random' ? '随机' : t.plan === 'extra' ? '计划外' : ''}${testKindLabels[t.kind!].zh}：${testOutcomeLabels[t.outcome!].zh}`,
      detail: null,
      actor: t.display_name,
    })),
    ...violations.map((v) => ({
      at: new Date(v.created_at).toISOString(),
      date: v.date,
      kind: `violation.${v.kind}`,
      title: `${violationKindLabels[v.kind].zh}${v.status === 'candidate' ? '（待确认）' : v.status === 'excused' ? '（已说明排除）' : ''}`,
      detail: v.reason,
      actor: null,
    })),
    ...tasks.map((t) => ({
      at: new Date(t.created_at).toISOString(),
      date: t.due_date,
      kind: `task.${t.kind}`,
      title: `${taskKindLabels[t.kind].zh}：${t.title}`,
      detail: t.status === 'done' ? '已办结' : null,
      actor: null,
    })),
  ];
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
