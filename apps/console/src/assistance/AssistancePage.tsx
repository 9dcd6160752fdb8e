import { useState } from 'react';
import { Alert, Card, Input, Select, Space } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  AssistanceStatus,
  AssistanceType,
  assistanceStatusLabels,
  assistanceTypeLabels,
  type AssistanceListItem,
} from '@taobo/contracts';
import { api, errorMessage, type Paged } from '../api.ts';
import { useDebounced } from '../components/useDebounced.ts';
import { useTitle } from '../components/useTitle.ts';
import { useLabel } from '../i18n/labels.ts';
import { AssistanceDrawer } from './AssistanceDrawer.tsx';
import { AssistanceTable } from './AssistanceTable.tsx';

/** 帮扶申请 for social workers and officers: filter, search, open, accept, conclude. */
export default function AssistancePage() {
  const { t } = useTranslation();
  const label = useLabel();
  useTitle(t('assistance.title'));
  const [params, setParams] = useSearchParams();
  const type = (params.get('type') as AssistanceType | null) ?? undefined;
  const status = (params.get('status') as AssistanceStatus | null) ?? undefined;
  const page = Number(params.get('page') ?? 1) || 1;
  const [q, setQ] = useState(params.get('q') ?? '');
  const search = useDebounced(q.trim(), 300);
  const [open, setOpen] = useState<string | null>(params.get('open'));
  const set = (patch: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch))
          if (v) next.set(k, v);
          else next.delete(k);
        return next;
      },
      { replace: true },
    );
  const list = useQuery({
    queryKey: ['assistance', 'list', type ?? '', status ?? '', search, page],
    queryFn: ({ signal }) =>
      api.get<Paged<AssistanceListItem>>(
        '/api/assistance',
        { type, status, q: search, page, pageSize: 20 },
        signal,
      ),
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
          onChange={(e) => {
            setQ(e.target.value);
            set({ q: e.target.value || undefined, page: undefined });
          }}
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
