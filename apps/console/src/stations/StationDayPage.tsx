import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import {
  AppointmentResultInput,
  dayStatusLabels,
  StaffCancelInput,
  type Collector,
  type DayAppointment,
  type DayStatus,
  type TestKind,
  type TestOutcome,
} from '@taobo/contracts';
import { testKindLabels, testOutcomeLabels } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useSignedInMe } from '../auth/session.ts';
import { useTitle } from '../components/useTitle.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { dateString, todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import { labelOptions, useLabel, useLang } from '../i18n/labels.ts';
import '../i18n/stations.ts';

const STATUS_COLORS: Record<DayStatus, string> = {
  booked: 'blue',
  arrived: 'orange',
  no_show: 'red',
  tested: 'green',
  cancelled: 'default',
};
/** At a station: on-site urine, hair, or a re-test (lab and remote tests are recorded elsewhere). */
const STATION_KINDS: TestKind[] = ['urine', 'hair', 'retest'];

interface ResultValues {
  kind?: TestKind;
  outcome?: TestOutcome;
  collectorIds?: string[];
  note?: string;
}

function ResultModal({
  item,
  stationId,
  onClose,
  onDone,
}: {
  item: DayAppointment;
  stationId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useSignedInMe();
  const collectors = useQuery({
    queryKey: ['stations', 'collectors', stationId] as const,
    queryFn: ({ signal }) => api.get('/api/stations/{id}/collectors', { params: { id: stationId }, signal }),
    staleTime: 5 * 60_000,
  });
  const female = item.person.gender === 'female';
  return (
    <ActionModal<ResultValues, AppointmentResultInput, DayAppointment>
      testId="appointment-result-form"
      title={t('stationDay.recordTitle', { name: item.person.name, time: `${item.start}–${item.end}` })}
      width={600}
      onClose={onClose}
      schema={AppointmentResultInput}
      initialValues={{ kind: 'urine', outcome: 'negative', collectorIds: [me.id] }}
      toPayload={(v) => ({
        kind: v.kind as TestKind,
        outcome: v.outcome as TestOutcome,
        collectorIds: v.collectorIds ?? [],
        note: v.note?.trim() || null,
      })}
      submit={(body) => api.post('/api/appointments/{id}/result', { params: { id: item.id }, body })}
      successMessage={t('stationDay.saved')}
      onSuccess={onDone}
      errorFields={{
        RECORDER_NOT_COLLECTOR: 'collectorIds',
        FEMALE_COLLECTOR_REQUIRED: 'collectorIds',
        TEST_OUTSIDE_WINDOW: 'kind',
      }}
    >
      {(form) => (
        <ResultFields
          form={form}
          female={female}
          collectors={collectors.data ?? []}
          loading={collectors.isFetching}
        >
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('stationDay.recordHint', { deadline: item.window.deadline })}
          </Typography.Paragraph>
          <Form.Item name="kind" label={t('stationDay.kind')} required>
            <Radio.Group
              optionType="button"
              options={labelOptions(testKindLabels, lang).filter((o) => STATION_KINDS.includes(o.value))}
            />
          </Form.Item>
          <Form.Item name="outcome" label={t('stationDay.resultOutcome')} required>
            <Radio.Group options={labelOptions(testOutcomeLabels, lang)} data-testid="result-outcome" />
          </Form.Item>
        </ResultFields>
      )}
    </ActionModal>
  );
}

