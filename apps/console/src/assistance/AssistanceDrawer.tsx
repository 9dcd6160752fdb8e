import { useState } from 'react';
import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Radio,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  AssistanceAcceptInput,
  AssistanceConcludeInput,
  assistanceEventLabels,
  assistanceOutcomeLabels,
  assistanceStatusLabels,
  assistanceTypeLabels,
  type AssistanceApplication,
  type AssistanceOutcome,
} from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { zodRule } from '../forms/zodRule.ts';
import { useLabel } from '../i18n/labels.ts';

export const statusColors: Record<AssistanceApplication['status'], string> = {
  submitted: 'gold',
  in_progress: 'blue',
  concluded: 'green',
  withdrawn: 'default',
};

const time = (v: string) => shanghaiDateTime(v);
const size = (n: number) =>
  n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

/** One application: description, attachments (audited route), history; accept and conclude. */
export function AssistanceDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const client = useQueryClient();
  const [action, setAction] = useState<'accept' | 'conclude' | null>(null);
  const detail = useQuery({
    queryKey: ['assistance', 'detail', id],
    queryFn: ({ signal }) => api.get('/api/assistance/{id}', { params: { id }, signal }),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['assistance'] });
  const a = detail.data;
  const typeText = a
    ? a.type === 'other' && a.otherType
      ? `${label(assistanceTypeLabels, a.type)}：${a.otherType}`
      : label(assistanceTypeLabels, a.type)
    : '';

  return (
    <Drawer
      open
      width={680}
      onClose={onClose}
      title={a ? t('assistance.detailTitle', { name: a.person.name }) : ''}
      extra={
        a && (
          <Space>
            {a.status === 'submitted' && (
              <Button type="primary" onClick={() => setAction('accept')} data-testid="assistance-accept">
                {t('assistance.accept')}
              </Button>
            )}
            {a.status === 'in_progress' && (
              <Button type="primary" onClick={() => setAction('conclude')} data-testid="assistance-conclude">
                {t('assistance.conclude')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {detail.isError && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
      {a && (
        <div data-testid="assistance-detail">
          <Typography.Paragraph type="secondary">{t('assistance.auditHint')}</Typography.Paragraph>
          <Descriptions
            size="small"
            bordered
            column={1}
            styles={{ label: { width: 120 } }}
            items={[
              { key: 'type', label: t('assistance.type'), children: typeText },
              {
                key: 'status',
                label: t('assistance.status'),
                children: <Tag color={statusColors[a.status]}>{label(assistanceStatusLabels, a.status)}</Tag>,
              },
              ...(a.outcome
                ? [
                    {
                      key: 'outcome',
                      label: t('assistance.outcome'),
                      children: (
                        <>
                          <Tag color={a.outcome === 'helped' ? 'green' : 'red'}>
                            {label(assistanceOutcomeLabels, a.outcome)}
                          </Tag>
                          {a.outcomeText}
                        </>
                      ),
                    },
                  ]
                : []),
              {
                key: 'desc',
                label: t('assistance.description'),
                children: <div style={{ whiteSpace: 'pre-wrap' }}>{a.description}</div>,
              },
              {
                key: 'files',
                label: t('assistance.attachments'),
                children: a.attachments.length ? (
                  <Space direction="vertical">
                    {a.attachments.map((f) => (
                      <a
                        key={f.id}
                        href={`/api/assistance/${encodeURIComponent(a.id)}/attachments/${encodeURIComponent(f.id)}`}
                        target="_blank"
                        rel="noreferrer"
                      >
                        {f.name}（{size(f.size)}）
                      </a>
                    ))}
                  </Space>
                ) : (
                  t('assistance.noAttachments')
                ),
              },
              { key: 'at', label: t('assistance.submittedAt'), children: time(a.createdAt) },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('assistance.events')}
          </Typography.Title>
          <Timeline
            items={a.events.map((e) => ({
              children: (
                <>
                  <div>
                    {time(e.at)} {label(assistanceEventLabels, e.kind)} ·{' '}
                    {e.by?.name ?? t('assistance.byPerson')}
                  </div>
                  {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
                </>
              ),
            }))}
          />
        </div>
      )}
      {a && action === 'accept' && (
        <ActionModal<{ note?: string }, AssistanceAcceptInput, AssistanceApplication>
          testId="accept-form"
          title={t('assistance.acceptTitle')}
          okText={t('assistance.accept')}
          onClose={() => setAction(null)}
          schema={AssistanceAcceptInput}
          toPayload={(v) => ({ note: v.note?.trim() || null })}
          submit={(body) => api.post('/api/assistance/{id}/accept', { params: { id: a.id }, body })}
          successMessage={t('assistance.accepted')}
          onSuccess={() => refresh()}
        >
          {() => (
            <Form.Item
              name="note"
              label={t('assistance.acceptNote')}
              rules={[zodRule(AssistanceAcceptInput.shape.note, { optional: true })]}
            >
              <Input.TextArea
                autoFocus
                rows={3}
                maxLength={500}
                showCount
                placeholder={t('assistance.acceptNotePlaceholder')}
              />
            </Form.Item>
          )}
        </ActionModal>
      )}
      {a && action === 'conclude' && (
        <ActionModal<
          { outcome: AssistanceOutcome; text?: string },
          AssistanceConcludeInput,
          AssistanceApplication
        >
          testId="conclude-form"
          title={t('assistance.concludeTitle')}
          okText={t('assistance.conclude')}
          onClose={() => setAction(null)}
          schema={AssistanceConcludeInput}
          initialValues={{ outcome: 'helped' }}
          toPayload={(v) => ({ outcome: v.outcome, text: (v.text ?? '').trim() })}
          confirm={(p) => ({
            title: t('assistance.concludeAsk'),
            content: `${label(assistanceOutcomeLabels, p.outcome)}：${p.text}`,
            danger: p.outcome === 'declined',
          })}
          submit={(body) => api.post('/api/assistance/{id}/conclude', { params: { id: a.id }, body })}
          successMessage={t('assistance.concluded')}
          onSuccess={() => refresh()}
        >
          {(form) => (
            <>
              <Form.Item name="outcome" label={t('assistance.outcomeLabel')} required>
                <Radio.Group
                  options={(['helped', 'declined'] as const).map((o) => ({
                    value: o,
                    label: label(assistanceOutcomeLabels, o),
                  }))}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(x, y) => x.outcome !== y.outcome}>
                {() => (
                  <Form.Item
                    name="text"
                    label={
                      form.getFieldValue('outcome') === 'declined'
                        ? t('assistance.declinedText')
                        : t('assistance.helpedText')
                    }
                    required
                    rules={[zodRule(AssistanceConcludeInput.shape.text)]}
                  >
                    <Input.TextArea rows={4} maxLength={500} showCount />
                  </Form.Item>
                )}
              </Form.Item>
            </>
          )}
        </ActionModal>
      )}
    </Drawer>
  );
}
