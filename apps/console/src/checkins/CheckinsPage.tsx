import { useState } from 'react';
import { Alert, Card, DatePicker, Input, Select, Space } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { useListParams } from '../components/useListParams.ts';
import { useTitle } from '../components/useTitle.ts';
import '../i18n/checkins.ts';
import { CheckinDrawer } from './CheckinDrawer.tsx';
import { CheckinPolicyCard } from './CheckinPolicyCard.tsx';
import { CheckinTable } from './CheckinTable.tsx';

type Flagged = 'all' | 'flagged' | 'open';

/** 在线报到: every check-in in the caller's jurisdiction, filtered by period, follow-up and name. */
export default function CheckinsPage() {
  const { t } = useTranslation();
  const can = useCan();
  useTitle(t('checkins.title'));
  const { params, set, page, q, search, typeSearch } = useListParams();
  const period = params.get('period') ?? undefined;
  const flagged = (params.get('flagged') as Flagged | null) ?? 'all';
  const [open, setOpen] = useState<string | null>(params.get('open'));
  const list = useQuery({
    queryKey: ['checkins', 'list', period ?? '', flagged, search, page],
    queryFn: ({ signal }) =>
      api.get('/api/checkins', { query: { period, flagged, q: search, page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      {can('policy:manage') && <CheckinPolicyCard />}
      <Card title={t('checkins.title')} size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={t('checkins.search')}
            aria-label={t('checkins.search')}
            value={q}
            onChange={(e) => typeSearch(e.target.value)}
          />
          <DatePicker
            picker="month"
            allowClear
            placeholder={t('checkins.period')}
            aria-label={t('checkins.period')}
            value={period ? dayjs(`${period}-01`) : null}
            onChange={(d) => set({ period: d ? d.format('YYYY-MM') : undefined, page: undefined })}
          />
          <Select<Flagged>
            style={{ width: 140 }}
            aria-label={t('checkins.flagged')}
            value={flagged}
            onChange={(v) => set({ flagged: v === 'all' ? undefined : v, page: undefined })}
            options={[
              { value: 'all', label: t('checkins.flaggedAll') },
              { value: 'flagged', label: t('checkins.flaggedFlagged') },
              { value: 'open', label: t('checkins.flaggedOpen') },
            ]}
          />
        </Space>
        {list.isError && (
          <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
        )}
        <CheckinTable
          items={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          page={page}
          loading={list.isFetching}
          onPage={(p) => set({ page: p > 1 ? String(p) : undefined })}
          onOpen={(id) => {
            setOpen(id);
            set({ open: id });
          }}
        />
        {open && (
          <CheckinDrawer
            id={open}
            onClose={() => {
              setOpen(null);
              set({ open: undefined });
            }}
          />
        )}
      </Card>
    </>
  );
}