function ResultFields({
  form,
  female,
  collectors,
  loading,
  children,
}: {
  form: ReturnType<typeof Form.useForm<ResultValues>>[0];
  female: boolean;
  collectors: Collector[];
  loading: boolean;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const ids = Form.useWatch('collectorIds', form) ?? [];
  const kind = Form.useWatch('kind', form);
  const outcome = Form.useWatch('outcome', form);
  const picked = collectors.filter((c) => ids.includes(c.id));
  const noWoman =
    female && kind === 'urine' && ids.length === 2 && !picked.some((c) => c.gender === 'female');
  return (
    <>
      {children}
      <Form.Item
        name="collectorIds"
        label={t('stationDay.collectors')}
        required
        rules={[zodRule(AppointmentResultInput.shape.collectorIds)]}
      >
        <Select
          mode="multiple"
          maxCount={2}
          loading={loading}
          showSearch={{ optionFilterProp: 'search' }}
          placeholder={t('stationDay.collectorsPlaceholder')}
          data-testid="station-collectors"
          options={collectors.map((c) => ({
            value: c.id,
            search: c.name,
            label: (
              <Space size={4}>
                <span>{c.name}</span>
                {c.gender && (
                  <Tag color={c.gender === 'female' ? 'magenta' : 'geekblue'} style={{ marginInlineEnd: 0 }}>
                    {c.gender === 'female' ? t('stationDay.female') : t('stationDay.male')}
                  </Tag>
                )}
              </Space>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('stationDay.note')}>
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {noWoman && <Alert type="error" showIcon title={t('stationDay.femaleWarning')} />}
        {outcome === 'positive' && <Alert type="warning" showIcon title={t('stationDay.positiveWarning')} />}
      </Space>
    </>
  );
}

function CancelModal({
  item,
  onClose,
  onDone,
}: {
  item: DayAppointment;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ActionModal<{ reason?: string }, StaffCancelInput, DayAppointment>
      testId="appointment-cancel-form"
      title={t('stationDay.cancelTitle', { name: item.person.name })}
      onClose={onClose}
      schema={StaffCancelInput}
      toPayload={(v) => ({ reason: v.reason?.trim() ?? '' })}
      submit={(body) => api.post('/api/appointments/{id}/cancel', { params: { id: item.id }, body })}
      successMessage={t('stationDay.cancelled')}
      onSuccess={onDone}
      okText={t('stationDay.cancel')}
      danger
    >
      {() => (
        <Form.Item
          name="reason"
          label={t('stationDay.cancelReason')}
          required
          rules={[zodRule(StaffCancelInput.shape.reason)]}
        >
          <Input.TextArea rows={2} maxLength={100} showCount />
        </Form.Item>
      )}
    </ActionModal>
  );
}

/** 今日检测: a station's bookings for a day; arrival and results, recorded into the test plan. */
export default function StationDayPage() {
  const { t } = useTranslation();
  useTitle(t('stationDay.title'));
  const label = useLabel();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? todayString();
  const stations = useQuery({
    queryKey: ['stations', 'list', 'all-active'] as const,
    queryFn: ({ signal }) =>
      api.get('/api/stations', { query: { active: 'true', page: 1, pageSize: 100 }, signal }),
  });
  const stationId = params.get('station') ?? stations.data?.items[0]?.id ?? null;
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if (!params.get('station') && stationId) set('station', stationId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the first station is known
  }, [stationId]);

  const dayKey = ['stations', 'day', stationId, date] as const;
  const day = useQuery({
    queryKey: dayKey,
    queryFn: ({ signal }) =>
      api.get('/api/stations/{id}/day', { params: { id: stationId! }, query: { date }, signal }),
    enabled: !!stationId,
    refetchInterval: 60_000,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['stations', 'day'] });
  const arrive = useMutation({
    mutationFn: (id: string) => api.post('/api/appointments/{id}/arrive', { params: { id } }),
    onSuccess: () => {
      void message.success(t('stationDay.arrived'));
      void refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const [recording, setRecording] = useState<DayAppointment | null>(null);
  const [cancelling, setCancelling] = useState<DayAppointment | null>(null);

  const items = day.data?.items ?? [];
  const count = (s: DayStatus) => items.filter((i) => i.status === s).length;
  const isToday = date === todayString();

  return (
    <Card title={t('stationDay.title')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 320 }}
          placeholder={t('stationDay.pickStation')}
          aria-label={t('stationDay.station')}
          loading={stations.isFetching}
          value={stationId ?? undefined}
          onChange={(v: string) => set('station', v)}
          options={(stations.data?.items ?? []).map((s) => ({
            value: s.id,
            label: `${s.name}（${s.orgUnit.name}）`,
          }))}
          data-testid="day-station"
        />
        <DatePicker
          allowClear={false}
          value={dayjs(date)}
          onChange={(d) => set('date', dateString(d))}
          aria-label={t('stationDay.date')}
          data-testid="day-date"
        />
      </Space>
      {stations.data && stations.data.items.length === 0 && <Empty description={t('stationDay.noStation')} />}
      {day.data?.closed && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('stationDay.closed', { reason: day.data.closed })}
        />
      )}
      {day.isError && <Alert type="error" showIcon title={errorMessage(day.error)} />}
      {items.length > 0 && (
        <Typography.Paragraph type="secondary" data-testid="day-counts">
          {t('stationDay.counts', {
            total: items.filter((i) => i.status !== 'cancelled').length,
            tested: count('tested'),
            arrived: count('arrived'),
            booked: count('booked'),
            noShow: count('no_show'),
          })}
        </Typography.Paragraph>
      )}
      {stationId && (
        <Table<DayAppointment>
          rowKey="id"
          size="middle"
          loading={day.isFetching}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: t('stationDay.empty') }}
          data-testid="day-table"
          columns={[
            { title: t('stationDay.time'), render: (_, i) => `${i.start}–${i.end}`, width: 120 },
            {
              title: t('stationDay.person'),
              render: (_, i) => (
                <Space>
                  <span data-testid="day-person">{i.person.name}</span>
                  <Tag color={i.person.gender === 'female' ? 'magenta' : 'geekblue'}>
                    {i.person.gender === 'female' ? t('stationDay.female') : t('stationDay.male')}
                  </Tag>
                </Space>
              ),
            },
            {
              title: t('stationDay.status'),
              render: (_, i) => (
                <Tag color={STATUS_COLORS[i.status]} data-testid="day-status">
                  {label(dayStatusLabels, i.status)}
                </Tag>
              ),
            },
            { title: t('stationDay.window'), render: (_, i) => i.window.deadline },
            {
              title: t('stationDay.outcome'),
              render: (_, i) =>
                i.outcome ? (
                  <Tag
                    color={i.outcome === 'positive' ? 'red' : i.outcome === 'pending' ? 'orange' : 'green'}
                  >
                    {label(testOutcomeLabels, i.outcome)}
                  </Tag>
                ) : (
                  '—'
                ),
            },
            {
              title: t('stationDay.actions'),
              render: (_, i) => (
                <Space size={0} wrap>
                  {i.status === 'booked' && isToday && (
                    <Button
                      type="link"
                      size="small"
                      loading={arrive.isPending && arrive.variables === i.id}
                      onClick={() => arrive.mutate(i.id)}
                      data-testid="day-arrive"
                    >
                      {t('stationDay.arrive')}
                    </Button>
                  )}
                  {(i.status === 'booked' || i.status === 'arrived' || i.status === 'no_show') &&
                    date <= todayString() && (
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setRecording(i)}
                        data-testid="day-record"
                      >
                        {t('stationDay.record')}
                      </Button>
                    )}
                  {i.status === 'booked' && (
                    <Button type="link" size="small" danger onClick={() => setCancelling(i)}>
                      {t('stationDay.cancel')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {recording && stationId && (
        <ResultModal
          item={recording}
          stationId={stationId}
          onClose={() => setRecording(null)}
          onDone={() => void refresh()}
        />
      )}
      {cancelling && (
        <CancelModal item={cancelling} onClose={() => setCancelling(null)} onDone={() => void refresh()} />
      )}
    </Card>
  );
}
