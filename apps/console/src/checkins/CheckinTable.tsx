import { Button, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CheckinSummary } from '@taobo/contracts';
import { checkinFlagLabels, checkinMoodLabels, checkinWorkLabels, shanghaiDateTime } from '@taobo/domain';
import { useLabel } from '../i18n/labels.ts';

const moodColors: Record<CheckinSummary['mood'], string> = {
  good: 'green',
  ok: 'blue',
  bad: 'orange',
  very_bad: 'red',
};

/** Check-ins as a table; `showPerson` off on the person's own tab. */
export function CheckinTable({
  items,
  total,
  page,
  loading,
  onPage,
  onOpen,
  showPerson = true,
}: {
  items: CheckinSummary[];
  total: number;
  page: number;
  loading: boolean;
  onPage?: (page: number) => void;
  onOpen: (id: string) => void;
  showPerson?: boolean;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Table<CheckinSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('checkins.empty') }}
      pagination={
        onPage
          ? { current: page, pageSize: 20, total, showSizeChanger: false, onChange: onPage }
          : { pageSize: 20, hideOnSinglePage: true }
      }
      onRow={(r) => ({ 'data-testid': `checkin-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        ...(showPerson
          ? [
              {
                title: t('checkins.person'),
                dataIndex: 'person',
                render: (p: CheckinSummary['person']) => (
                  <Link to={`/persons/${p.id}?tab=checkins`}>{p.name}</Link>
                ),
              },
            ]
          : []),
        {
          title: t('checkins.at'),
          dataIndex: 'at',
          width: 150,
          render: (v: string) => shanghaiDateTime(v),
        },
        { title: t('checkins.period'), dataIndex: 'periodKey', width: 90 },
        {
          title: t('checkins.mood'),
          dataIndex: 'mood',
          width: 80,
          render: (m: CheckinSummary['mood']) => (
            <Tag color={moodColors[m]}>{label(checkinMoodLabels, m)}</Tag>
          ),
        },
        {
          title: t('checkins.work'),
          dataIndex: 'work',
          width: 100,
          render: (w: CheckinSummary['work']) => label(checkinWorkLabels, w),
        },
        {
          title: t('checkins.callback'),
          dataIndex: 'callback',
          width: 80,
          render: (v: boolean) => (v ? <Tag color="orange">{t('checkins.yes')}</Tag> : t('checkins.no')),
        },
        {
          title: t('checkins.flags'),
          dataIndex: 'flags',
          render: (flags: CheckinSummary['flags']) =>
            flags.length
              ? flags.map((f) => (
                  <Tag key={f} color="red">
                    {label(checkinFlagLabels, f)}
                  </Tag>
                ))
              : t('checkins.none'),
        },
        {
          title: t('checkins.followup'),
          key: 'followup',
          width: 90,
          render: (_: unknown, r: CheckinSummary) =>
            r.followup ? (
              <Tag color="green">{t('checkins.followedUp')}</Tag>
            ) : r.flags.length ? (
              <Tag color="gold">{t('checkins.followupOpen')}</Tag>
            ) : (
              t('checkins.none')
            ),
        },
        {
          title: '',
          key: 'open',
          width: 70,
          render: (_: unknown, r: CheckinSummary) => (
            <Button size="small" type="link" onClick={() => onOpen(r.id)} data-testid="checkin-open">
              {t('checkins.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
