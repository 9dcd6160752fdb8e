import {
  Alert,
  Col,
  Empty,
  Progress,
  Row,
  Skeleton,
  Statistic,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { courseCategoryLabels, type PersonLearning } from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { useLabel } from '../i18n/labels.ts';
import { personLearningQuery } from './learningQueries.ts';
import '../i18n/learning.ts';

type Row = PersonLearning['courses'][number];
const time = (at: string | null) => (at ? shanghaiDateTime(at) : '—');

/** The 在线学习 tab of a person's file: hours earned and each course started or completed. */
export default function PersonLearningTab({ person }: { person: { id: string } }) {
  const { t } = useTranslation();
  const label = useLabel();
  const record = useQuery(personLearningQuery(person.id));
  if (record.isPending) return <Skeleton active />;
  if (record.isError) return <Alert type="error" showIcon title={errorMessage(record.error)} />;

  const columns: TableColumnsType<Row> = [
    { title: t('learning.title'), dataIndex: 'title' },
    {
      title: t('learning.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: Row['category']) => label(courseCategoryLabels, c),
    },
    {
      title: t('learning.progress'),
      width: 200,
      render: (_, c) => (
        <Progress
          size="small"
          percent={c.lessonCount ? Math.round((c.lessonsDone / c.lessonCount) * 100) : 0}
          format={() => `${c.lessonsDone}/${c.lessonCount}`}
        />
      ),
    },
    {
      title: t('learning.status'),
      width: 90,
      render: (_, c) =>
        c.completedAt ? (
          <Tag color="green">{t('learning.completed')}</Tag>
        ) : (
          <Tag color="orange">{t('learning.inProgress')}</Tag>
        ),
    },
    { title: t('learning.hours'), dataIndex: 'hoursCredited', width: 90 },
    { title: t('learning.completedAt'), dataIndex: 'completedAt', width: 150, render: time },
    { title: t('learning.lastActivity'), dataIndex: 'lastActivityAt', width: 150, render: time },
  ];

  return (
    <div data-testid="person-learning">
      <Row gutter={32} style={{ marginBottom: 16 }}>
        <Col>
          <Statistic title={t('learning.hours')} value={record.data.hours} />
        </Col>
        <Col>
          <Statistic title={t('learning.completedCount')} value={record.data.completedCount} />
        </Col>
      </Row>
      {record.data.courses.length === 0 ? (
        <Empty description={t('learning.notStarted')} />
      ) : (
        <Table<Row>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={record.data.courses}
          pagination={false}
        />
      )}
    </div>
  );
}
