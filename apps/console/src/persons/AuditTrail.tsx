import { useState } from 'react';
import { Alert, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { auditActionLabels, type AuditEvent } from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { useLabel } from '../i18n/labels.ts';
import { personAuditQuery } from './personQueries.ts';

/** Person fields as named in the contract → their labels (i18n keys). */
const fieldKeys: Record<string, string> = {
  name: 'person.name',
  idNumber: 'person.idNumber',
  phone: 'person.phone',
  orgUnitId: 'person.orgUnit',
  gridId: 'person.grid',
  status: 'person.status',
  householdOrgUnitId: 'person.householdOrgUnit',
  householdAddress: 'person.householdAddress',
  residenceOrgUnitId: 'person.residenceOrgUnit',
  residenceAddress: 'person.residenceAddress',
  drugTypes: 'person.drugTypes',
  firstFoundDate: 'person.firstFoundDate',
  rehabEpisodes: 'person.section.rehab',
  policeId: 'person.team.police',
  gridWorkerId: 'person.team.gridWorker',
  socialWorkerId: 'person.team.socialWorker',
};

/** What a duplicate check found, and when it was made (server: persons/duplicates.ts). */
const OUTCOMES = ['none', 'in_scope', 'out_of_scope'] as const;
const OCCASIONS = ['create', 'update', 'activation_code', 'activation'] as const;
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/** `details` never holds personal values (contract); show it compactly, field names translated. */
function useDescribe(): (details: Record<string, unknown>) => string {
  const { t } = useTranslation();
  const field = (name: unknown) => {
    const key = typeof name === 'string' ? fieldKeys[name] : undefined;
    // The keys above are all in the resources; the cast only bridges the computed key.
    return key ? t(key as 'person.name') : String(name);
  };
  return (details) =>
    Object.entries(details)
      .map(([key, value]) => {
        if (key === 'fields' && Array.isArray(value))
          return `${t('person.audit.fields')}: ${value.map(field).join('、')}`;
        if (key === 'field') return `${t('person.audit.field')}: ${field(value)}`;
        // A duplicate check (person.duplicate_check): its outcome and occasion, in words.
        if (key === 'outcome' && isOneOf(OUTCOMES, value)) return t(`person.audit.outcome.${value}`);
        if (key === 'on' && isOneOf(OCCASIONS, value)) return t(`person.audit.on.${value}`);
        if (key in fieldKeys) return `${field(key)}: ${String(value)}`;
        const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
        return `${key}: ${text}`;
      })
      .join('；');
}

export function AuditTrail({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const describe = useDescribe();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const audit = useQuery({
    ...personAuditQuery(personId, page, pageSize),
    placeholderData: keepPreviousData,
  });

  if (audit.isError) return <Alert type="error" showIcon title={errorMessage(audit.error)} />;
  return (
    <Table<AuditEvent>
      data-testid="audit-table"
      size="small"
      rowKey="id"
      loading={audit.isFetching}
      dataSource={audit.data?.items ?? []}
      columns={[
        {
          title: t('person.audit.at'),
          dataIndex: 'at',
          width: 170,
          render: (v: string) => shanghaiDateTime(v, { seconds: true }),
        },
        {
          title: t('person.audit.actor'),
          dataIndex: 'actorName',
          width: 120,
          render: (v: string | null) => v ?? t('person.audit.system'),
        },
        {
          title: t('person.audit.action'),
          dataIndex: 'action',
          width: 150,
          render: (action: string) => (auditActionLabels[action] ? label(auditActionLabels, action) : action),
        },
        {
          title: t('person.audit.ip'),
          dataIndex: 'ip',
          width: 130,
          render: (v: string | null) => <span className="mono">{v ?? t('common.none')}</span>,
        },
        {
          title: t('person.audit.reason'),
          dataIndex: 'reason',
          ellipsis: true,
          render: (v: string | null) => v ?? t('common.none'),
        },
        {
          title: t('person.audit.details'),
          dataIndex: 'details',
          ellipsis: true,
          render: (d: Record<string, unknown>) => {
            const text = describe(d ?? {});
            return text ? <Typography.Text type="secondary">{text}</Typography.Text> : t('common.none');
          },
        },
      ]}
      pagination={{
        current: page,
        pageSize,
        total: audit.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => t('common.total', { count: total }),
        onChange: (p, size) => {
          setPage(size !== pageSize ? 1 : p);
          setPageSize(size);
        },
      }}
    />
  );
}
