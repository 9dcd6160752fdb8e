import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { BarChartOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  courseCategoryLabels,
  courseStatusLabels,
  type CourseCategory,
  type CourseListItem,
  type CourseStatus,
} from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { useTitle } from '../components/useTitle.ts';
import { labelOptions, useLabel, useLang } from '../i18n/labels.ts';
import { useCourseActions } from './courseActions.ts';
import { courseListQuery } from './learningQueries.ts';
import '../i18n/learning.ts';

/** 课程管理: the courses staff may see, with search, filters and pagination; the state lives in the URL. */
export default function CourseListPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  useTitle(t('learning.listTitle'));

  const filters = {
    q: params.get('q') ?? undefined,
    status: (params.get('status') as CourseStatus | null) ?? undefined,
    category: (params.get('category') as CourseCategory | null) ?? undefined,
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: Number(params.get('pageSize') ?? 20) || 20,
  };
  const [text, setText] = useState(filters.q ?? '');
  const list = useQuery({ ...courseListQuery(filters), placeholderData: keepPreviousData });
  const actions = useCourseActions();

  function update(change: Partial<typeof filters>) {
    const next = { ...filters, page: 1, ...change };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) {
      if (v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20))
        p.set(k, String(v));
    }
    setParams(p, { replace: true });
  }

  const columns: TableColumnsType<CourseListItem> = [
    {
      title: t('learning.title'),
      dataIndex: 'title',
      render: (title: string, c) => (
        <Space size={4} wrap>
          <Link to={`/learning/${c.id}`}>{title}</Link>
          {c.starter && <Tag>{t('learning.starter')}</Tag>}
          {!c.editable && (
            <Tooltip title={t('learning.readOnly')}>
              <Tag color="default">{t('learning.readOnlyTag')}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t('learning.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: CourseCategory) => label(courseCategoryLabels, c),
    },
    { title: t('learning.creditHours'), dataIndex: 'creditHours', width: 70 },
    {
      title: t('learning.lessons'),
      dataIndex: 'lessonCount',
      width: 70,
    },
    {
      title: t('learning.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: CourseStatus) => (
        <Tag color={s === 'published' ? 'green' : 'default'}>{label(courseStatusLabels, s)}</Tag>
      ),
    },
    { title: t('learning.scope'), width: 150, render: (_, c) => c.scope.name },
    {
      title: t('learning.updatedAt'),
      dataIndex: 'updatedAt',
      width: 150,
      render: (at: string) => shanghaiDateTime(at),
    },
    {
      title: t('learning.actions'),
      width: 190,
      render: (_, c) =>
        c.editable ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => void navigate(`/learning/${c.id}`)}>
              {t('learning.edit')}
            </Button>
            {c.status === 'published' ? (
              <Button
                type="link"
                size="small"
                danger
                disabled={actions.busy}
                onClick={() => actions.unpublish(c)}
              >
                {t('learning.unpublish')}
              </Button>
            ) : (
              <Button
                type="link"
                size="small"
                disabled={actions.busy}
                onClick={() => void actions.publish(c.id)}
              >
                {t('learning.publish')}
              </Button>
            )}
            {c.status === 'draft' && (
              <Button
                type="link"
                size="small"
                danger
                disabled={actions.busy}
                onClick={() => actions.remove(c)}
              >
                {t('learning.delete')}
              </Button>
            )}
          </Space>
        ) : (
          <Button type="link" size="small" onClick={() => void navigate(`/learning/${c.id}`)}>
            {t('learning.view')}
          </Button>
        ),
    },
  ];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('learning.listTitle')}
        </Typography.Title>
      }
      extra={
        <Space>
          <Button icon={<BarChartOutlined aria-hidden />} onClick={() => void navigate('/learning/stats')}>
            {t('learning.statsTitle')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate('/learning/new')}
          >
            {t('learning.newCourse')}
          </Button>
        </Space>
      }
    >
      <Space wrap size={[8, 8]} style={{ marginBottom: 12 }}>
        <Input.Search
          id="course-search"
          allowClear
          enterButton={t('common.search')}
          placeholder={t('learning.search')}
          aria-label={t('learning.search')}
          style={{ width: 320 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
        <Select<CourseStatus>
          aria-label={t('learning.status')}
          allowClear
          placeholder={t('learning.allStatuses')}
          style={{ width: 130 }}
          value={filters.status}
          onChange={(status) => update({ status })}
          options={labelOptions(courseStatusLabels, lang)}
        />
        <Select<CourseCategory>
          aria-label={t('learning.category')}
          allowClear
          placeholder={t('learning.allCategories')}
          style={{ width: 150 }}
          value={filters.category}
          onChange={(category) => update({ category })}
          options={labelOptions(courseCategoryLabels, lang)}
        />
        <Button
          icon={<ReloadOutlined aria-hidden />}
          onClick={() => {
            setText('');
            update({ q: undefined, status: undefined, category: undefined });
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<CourseListItem>
        data-testid="course-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) =>
            update(pageSize !== filters.pageSize ? { pageSize, page: 1 } : { page }),
        }}
      />
    </Card>
  );
}
