import { Alert, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  taskKindLabels,
  type PersonDetail,
  type TaskKind,
  type TimelineEvent,
  type ViolationKind,
} from '@taobo/contracts';
import { measureEventLabels, shanghaiDate, shanghaiDateTime, violationKindLabels } from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { useLabel, useLang } from '../i18n/labels.ts';
import { timelineQuery } from './measureQueries.ts';
import '../i18n/supervision.ts';

/** Colours by the server's event kinds: `measure.<event>`, `test`, `violation.<kind>`, `task.<kind>`. */
function colorOf(kind: string): string {
  const [group, sub] = kind.split('.');
  switch (group) {
    case 'violation':
      return 'red';
    case 'task':
      return 'orange';
    case 'test':
      return 'blue';
    case 'measure':
      if (sub === 'terminate' || sub === 'refused') return 'red';
      if (sub === 'suspend' || sub === 'transfer') return 'orange';
      if (sub === 'report' || sub === 'agreement' || sub === 'resume' || sub === 'released') return 'green';
      return 'blue';
    default:
      return 'gray';
  }
}

/**
 * The server words each event in Chinese; in English the measure events, violations and tasks
 * are named from the shared labels, and anything else keeps the server's words.
 */
function useEventTitle() {
  const lang = useLang();
  const label = useLabel();
  return (e: TimelineEvent): string => {
    if (lang === 'zh') return e.title;
    const [group, sub = ''] = e.kind.split('.');
    if (group === 'measure' && sub in measureTimelineLabels) return measureTimelineLabels[sub]!.en;
    if (group === 'violation' && sub in violationKindLabels)
      return label(violationKindLabels, sub as ViolationKind);
    if (group === 'task' && sub in taskKindLabels) return label(taskKindLabels, sub as TaskKind);
    return e.title;
  };
}

/** measure_events kinds beyond the lifecycle's own events. */
const measureTimelineLabels: Record<string, { zh: string; en: string }> = {
  ...measureEventLabels,
  created: { zh: '收到决定书', en: 'Decision received' },
  agreement: { zh: '签订协议', en: 'Agreement signed' },
  refused: { zh: '视为拒绝接受', en: 'Deemed refused' },
  released: { zh: '期满解除', en: 'Released' },
  working_group: { zh: '调整工作小组', en: 'Working group changed' },
};

/** 时间轴 tab: everything that happened in the person's supervision, newest first. */
export default function TimelineTab({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const timeline = useQuery(timelineQuery(person.id));
  const title = useEventTitle();
  if (timeline.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (timeline.isError) return <Alert type="error" showIcon title={errorMessage(timeline.error)} />;
  if (!timeline.data.length) return <Empty description={t('timeline.empty')} />;
  return (
    <div data-testid="timeline" style={{ padding: '8px 0', maxWidth: 960 }}>
      <Timeline
        mode="start"
        titleSpan="160px"
        items={timeline.data.map((e, i) => ({
          key: `${e.at}-${i}`,
          color: colorOf(e.kind),
          title: (
            <span className="mono" style={{ whiteSpace: 'nowrap' }}>
              {e.date ?? shanghaiDate(e.at)}
            </span>
          ),
          content: (
            <div data-testid="timeline-event" data-kind={e.kind}>
              <div>
                <Typography.Text strong>{title(e)}</Typography.Text>
              </div>
              {e.detail && (
                <div>
                  <Typography.Text type="secondary">{e.detail}</Typography.Text>
                </div>
              )}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {shanghaiDateTime(e.at)}
                  {e.actor ? ` · ${e.actor}` : ''}
                </Typography.Text>
              </div>
            </div>
          ),
        }))}
      />
    </div>
  );
}
