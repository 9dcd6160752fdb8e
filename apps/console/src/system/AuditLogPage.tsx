import { useState } from 'react';
import { Alert, Card, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { auditActionLabels, roleLabels, type AuditLogItem, type Role } from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useTitle } from '../components/useTitle.ts';
import { labelOptions, useLabel, useLang } from '../i18n/labels.ts';

const TARGETS = ['person', 'staff', 'org_unit', 'audit'] as const;
type Target = (typeof TARGETS)[number];
const isTarget = (v: string): v is Target => (TARGETS as readonly string[]).includes(v);

/** `details` holds no personal values (contract): shown compactly, as key: value. */
function describe(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => {
      const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
      return `${key}: ${text}`;
    })
    .join('；');
}

/** The staff picker searches the admin's own staff list (GET /api/staff). */
function ActorSelect({ value, onChange }: { value?: string; onChange: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const staff = useQuery({
    queryKey: ['staff', 'list', { q, page: 1, pageSize: 50 }],
    queryFn: ({ signal }) => api.get('/api/staff', { query: { q, page: 1, pageSize: 50 }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <Select<string>
      aria-label={t('audit.actor')}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('audit.allActors')}
      style={{ width: 220 }}
      value={value}
      onChange={(id) => onChange(id)}
      loading={staff.isFetching}
      options={(staff.data?.items ?? []).map((s) => ({
        value: s.id,
        label: `${s.displayName}（${s.orgUnitName}）`,
      }))}
    />
  );
}

/** 审计日志: the audit log of the admin's area (GET /api/audit), filtered by action, actor and dates. */
export default function AuditLogPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  useTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const action = params.get('action') ?? undefined;
  const actorId = params.get('actorId') ?? undefined;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = [20, 50, 100].includes(Number(params.get('pageSize')))
    ? Number(params.get('pageSize'))
    : 20;

  const log = useQuery({
    queryKey: ['audit', 'log', { action, actorId, from, to, page, pageSize }],
    queryFn: ({ signal }) =>
      api.get('/api/audit', { query: { action, actorId, from, to, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });

  const update = (patch: Record<string, string | number | undefined | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (!('page' in patch)) next.delete('page');
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === null || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });

  return (
    <Card size="small" title={t('audit.title')}>
      <Typography.Paragraph type="secondary">{t('audit.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<string>
          aria-label={t('audit.action')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.allActions')}
          style={{ width: 220 }}
          value={action}
          onChange={(value) => update({ action: value })}
          options={labelOptions(auditActionLabels, lang)}
        />
        <ActorSelect value={actorId} onChange={(id) => update({ actorId: id })} />
        <DatePicker.RangePicker
          aria-label={t('audit.at')}
          allowEmpty={[true, true]}
          placeholder={[t('audit.from'), t('audit.to')]}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          onChange={(range) =>
            update({
              from: range?.[0]?.format('YYYY-MM-DD'),
              to: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
        />
      </Space>
      {log.isError && (
        <Alert type="error" showIcon title={errorMessage(log.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<AuditLogItem>
        data-testid="audit-log-table"
        size="small"
        rowKey="id"
        loading={log.isFetching}
        dataSource={log.data?.items ?? []}
        columns={[
          {
            title: t('audit.at'),
            dataIndex: 'at',
            width: 170,
            render: (v: string) => shanghaiDateTime(v, { seconds: true }),
          },
          {
            title: t('audit.actor'),
            dataIndex: 'actorName',
            width: 220,
            render: (name: string | null, e) => (
              <Space size={4}>
                <span>{name ?? t('audit.system')}</span>
                {e.actorRole && e.actorRole in roleLabels && (
                  <Tag>{label(roleLabels, e.actorRole as Role)}</Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 160,
            render: (a: string) => (auditActionLabels[a] ? label(auditActionLabels, a) : a),
          },
          {
            title: t('audit.target'),
            dataIndex: 'targetType',
            width: 120,
            render: (type: string, e) => (
              <Typography.Text title={e.targetId ?? undefined}>
                {isTarget(type) ? t(`audit.targets.${type}`) : type}
              </Typography.Text>
            ),
          },
          {
            title: t('audit.ip'),
            dataIndex: 'ip',
            width: 130,
            render: (v: string | null) => <span className="mono">{v ?? t('common.none')}</span>,
          },
          {
            title: t('audit.details'),
            dataIndex: 'details',
            ellipsis: true,
            render: (d: Record<string, unknown>, e) => {
              const text = [e.reason, describe(d ?? {})].filter(Boolean).join('；');
              return text ? (
                <Typography.Text type="secondary" title={text}>
                  {text}
                </Typography.Text>
              ) : (
                t('common.none')
              );
            },
          },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: log.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (p, size) => update(size !== pageSize ? { pageSize: size, page: 1 } : { page: p }),
        }}
      />
    </Card>
  );
}
