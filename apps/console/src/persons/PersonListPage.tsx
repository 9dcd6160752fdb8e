import { useRef, useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  drugTypeLabels,
  type DrugType,
  type Gender,
  type PersonListItem,
  type PersonStatus,
} from '@taobo/contracts';
import { genderLabels, personStatusLabels, shanghaiDateTime } from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { useTitle } from '../components/useTitle.ts';
import { labelOptions, useLabel, useLang } from '../i18n/labels.ts';
import { OrgUnitPicker } from '../org/OrgUnitPicker.tsx';
import { personListQuery, type PersonFilters } from './personQueries.ts';
import { statusColors } from './statusColors.ts';

const PAGE_SIZES = [20, 50, 100];

function oneOf<K extends string>(labels: Record<K, unknown>, raw: string | null): K | undefined {
  return raw !== null && Object.hasOwn(labels, raw) ? (raw as K) : undefined;
}

function positiveInt(raw: string | null, fallback: number, max = 10_000): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

/** The list's whole state lives in the URL, so back, refresh and a shared link all show the same list. */
function useFilters(): [PersonFilters, (patch: Partial<PersonFilters>, replace?: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const pageSize = positiveInt(params.get('pageSize'), 20, 100);
  const filters: PersonFilters = {
    q: params.get('q')?.trim() || undefined,
    orgUnitId: params.get('orgUnitId') || undefined,
    status: oneOf(personStatusLabels, params.get('status')),
    drugType: oneOf(drugTypeLabels, params.get('drugType')),
    gender: oneOf(genderLabels, params.get('gender')),
    page: positiveInt(params.get('page'), 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
  const update = (patch: Partial<PersonFilters>, replace = false) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        // Any filter change starts again from page 1.
        if (!('page' in patch)) next.delete('page');
        for (const [key, value] of Object.entries(patch)) {
          if (
            value === undefined ||
            value === null ||
            value === '' ||
            (key === 'page' && value === 1) ||
            (key === 'pageSize' && value === 20)
          ) {
            next.delete(key);
          } else {
            next.set(key, String(value));
          }
        }
        return next;
      },
      { replace },
    );
  };
  return [filters, update];
}

export default function PersonListPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  const can = useCan();
  const navigate = useNavigate();
  useTitle(t('person.listTitle'));
  const [filters, update] = useFilters();
  const list = useQuery({ ...personListQuery(filters), placeholderData: keepPreviousData });

  // The search box: typing searches after a pause (replacing the history entry), Enter searches at once.
  const urlQ = filters.q ?? '';
  const [text, setText] = useState(urlQ);
  const [syncedQ, setSyncedQ] = useState(urlQ);
  if (urlQ !== syncedQ) {
    setSyncedQ(urlQ);
    setText(urlQ);
  }
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pushQ = (value: string, replace: boolean) => {
    clearTimeout(typingTimer.current);
    if (value.trim() !== urlQ) update({ q: value.trim() || undefined }, replace);
  };

  const columns: TableColumnsType<PersonListItem> = [
    {
      title: t('person.name'),
      dataIndex: 'name',
      width: 110,
      fixed: 'left',
      render: (name: string, p) => (
        <Link to={`/persons/${p.id}`} onClick={(e) => e.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    {
      title: t('person.gender'),
      dataIndex: 'gender',
      width: 80,
      render: (g: Gender) => label(genderLabels, g),
    },
    {
      // The age, never the birth date: beside the masked ID's last 4 it would give the whole number.
      title: t('person.ageLabel'),
      dataIndex: 'age',
      width: 80,
      render: (age: number) => t('person.age', { age }),
    },
    {
      title: t('person.idNumber'),
      dataIndex: 'idNumber',
      width: 190,
      render: (v: string) => <span className="mono">{v}</span>,
    },
    {
      title: t('person.phone'),
      dataIndex: 'phone',
      width: 120,
      render: (v: string) => <span className="mono">{v}</span>,
    },
    { title: t('person.orgUnit'), dataIndex: ['orgUnit', 'name'], ellipsis: true },
    {
      title: t('person.grid'),
      key: 'grid',
      ellipsis: true,
      render: (_, p) => p.grid?.name ?? t('common.none'),
    },
    {
      title: t('person.status'),
      dataIndex: 'status',
      width: 130,
      render: (s: PersonStatus) => <Tag color={statusColors[s]}>{label(personStatusLabels, s)}</Tag>,
    },
    {
      title: t('person.drugTypes'),
      dataIndex: 'drugTypes',
      ellipsis: true,
      render: (types: DrugType[]) =>
        types.length ? types.map((d) => label(drugTypeLabels, d)).join('、') : t('common.none'),
    },
    {
      title: t('person.updatedAt'),
      dataIndex: 'updatedAt',
      width: 140,
      render: (v: string) => shanghaiDateTime(v),
    },
  ];

  return (
    <Card
      size="small"
      title={t('person.listTitle')}
      extra={
        can('person:create') && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate('/persons/new')}
          >
            {t('person.create')}
          </Button>
        )
      }
    >
      <Space wrap size={[8, 8]} style={{ marginBottom: 12 }}>
        <Input.Search
          id="person-search"
          name="q"
          data-testid="person-search"
          allowClear
          enterButton={t('common.search')}
          placeholder={t('person.searchPlaceholder')}
          aria-label={t('person.searchPlaceholder')}
          style={{ width: 360 }}
          value={text}
          onChange={(e) => {
            const value = e.target.value;
            setText(value);
            clearTimeout(typingTimer.current);
            typingTimer.current = setTimeout(() => pushQ(value, true), 400);
          }}
          onSearch={(value) => pushQ(value, false)}
        />
        <Select<PersonStatus>
          id="filter-status"
          aria-label={t('person.filterStatus')}
          allowClear
          placeholder={t('person.filterStatus')}
          style={{ width: 150 }}
          value={filters.status}
          onChange={(status) => update({ status })}
          options={labelOptions(personStatusLabels, lang)}
        />
        <Select<DrugType>
          id="filter-drugType"
          aria-label={t('person.filterDrugType')}
          allowClear
          placeholder={t('person.filterDrugType')}
          style={{ width: 170 }}
          value={filters.drugType}
          onChange={(drugType) => update({ drugType })}
          options={labelOptions(drugTypeLabels, lang)}
        />
        <Select<Gender>
          id="filter-gender"
          aria-label={t('person.filterGender')}
          allowClear
          placeholder={t('person.filterGender')}
          style={{ width: 90 }}
          value={filters.gender}
          onChange={(gender) => update({ gender })}
          options={labelOptions(genderLabels, lang)}
        />
        <OrgUnitPicker
          id="filter-orgUnitId"
          data-testid="filter-org"
          placeholder={t('person.filterOrg')}
          style={{ width: 220 }}
          value={filters.orgUnitId ?? null}
          onChange={(orgUnitId) => update({ orgUnitId: orgUnitId ?? undefined })}
        />
        <Button
          icon={<ReloadOutlined aria-hidden />}
          onClick={() => {
            setText('');
            update({
              q: undefined,
              status: undefined,
              drugType: undefined,
              gender: undefined,
              orgUnitId: undefined,
            });
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<PersonListItem>
        data-testid="person-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1200 }}
        onRow={(p) => ({ onClick: () => void navigate(`/persons/${p.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) =>
            update(pageSize !== filters.pageSize ? { pageSize, page: 1 } : { page }),
        }}
      />
    </Card>
  );
}
