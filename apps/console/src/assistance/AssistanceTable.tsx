import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  assistanceOutcomeLabels,
  assistanceStatusLabels,
  assistanceTypeLabels,
  type AssistanceListItem,
} from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { useLabel } from '../i18n/labels.ts';
import { statusColors } from './AssistanceDrawer.tsx';

/** The applications list, shared by the page and the person file's tab. */
export function AssistanceTable({
  items,
  total,
  page,
  loading,
  onPage,
  onOpen,
  showPerson = true,
}: {
  items: AssistanceListItem[];
  total: number;
  page: number;
  loading: boolean;
  onPage: (p: number) => void;
  onOpen: (id: string) => void;
  showPerson?: boolean;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Table<AssistanceListItem>
      data-testid="assistance-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('assistance.empty') }}
      pagination={{
        current: page,
        pageSize: 20,
        total,
        onChange: onPage,
        showSizeChanger: false,
        hideOnSinglePage: !showPerson,
      }}
      columns={[
        ...(showPerson
          ? [
              {
                title: t('assistance.person'),
                key: 'p',
                render: (_: unknown, a: AssistanceListItem) => a.person.name,
              },
            ]
          : []),
        {
          title: t('assistance.type'),
          key: 'type',
          render: (_, a) => label(assistanceTypeLabels, a.type) + (a.otherType ? `：${a.otherType}` : ''),
        },
        {
          title: t('assistance.status'),
          key: 'status',
          render: (_, a) => (
            <Tag color={statusColors[a.status]}>{label(assistanceStatusLabels, a.status)}</Tag>
          ),
        },
        {
          title: t('assistance.outcome'),
          key: 'o',
          render: (_, a) => (a.outcome ? label(assistanceOutcomeLabels, a.outcome) : '—'),
        },
        { title: t('assistance.attachments'), dataIndex: 'attachmentCount', width: 70 },
        {
          title: t('assistance.submittedAt'),
          key: 'at',
          render: (_, a) => shanghaiDateTime(a.createdAt),
        },
        {
          title: '',
          key: 'act',
          render: (_, a) => (
            <Button
              size="small"
              type={a.status === 'submitted' || a.status === 'in_progress' ? 'primary' : 'default'}
              onClick={() => onOpen(a.id)}
            >
              {t('assistance.view')}
            </Button>
          ),
        },
      ]}
    />
  );
}
