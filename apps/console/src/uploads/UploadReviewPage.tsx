import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Image,
  Input,
  Radio,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  UploadRejectInput,
  uploadBasisLabels,
  uploadStatusLabels,
  type UploadDetail,
  type UploadListItem,
  type UploadStatus,
} from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useDebounced } from '../components/useDebounced.ts';
import { useTitle } from '../components/useTitle.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { zodRule } from '../forms/zodRule.ts';
import { useLabel } from '../i18n/labels.ts';
import '../i18n/uploads.ts';

const enc = encodeURIComponent;
const STATUSES: UploadStatus[] = ['pending', 'approved', 'rejected_missed', 'rejected_retest'];
const STATUS_COLORS: Record<UploadStatus, string> = {
  pending: 'orange',
  approved: 'green',
  rejected_missed: 'red',
  rejected_retest: 'volcano',
};
const time = (v: string | null) => (v ? shanghaiDateTime(v, { seconds: true }) : '—');

function ExifTable({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = Object.entries(data);
  if (!entries.length) return <Typography.Text type="secondary">{t('uploads.exifNone')}</Typography.Text>;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={entries.map(([k, v]) => ({
        key: k,
        label: k,
        children: String(typeof v === 'object' ? JSON.stringify(v) : v),
      }))}
    />
  );
}

function Evidence({ d }: { d: UploadDetail }) {
  const { t } = useTranslation();
  const file = (which: 'cassette' | 'selfie') => `/api/uploads/${enc(d.id)}/files/${which}`;
  const media = (which: 'cassette' | 'selfie', type: string) =>
    type.startsWith('video/') ? (
      <video
        src={file(which)}
        controls
        style={{ width: 300, maxHeight: 300 }}
        aria-label={t('uploads.video')}
      />
    ) : (
      <Image src={file(which)} width={300} alt={t(`uploads.${which}`)} data-testid={`upload-${which}`} />
    );
  const drift = d.clockDriftSeconds;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('uploads.fileViewAudited')}</Typography.Text>
      <Space align="start" wrap size={16}>
        <div>
          <Typography.Title level={5}>{t('uploads.cassette')}</Typography.Title>
          {media('cassette', d.cassetteType)}
        </div>
        <div>
          <Typography.Title level={5}>{t('uploads.selfie')}</Typography.Title>
          {media('selfie', d.selfieType)}
        </div>
      </Space>
      {drift !== null && Math.abs(drift) > 600 && (
        <Alert
          type="warning"
          showIcon
          title={t('uploads.driftLarge', { minutes: Math.round(Math.abs(drift) / 60) })}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'server', label: t('uploads.serverTime'), children: time(d.receivedAt) },
          {
            key: 'device',
            label: t('uploads.deviceTime'),
            children: d.deviceTime ? (
              <span data-testid="device-time">
                {time(d.deviceTime)}（{t('uploads.drift', { seconds: drift ?? 0 })}）
              </span>
            ) : (
              t('uploads.noDeviceTime')
            ),
          },
          {
            key: 'location',
            label: t('uploads.location'),
            children: d.location
              ? t('uploads.coords', {
                  lat: d.location.latitude.toFixed(5),
                  lng: d.location.longitude.toFixed(5),
                  acc: d.location.accuracy ?? '?',
                })
              : t('uploads.locationMissing', { reason: d.locationError ?? '—' }),
          },
          { key: 'window', label: t('uploads.window'), children: d.window?.deadline ?? '—' },
          ...(d.note ? [{ key: 'note', label: t('uploads.note'), children: d.note }] : []),
        ]}
      />
      <Typography.Title level={5}>{t('uploads.exif')}</Typography.Title>
      <Space align="start" wrap size={16}>
        {(['cassette', 'selfie'] as const).map((which) => (
          <div key={which} style={{ minWidth: 300 }}>
            <Typography.Text strong>{t(`uploads.${which}`)}</Typography.Text>
            <div>{t('uploads.exifServer')}</div>
            <ExifTable data={(d.serverExif[which] as Record<string, unknown>) ?? {}} />
            <div style={{ marginTop: 8 }}>{t('uploads.exifClient')}</div>
            <ExifTable data={(d.clientExif[which] as Record<string, unknown>) ?? {}} />
          </div>
        ))}
      </Space>
    </Space>
  );
}

