import { Alert, Card, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  bookingStatusLabels,
  instrumentLabels,
  type PersonCounselling,
  type PersonDetail,
} from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { useLabel } from '../i18n/labels.ts';
import { personCounsellingQuery } from './queries.ts';
import { SeverityTag } from './ScreeningsPanel.tsx';

type Row = PersonCounselling['screenings'][number];
type Session = PersonCounselling['sessions'][number];

/**
 * The file's 心理康复 tab for the working group: screening scores (a severe one matters to the
 * person's safety) and the sessions held; never the answers or the notes (counsellors only).
 */
export default function PersonCounsellingTab({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const q = useQuery(personCounsellingQuery(person.id));
  if (q.isError) return <Alert type="error" showIcon title={errorMessage(q.error)} />;
  return (
    <div data-testid="person-counselling">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('counselling.personTabHint')} />
      <Card size="small" title={t('counselling.personScreenings')} style={{ marginBottom: 12 }}>
        <Table<Row>
          size="small"
          rowKey="id"
          loading={q.isPending}
          dataSource={q.data?.screenings ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('counselling.empty') }}
          columns={[
            {
              title: t('counselling.submittedAt'),
              key: 'at',
              render: (_, s) => shanghaiDateTime(s.createdAt),
            },
            {
              title: t('counselling.instrument'),
              key: 'i',
              render: (_, s) => label(instrumentLabels, s.instrument),
            },
            { title: t('counselling.score'), key: 's', render: (_, s) => `${s.total} / ${s.maxTotal}` },
            { title: t('counselling.severity'), key: 'v', render: (_, s) => <SeverityTag s={s} /> },
            {
              title: t('counselling.alert'),
              key: 'a',
              render: (_, s) => (s.alert ? <Tag color="red">{t('counselling.alert')}</Tag> : '—'),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('counselling.personSessions')}>
        <Table<Session>
          size="small"
          rowKey="id"
          loading={q.isPending}
          dataSource={q.data?.sessions ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('counselling.empty') }}
          columns={[
            { title: t('counselling.date'), key: 'd', render: (_, s) => `${s.date} ${s.startTime}` },
            { title: t('counselling.counsellor'), key: 'c', render: (_, s) => s.counsellor.name },
            {
              title: t('counselling.status'),
              key: 's',
              render: (_, s) => label(bookingStatusLabels, s.status),
            },
          ]}
        />
      </Card>
    </div>
  );
}
