import { useEffect, useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  BookingCancelInput,
  BookingStatus,
  SessionNoteInput,
  bookingStatusLabels,
  counsellingModeLabels,
  type Booking,
} from '@taobo/contracts';
import { shanghaiDateTime } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { clearDraft, loadDraft, saveDraft } from '../forms/draft.ts';
import { zodRule } from '../forms/zodRule.ts';
import { useLabel } from '../i18n/labels.ts';
import { bookingsQuery, useCounsellingRefresh } from './queries.ts';

const statusColor: Record<Booking['status'], string> = {
  requested: 'gold',
  confirmed: 'blue',
  completed: 'green',
  cancelled: 'default',
};

/** The session's note: counsellors only, loaded through an audited route; a draft survives a slip. */
function NoteDrawer({ booking, onClose }: { booking: Booking; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const draftKey = `counselling.note.${booking.id}`;
  const note = useQuery({
    queryKey: ['counselling', 'note', booking.id],
    queryFn: ({ signal }) =>
      api.get('/api/counselling/bookings/{id}/note', { params: { id: booking.id }, signal }),
  });
  const [text, setText] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    if (note.isSuccess && text === null) {
      const draft = loadDraft<string>(draftKey);
      if (draft !== null && draft !== (note.data?.body ?? '')) {
        setText(draft);
        setRestored(true);
      } else setText(note.data?.body ?? '');
    }
  }, [note.isSuccess, note.data, text, draftKey]);
  const check = SessionNoteInput.safeParse({ body: text ?? '' });
  const save = useMutation({
    mutationFn: (body: string) =>
      api.put('/api/counselling/bookings/{id}/note', { params: { id: booking.id }, body: { body } }),
    onSuccess: async () => {
      clearDraft(draftKey);
      setRestored(false);
      void message.success(t('counselling.noteSaved'));
      await note.refetch();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const editable = booking.status === 'confirmed' || booking.status === 'completed';
  return (
    <Drawer
      open
      width={640}
      onClose={onClose}
      title={t('counselling.noteTitle', {
        name: booking.person.name,
        when: `${booking.date} ${booking.startTime}`,
      })}
      extra={
        <Button
          type="primary"
          disabled={!editable || !check.success}
          loading={save.isPending}
          onClick={() => save.mutate((text ?? '').trim())}
          data-testid="note-save"
        >
          {t('counselling.save')}
        </Button>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('counselling.noteOnlyCounsellor')} />
      {note.isError && <Alert type="error" showIcon title={errorMessage(note.error)} />}
      {restored && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('counselling.noteDraft')} />
      )}
      <Input.TextArea
        data-testid="note-text"
        aria-label={t('counselling.note')}
        rows={16}
        maxLength={5000}
        showCount
        disabled={!editable || text === null}
        placeholder={t('counselling.notePlaceholder')}
        value={text ?? ''}
        onChange={(e) => {
          setText(e.target.value);
          saveDraft(draftKey, e.target.value);
        }}
      />
      {!check.success && text !== null && text.length > 0 && (
        <Typography.Text type="danger">{check.error.issues[0]?.message}</Typography.Text>
      )}
      {note.data && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('counselling.noteUpdated', { at: shanghaiDateTime(note.data.updatedAt) })}
        </Typography.Paragraph>
      )}
    </Drawer>
  );
}

/** The counsellor's bookings: requested first; confirm, complete, cancel with a reason; notes. */
export function BookingsPanel() {
  const { t } = useTranslation();
  const label = useLabel();
  const { message, modal } = App.useApp();
  const refresh = useCounsellingRefresh();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<Booking['status'] | undefined>();
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const [noting, setNoting] = useState<Booking | null>(null);
  const list = useQuery(bookingsQuery(page, status));
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'confirm' | 'complete' }) =>
      api.post(`/api/counselling/bookings/{id}/${action}`, { params: { id } }),
    onSuccess: (_, v) => {
      void message.success(v.action === 'confirm' ? t('counselling.confirmed') : t('counselling.completed'));
      void refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  return (
    <>
      <Select
        style={{ width: 180, marginBottom: 12 }}
        allowClear
        placeholder={t('counselling.allStatuses')}
        value={status}
        onChange={(v) => {
          setStatus(v);
          setPage(1);
        }}
        options={BookingStatus.options.map((s) => ({ value: s, label: label(bookingStatusLabels, s) }))}
        aria-label={t('counselling.status')}
      />
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<Booking>
        data-testid="bookings-table"
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('counselling.empty') }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t('counselling.person'), key: 'p', render: (_, b) => b.person.name },
          { title: t('counselling.date'), dataIndex: 'date' },
          {
            title: t('counselling.time'),
            key: 'time',
            render: (_, b) => `${b.startTime}（${t('counselling.minutes', { n: b.durationMinutes })}）`,
          },
          {
            title: t('counselling.mode'),
            key: 'mode',
            render: (_, b) => label(counsellingModeLabels, b.mode) + (b.place ? ` · ${b.place}` : ''),
          },
          {
            title: t('counselling.status'),
            key: 'status',
            render: (_, b) => (
              <>
                <Tag color={statusColor[b.status]}>{label(bookingStatusLabels, b.status)}</Tag>
                {b.cancelReason && <Typography.Text type="secondary">{b.cancelReason}</Typography.Text>}
              </>
            ),
          },
          {
            title: t('counselling.actions'),
            key: 'act',
            render: (_, b) => (
              <Space size={4} wrap>
                {b.status === 'requested' && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => act.mutate({ id: b.id, action: 'confirm' })}
                  >
                    {t('counselling.confirm')}
                  </Button>
                )}
                {b.status === 'confirmed' && (
                  <Button
                    size="small"
                    onClick={() =>
                      modal.confirm({
                        title: t('counselling.completeAsk'),
                        onOk: () => act.mutateAsync({ id: b.id, action: 'complete' }).catch(() => undefined),
                      })
                    }
                  >
                    {t('counselling.complete')}
                  </Button>
                )}
                {(b.status === 'confirmed' || b.status === 'completed') && (
                  <Button size="small" onClick={() => setNoting(b)}>
                    {t('counselling.note')}
                  </Button>
                )}
                {(b.status === 'requested' || b.status === 'confirmed') && (
                  <Button size="small" danger onClick={() => setCancelling(b)}>
                    {t('counselling.cancel')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {cancelling && (
        <ActionModal<{ reason: string }, { reason: string }, Booking>
          testId="booking-cancel-form"
          title={t('counselling.cancelTitle')}
          danger
          okText={t('counselling.cancel')}
          onClose={() => setCancelling(null)}
          schema={BookingCancelInput}
          toPayload={(v) => ({ reason: (v.reason ?? '').trim() })}
          confirm={() => ({
            title: t('counselling.cancelAsk'),
            content: `${cancelling.person.name} ${cancelling.date} ${cancelling.startTime}`,
            danger: true,
          })}
          submit={(body) =>
            api.post('/api/counselling/bookings/{id}/cancel', { params: { id: cancelling.id }, body })
          }
          successMessage={t('counselling.cancelled')}
          onSuccess={() => refresh()}
        >
          {() => (
            <Form.Item
              name="reason"
              label={t('counselling.cancelReason')}
              required
              rules={[
                { required: true, whitespace: true, message: '请填写取消原因，便于告知本人' },
                zodRule(BookingCancelInput.shape.reason),
              ]}
            >
              <Input.TextArea autoFocus rows={3} maxLength={200} showCount />
            </Form.Item>
          )}
        </ActionModal>
      )}
      {noting && <NoteDrawer booking={noting} onClose={() => setNoting(null)} />}
    </>
  );
}
