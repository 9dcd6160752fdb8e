import { useState } from 'react';
import { Alert, Card, Input, Select, Space } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  AssistanceStatus,
  AssistanceType,
  assistanceStatusLabels,
  assistanceTypeLabels,
} from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { useListParams } from '../components/useListParams.ts';
import { useTitle } from '../components/useTitle.ts';
import { useLabel } from '../i18n/labels.ts';
import { AssistanceDrawer } from './AssistanceDrawer.tsx';
import { AssistanceTable } from './AssistanceTable.tsx';

/** 帮扶申请 for social workers and officers: filter, search, open, accept, conclude. */
export default function AssistancePage() {
  const { t } = useTranslation();
  const label = useLabel();
  useTitle(t('assistance.title'));
  const { params, set, page, q, search, typeSearch } = useListParams();
  const type = (params.get('type') as AssistanceType | null) ?? undefined;
  const status = (params.get('status') as AssistanceStatus | null) ?? undefined;
  const [open, setOpen] = useState<string | null>(params.get('open'));
  const list = useQuery({
    queryKey: ['assistance', 'list', type ?? '', status ?? '', search, page],
    queryFn: ({ signal }) =>
      api.get('/api/assistance', { query: { type, status, q: search, page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <Card title={t('assistance.title')} size="small">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          style={{ width: 220 }}
          placeholder={t('assistance.search')}
          aria-label={t('assistance.search')}
          value={q}
          onChange={(e) => typeSearch(e.target.value)}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('assistance.allTypes')}
          aria-label={t('assistance.type')}
          value={type}
          onChange={(v) => set({ type: v, page: undefined })}
          options={AssistanceType.options.map((v) => ({ value: v, label: label(assistanceTypeLabels, v) }))}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('assistance.allStatuses')}
          aria-label={t('assistance.status')}
          value={status}
          onChange={(v) => set({ status: v, page: undefined })}
          options={AssistanceStatus.options.map((v) => ({
            value: v,
            label: label(assistanceStatusLabels, v),
          }))}
        />
      </Space>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <AssistanceTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        loading={list.isFetching}
        onPage={(p) => set({ page: p > 1 ? String(p) : undefined })}
        onOpen={setOpen}
      />
      {open && <AssistanceDrawer id={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
