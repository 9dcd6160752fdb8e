import { useState } from 'react';
import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  ScreeningReviewInput,
  alertReasonLabels,
  instrumentLabels,
  screeningAnswerLabels,
  screeningItems,
  severityLabels,
  type StaffScreening,
} from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { zodRule } from '../forms/zodRule.ts';
import { useLabel } from '../i18n/labels.ts';
import { screeningsQuery, useCounsellingRefresh } from './queries.ts';

const time = (v: string) => shanghaiDateTime(v);

export function SeverityTag({ s }: { s: Pick<StaffScreening, 'severity' | 'alert'> }) {
  const label = useLabel();
  return (
    <Tag color={s.alert ? 'red' : s.severity === 'minimal' ? 'green' : 'orange'}>
      {label(severityLabels, s.severity)}
    </Tag>
  );
}

function ScreeningDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [reviewing, setReviewing] = useState(false);
  const refresh = useCounsellingRefresh();
  const detail = useQuery({
    queryKey: ['counselling', 'screening', id],
    queryFn: ({ signal }) => api.get('/api/counselling/screenings/{id}', { params: { id }, signal }),
  });
  const s = detail.data;
  return (
    <Drawer
      open
      width={640}
      onClose={onClose}
      title={s ? `${s.person.name} · ${label(instrumentLabels, s.instrument)}` : ''}
    >
      {detail.isError && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
      {s && (
        <div data-testid="screening-detail">
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('counselling.noteOnlyCounsellor')}
          />
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'score', label: t('counselling.score'), children: `${s.total} / ${s.maxTotal}` },
              { key: 'sev', label: t('counselling.severity'), children: <SeverityTag s={s} /> },
              {
                key: 'alert',
                label: t('counselling.alert'),
                children: s.alert
                  ? s.alertReasons.map((r) => (
                      <Tag key={r} color="red">
                        {label(alertReasonLabels, r)}
                      </Tag>
                    ))
                  : '—',
              },
              { key: 'at', label: t('counselling.submittedAt'), children: time(s.createdAt) },
              ...(s.reviewedAt
                ? [
                    {
                      key: 'rev',
                      label: t('counselling.reviewedBy'),
                      children: `${s.reviewedBy?.name ?? ''} ${time(s.reviewedAt)}`,
                    },
                  ]
                : []),
            ]}
          />
          {s.alert && !s.reviewedAt && (
            <Button
              type="primary"
              danger
              style={{ margin: '12px 0' }}
              onClick={() => setReviewing(true)}
              data-testid="review-open"
            >
              {t('counselling.review')}
            </Button>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('counselling.answers')}
          </Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="n"
            dataSource={screeningItems[s.instrument].map((q, i) => ({ n: i + 1, q, a: s.answers[i] ?? 0 }))}
            columns={[
              { title: '#', dataIndex: 'n', width: 40 },
              { title: t('counselling.question'), dataIndex: 'q' },
              {
                title: t('counselling.answerCol'),
                dataIndex: 'a',
                width: 150,
                render: (a: number) => (
                  <Tag color={a >= 2 ? 'orange' : undefined}>{`${a} ${screeningAnswerLabels[a]}`}</Tag>
                ),
              },
            ]}
          />
        </div>
      )}
      {reviewing && s && (
        <ActionModal<{ note: string }, { note: string }, StaffScreening>
          testId="review-form"
          title={t('counselling.reviewTitle')}
          onClose={() => setReviewing(false)}
          schema={ScreeningReviewInput}
          toPayload={(v) => ({ note: (v.note ?? '').trim() })}
          submit={(body) =>
            api.post('/api/counselling/screenings/{id}/review', { params: { id: s.id }, body })
          }
          successMessage={t('counselling.reviewed')}
          onSuccess={() => refresh()}
        >
          {() => (
            <Form.Item
              name="note"
              label={t('counselling.reviewNote')}
              required
              rules={[zodRule(ScreeningReviewInput.shape.note)]}
            >
              <Input.TextArea
                autoFocus
                rows={3}
                maxLength={500}
                showCount
                placeholder={t('counselling.reviewPlaceholder')}
              />
            </Form.Item>
          )}
        </ActionModal>
      )}
    </Drawer>
  );
}

/** Screening results in the counsellor's area, open alerts first. */
export function ScreeningsPanel() {
  const { t } = useTranslation();
  const label = useLabel();
  const [page, setPage] = useState(1);
  const [openOnly, setOpenOnly] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  const list = useQuery(screeningsQuery(page, openOnly));
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Switch
          checked={openOnly}
          onChange={(v) => {
            setOpenOnly(v);
            setPage(1);
          }}
          aria-label={t('counselling.openAlertsOnly')}
        />
        {t('counselling.openAlertsOnly')}
      </Space>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<StaffScreening>
        data-testid="screenings-table"
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('counselling.empty') }}
        rowClassName={(s) => (s.alert && !s.reviewedAt ? 'row-alert' : '')}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: t('counselling.alert'),
            key: 'alert',
            width: 110,
            render: (_, s) =>
              s.alert ? (
                <Tag color={s.reviewedAt ? 'default' : 'red'}>
                  {s.reviewedAt ? t('counselling.alertDone') : t('counselling.alertOpen')}
                </Tag>
              ) : null,
          },
          { title: t('counselling.person'), key: 'person', render: (_, s) => s.person.name },
          {
            title: t('counselling.instrument'),
            key: 'inst',
            render: (_, s) => label(instrumentLabels, s.instrument),
          },
          { title: t('counselling.score'), key: 'score', render: (_, s) => `${s.total} / ${s.maxTotal}` },
          { title: t('counselling.severity'), key: 'sev', render: (_, s) => <SeverityTag s={s} /> },
          {
            title: t('counselling.alert'),
            key: 'reasons',
            render: (_, s) => s.alertReasons.map((r) => label(alertReasonLabels, r)).join('；'),
          },
          { title: t('counselling.submittedAt'), key: 'at', render: (_, s) => time(s.createdAt) },
          {
            title: t('counselling.actions'),
            key: 'act',
            render: (_, s) => (
              <Button
                size="small"
                type={s.alert && !s.reviewedAt ? 'primary' : 'default'}
                onClick={() => setViewing(s.id)}
              >
                {t('counselling.view')}
              </Button>
            ),
          },
        ]}
      />
      {viewing && <ScreeningDrawer id={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
