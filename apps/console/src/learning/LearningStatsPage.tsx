import {
  Alert,
  Button,
  Card,
  Col,
  Row,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { courseCategoryLabels, courseStatusLabels, type CourseStats } from '@taobo/contracts';
import { errorMessage } from '../api.ts';
import { useTitle } from '../components/useTitle.ts';
import { useLabel } from '../i18n/labels.ts';
import { courseStatsQuery } from './learningQueries.ts';
import '../i18n/learning.ts';

type Row = CourseStats['items'][number];

/** 学习统计: per course, how many persons of the caller's jurisdiction started and completed it. */
export default function LearningStatsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const navigate = useNavigate();
  const stats = useQuery(courseStatsQuery);
  useTitle(t('learning.statsTitle'));

  const columns: TableColumnsType<Row> = [
    { title: t('learning.title'), dataIndex: 'title' },
    {
      title: t('learning.category'),
      dataIndex: 'category',
      width: 120,
      render: (c: Row['category']) => label(courseCategoryLabels, c),
    },
    {
      title: t('learning.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: Row['status']) => (
        <Tag color={s === 'published' ? 'green' : 'default'}>{label(courseStatusLabels, s)}</Tag>
      ),
    },
    { title: t('learning.creditHours'), dataIndex: 'creditHours', width: 70 },
    {
      title: t('learning.learners'),
      dataIndex: 'learners',
      width: 100,
      sorter: (a, b) => a.learners - b.learners,
    },
    {
      title: t('learning.completions'),
      dataIndex: 'completions',
      width: 100,
      sorter: (a, b) => a.completions - b.completions,
      defaultSortOrder: 'descend',
    },
  ];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          <Button
            type="text"
            size="small"
            icon={<ArrowLeftOutlined aria-hidden />}
            aria-label={t('common.back')}
            onClick={() => void navigate('/learning')}
          />{' '}
          {t('learning.statsTitle')}
        </Typography.Title>
      }
    >
      {stats.isError && (
        <Alert type="error" showIcon title={errorMessage(stats.error)} style={{ marginBottom: 12 }} />
      )}
      <Typography.Paragraph type="secondary">{t('learning.statsHint')}</Typography.Paragraph>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col>
          <Statistic
            title={t('learning.totalCompletions')}
            value={stats.data?.totalCompletions ?? 0}
            loading={stats.isPending}
          />
        </Col>
        <Col>
          <Statistic
            title={t('learning.totalHours')}
            value={stats.data?.totalHours ?? 0}
            loading={stats.isPending}
          />
        </Col>
      </Row>
      <Table<Row>
        data-testid="learning-stats"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={stats.data?.items ?? []}
        loading={stats.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
    </Card>
  );
}
