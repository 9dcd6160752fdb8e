import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { RemotePermissionInput, type RemotePermission } from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { dateBounds, dateString, todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import '../i18n/uploads.ts';

/**
 * 异地检测准许 on the person's file: staff who manage the case allow the person to test by
 * photo while away (approved leave allows it by itself), and revoke it.
 */
export default function RemoteUploadCard({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const { message } = App.useApp();
  const client = useQueryClient();
  const key = ['person', personId, 'remote-permissions'] as const;
  const [granting, setGranting] = useState(false);
  const list = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      api.get('/api/persons/{id}/remote-permissions', { params: { id: personId }, signal }),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.post('/api/remote-permissions/{id}/revoke', { params: { id } }),
    onSuccess: () => {
      void message.success(t('remote.revokedOk'));
      void client.invalidateQueries({ queryKey: key });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const manage = can('measure:manage');

  return (
    <Card
      size="small"
      title={t('remote.title')}
      style={{ marginBottom: 12 }}
      data-testid="remote-permissions"
      extra={
        manage && (
          <Button
            size="small"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setGranting(true)}
            data-testid="remote-grant"
          >
            {t('remote.grant')}
          </Button>
        )
      }
    >
      <Table<RemotePermission>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isFetching}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('remote.empty') }}
        columns={[
          { title: t('remote.period'), render: (_, p) => `${p.from} → ${p.to}` },
          { title: t('remote.reason'), dataIndex: 'reason' },
          { title: t('remote.grantedBy'), render: (_, p) => p.grantedBy.name },
          {
            title: t('remote.state'),
            render: (_, p) =>
              p.revokedAt ? (
                <Tag>{t('remote.revoked')}</Tag>
              ) : p.active ? (
                <Tag color="green">{t('remote.active')}</Tag>
              ) : (
                <Tag>{t('remote.ended')}</Tag>
              ),
          },
          ...(manage
            ? [
                {
                  key: 'actions',
                  render: (_: unknown, p: RemotePermission) =>
                    p.active && (
                      <Popconfirm title={t('remote.revokeConfirm')} onConfirm={() => revoke.mutate(p.id)}>
                        <Button type="link" size="small" danger>
                          {t('remote.revoke')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
      {granting && (
        <ActionModal<
          { range?: [Dayjs | null, Dayjs | null] | null; reason?: string },
          RemotePermissionInput,
          RemotePermission
        >
          testId="remote-grant-form"
          title={t('remote.grant')}
          onClose={() => setGranting(false)}
          schema={RemotePermissionInput}
          toPayload={(v) => ({
            from: dateString(v.range?.[0]) ?? '',
            to: dateString(v.range?.[1]) ?? '',
            reason: v.reason?.trim() ?? '',
          })}
          submit={(body) =>
            api.post('/api/persons/{id}/remote-permissions', { params: { id: personId }, body })
          }
          successMessage={t('remote.granted')}
          onSuccess={() => client.invalidateQueries({ queryKey: key })}
          errorFields={{ VALIDATION: 'range' }}
        >
          {() => (
            <>
              <Form.Item
                name="range"
                label={t('remote.period')}
                required
                rules={[{ required: true, message: t('remote.pickDates') }]}
              >
                <DatePicker.RangePicker
                  style={{ width: '100%' }}
                  disabledDate={dateBounds(todayString(), null)}
                  placeholder={[t('remote.from'), t('remote.to')]}
                />
              </Form.Item>
              <Form.Item
                name="reason"
                label={t('remote.reason')}
                required
                rules={[zodRule(RemotePermissionInput.shape.reason)]}
              >
                <Input.TextArea
                  rows={2}
                  maxLength={200}
                  showCount
                  placeholder={t('remote.reasonPlaceholder')}
                />
              </Form.Item>
            </>
          )}
        </ActionModal>
      )}
    </Card>
  );
}