function RejectModal({ d, onClose, onDone }: { d: UploadDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <ActionModal<{ outcome?: 'missed' | 'retest'; reason?: string }, UploadRejectInput, UploadDetail>
      testId="upload-reject-form"
      title={t('uploads.rejectTitle', { name: d.person.name })}
      onClose={onClose}
      schema={UploadRejectInput}
      initialValues={{ outcome: 'retest' }}
      toPayload={(v) => ({ outcome: v.outcome ?? 'retest', reason: v.reason?.trim() ?? '' })}
      submit={(body) => api.post('/api/uploads/{id}/reject', { params: { id: d.id }, body })}
      successMessage={t('uploads.rejected')}
      onSuccess={onDone}
      okText={t('uploads.reject')}
      danger
    >
      {() => (
        <>
          <Form.Item name="outcome" label={t('uploads.rejectOutcome')} required>
            <Radio.Group
              options={[
                { value: 'retest', label: t('uploads.rejectRetest') },
                { value: 'missed', label: t('uploads.rejectMissed') },
              ]}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('uploads.rejectReason')}
            required
            rules={[zodRule(UploadRejectInput.shape.reason)]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

function ReviewDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const detail = useQuery({
    queryKey: ['uploads', 'detail', id] as const,
    queryFn: ({ signal }) => api.get('/api/uploads/{id}', { params: { id }, signal }),
  });
  const done = () => {
    void client.invalidateQueries({ queryKey: ['uploads'] });
    void client.invalidateQueries({ queryKey: ['worklist'] });
  };
  const approve = useMutation({
    mutationFn: () => api.post('/api/uploads/{id}/approve', { params: { id }, body: {} }),
    onSuccess: () => {
      void message.success(t('uploads.approved'));
      done();
      onClose();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const d = detail.data;
  return (
    <Drawer
      open
      width={760}
      onClose={onClose}
      destroyOnHidden
      title={d ? t('uploads.detailTitle', { name: d.person.name }) : t('uploads.title')}
      extra={
        d?.status === 'pending' && (
          <Space>
            <Button danger onClick={() => setRejecting(true)} data-testid="upload-reject">
              {t('uploads.reject')}
            </Button>
            <Button
              type="primary"
              loading={approve.isPending}
              data-testid="upload-approve"
              onClick={() =>
                modal.confirm({
                  title: t('uploads.approve'),
                  content: t('uploads.approveConfirm', { date: d.date }),
                  okButtonProps: { 'data-testid': 'upload-approve-confirm' } as never,
                  onOk: () => approve.mutateAsync().catch(() => undefined),
                })
              }
            >
              {t('uploads.approve')}
            </Button>
          </Space>
        )
      }
    >
      {detail.isError && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
      {d && (
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          <Space wrap>
            <Link to={`/persons/${enc(d.person.id)}?tab=tests`}>{d.person.name}</Link>
            <Tag color={STATUS_COLORS[d.status]} data-testid="upload-status">
              {label(uploadStatusLabels, d.status)}
            </Tag>
            <Tag>{label(uploadBasisLabels, d.basis)}</Tag>
          </Space>
          {d.status !== 'pending' && (
            <Alert
              type={d.status === 'approved' ? 'success' : 'warning'}
              showIcon
              title={t('uploads.decided', { by: d.decidedBy?.name ?? '—', at: time(d.decidedAt) })}
              description={d.decisionReason ?? undefined}
            />
          )}
          <Evidence d={d} />
        </Space>
      )}
      {rejecting && d && (
        <RejectModal
          d={d}
          onClose={() => setRejecting(false)}
          onDone={() => {
            done();
            onClose();
          }}
        />
      )}
    </Drawer>
  );
}

/** 异地检测审核: remote test uploads of persons in the caller's jurisdiction, oldest pending first. */
export default function UploadReviewPage() {
  const { t } = useTranslation();
  useTitle(t('uploads.title'));
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as UploadStatus | null) ?? 'pending';
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const [q, setQ] = useState(params.get('q') ?? '');
  const search = useDebounced(q.trim(), 300);
  const open = params.get('upload');
  const set = (entries: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(entries)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const list = useQuery({
    queryKey: ['uploads', 'list', status, search, page, pageSize] as const,
    queryFn: ({ signal }) =>
      api.get('/api/uploads', { query: { status, q: search, page, pageSize }, signal }),
    placeholderData: (prev) => prev,
    refetchInterval: 60_000,
  });

  return (
    <Card title={t('uploads.title')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={status}
          onChange={(v) => set({ status: String(v), page: null })}
          options={STATUSES.map((s) => ({ value: s, label: label(uploadStatusLabels, s) }))}
          data-testid="upload-status-filter"
        />
        <Input.Search
          allowClear
          placeholder={t('uploads.search')}
          aria-label={t('uploads.search')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            set({ q: e.target.value.trim() || null, page: null });
          }}
          style={{ width: 240 }}
        />
      </Space>
      <Table<UploadListItem>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('uploads.empty') }}
        data-testid="uploads-table"
        onRow={(r) => ({ onDoubleClick: () => set({ upload: r.id }) })}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, s) => set({ page: String(p), pageSize: String(s) }),
        }}
        columns={[
          {
            title: t('uploads.person'),
            render: (_, r) => <span data-testid="upload-person">{r.person.name}</span>,
          },
          { title: t('uploads.receivedAt'), render: (_, r) => time(r.receivedAt) },
          { title: t('uploads.basis'), render: (_, r) => label(uploadBasisLabels, r.basis) },
          { title: t('uploads.window'), render: (_, r) => r.window?.deadline ?? '—' },
          {
            title: t('uploads.location'),
            render: (_, r) =>
              r.hasLocation ? (
                <Tag color="green">{t('uploads.hasLocation')}</Tag>
              ) : (
                <Tag color="orange">{t('uploads.noLocation')}</Tag>
              ),
          },
          {
            title: t('uploads.status'),
            render: (_, r) => (
              <Tag color={STATUS_COLORS[r.status]}>{label(uploadStatusLabels, r.status)}</Tag>
            ),
          },
          {
            title: t('uploads.actions'),
            render: (_, r) => (
              <Button
                type="link"
                size="small"
                onClick={() => set({ upload: r.id })}
                data-testid="upload-open"
              >
                {r.status === 'pending' ? t('uploads.open') : t('uploads.view')}
              </Button>
            ),
          },
        ]}
      />
      {open && <ReviewDrawer id={open} onClose={() => set({ upload: null })} />}
    </Card>
  );
}
