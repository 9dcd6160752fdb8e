import { KeyOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppSession } from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';

const time = (v: string) => shanghaiDateTime(v);

/**
 * The person's 洮泊家园 account, for staff who may edit the file: issue a one-time activation
 * code (shown once), see the app's signed-in devices, and sign them all out.
 */
export function AppAccountCard({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const params = { id: personId };
  const key = ['person', personId, 'app-sessions'] as const;
  const sessions = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get('/api/persons/{id}/app-sessions', { params, signal }),
  });
  const issue = useMutation({
    mutationFn: () => api.post('/api/persons/{id}/activation-code', { params }),
    onSuccess: (issued) => {
      modal.info({
        title: t('person.app.codeTitle'),
        content: (
          <Space direction="vertical">
            <Typography.Text
              copyable
              strong
              style={{ fontSize: 28, letterSpacing: 4 }}
              className="mono"
              data-testid="activation-code"
            >
              {issued.code}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('person.app.codeHint', { time: time(issued.expiresAt) })}
            </Typography.Text>
          </Space>
        ),
      });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const revoke = useMutation({
    mutationFn: () => api.post('/api/persons/{id}/app-sessions/revoke', { params }),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: key });
      void message.success(t('person.app.revoked', { count: r.revoked }));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const data = sessions.data;

  return (
    <Card
      size="small"
      title={t('person.app.title')}
      style={{ marginBottom: 12 }}
      data-testid="app-account"
      extra={
        <Space>
          <Button
            size="small"
            icon={<KeyOutlined aria-hidden />}
            loading={issue.isPending}
            onClick={() => issue.mutate()}
            data-testid="issue-activation-code"
          >
            {data?.activated ? t('person.app.resetCode') : t('person.app.issueCode')}
          </Button>
          <Button
            size="small"
            danger
            icon={<StopOutlined aria-hidden />}
            disabled={!data?.sessions.length}
            loading={revoke.isPending}
            onClick={() =>
              modal.confirm({
                title: t('person.app.revokeConfirm'),
                okButtonProps: { danger: true },
                onOk: () => revoke.mutateAsync(),
              })
            }
          >
            {t('person.app.revoke')}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {data &&
          (data.activated ? (
            <Tag color="green">{t('person.app.activatedAt', { time: time(data.activatedAt!) })}</Tag>
          ) : (
            <Tag>{t('person.app.notActivated')}</Tag>
          ))}
        <Table<AppSession>
          size="small"
          rowKey="id"
          loading={sessions.isPending}
          pagination={false}
          dataSource={data?.sessions ?? []}
          locale={{ emptyText: t('person.app.noSessions') }}
          columns={[
            {
              title: t('person.app.device'),
              dataIndex: 'device',
              render: (v: string | null) => v ?? t('common.none'),
            },
            { title: t('person.app.signedInAt'), dataIndex: 'createdAt', width: 170, render: time },
            { title: t('person.app.lastSeenAt'), dataIndex: 'lastSeenAt', width: 170, render: time },
          ]}
        />
      </Space>
    </Card>
  );
}
