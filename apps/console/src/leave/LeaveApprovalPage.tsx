import { Alert, Card, Input, Select, Space, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LeaveListQuery, LeaveStatus } from '@taobo/contracts';
import { leaveStatusLabels } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { useListParams } from '../components/useListParams.ts';
import { useTitle } from '../components/useTitle.ts';
import { useLabel } from '../i18n/labels.ts';
import '../i18n/leave.ts';
import { LeavePolicyCard } from './LeavePolicyCard.tsx';
import { LeaveTable } from './LeaveTable.tsx';

/**
 * 外出报告 (请假): reports to acknowledge (and, under a local approval policy, requests to decide)
 * first with their deadline, then overdue leave, then the rest; the county's policy above.
 */
export default function LeaveApprovalPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const can = useCan();
  useTitle(t('leave.title'));
  const { params, set, page, q, search, typeSearch } = useListParams();
  // An unknown status in the address shows the default list.
  const status = LeaveListQuery.shape.status.catch('todo').parse(params.get('status') ?? undefined);
  const list = useQuery({
    queryKey: ['leave', 'list', status, search, page],
    queryFn: ({ signal }) =>
      api.get('/api/leave-requests', { query: { status, q: search, page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      {can('policy:manage') && <LeavePolicyCard />}
      <Card title={t('leave.title')} size="small">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('leave.rules')}
        </Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            style={{ width: 240 }}
            placeholder={t('leave.search')}
            aria-label={t('leave.search')}
            value={q}
            onChange={(e) => typeSearch(e.target.value)}
          />
          <Select
            style={{ width: 260 }}
            aria-label={t('leave.status')}
            value={status}
            onChange={(v) => set({ status: v === 'todo' ? undefined : v, page: undefined })}
            options={[
              { value: 'todo', label: t('leave.todo') },
              { value: 'all', label: t('leave.all') },
              ...LeaveStatus.options.map((s) => ({ value: s, label: label(leaveStatusLabels, s) })),
            ]}
          />
        </Space>
        {list.isError && (
          <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
        )}
        <LeaveTable
          items={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          page={page}
          loading={list.isFetching}
          onPage={(p) => set({ page: p > 1 ? String(p) : undefined })}
        />
      </Card>
    </>
  );
}
