import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  TimePicker,
  Typography,
} from 'antd';
import {
  CalendarOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import {
  StationClosureInput,
  StationInput,
  StationSlotsInput,
  weekdayLabels,
  type Station,
  type StationDetail,
} from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { useDebounced } from '../components/useDebounced.ts';
import { useTitle } from '../components/useTitle.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { dateBounds, dateString, todayString } from '../forms/dates.ts';
import { checkWithSchema } from '../forms/schemaCheck.ts';
import { applyServerErrors } from '../forms/serverErrors.ts';
import { zodRule } from '../forms/zodRule.ts';
import { useLang } from '../i18n/labels.ts';
import { OrgUnitPicker } from '../org/OrgUnitPicker.tsx';
import '../i18n/stations.ts';

const LEVELS = ['county', 'township'] as const;
const enc = encodeURIComponent;
const stationKey = (id: string) => ['stations', 'detail', id] as const;

interface StationValues {
  name?: string;
  orgUnitId?: string;
  address?: string;
  phone?: string;
  active?: boolean;
}

function StationModal({ station, onClose }: { station: StationDetail | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const shape = StationInput.shape;
  return (
    <ActionModal<StationValues, StationInput, StationDetail>
      testId="station-form"
      title={station ? t('stations.edit') : t('stations.new')}
      onClose={onClose}
      schema={StationInput}
      initialValues={
        station
          ? {
              name: station.name,
              orgUnitId: station.orgUnit.id,
              address: station.address,
              phone: station.phone ?? '',
              active: station.active,
            }
          : { active: true }
      }
      toPayload={(v) => ({
        name: v.name?.trim() ?? '',
        orgUnitId: v.orgUnitId ?? '',
        address: v.address?.trim() ?? '',
        phone: v.phone?.trim() || null,
        active: v.active ?? true,
      })}
      submit={(body) =>
        station
          ? api.put('/api/stations/{id}', { params: { id: station.id }, body })
          : api.post('/api/stations', { body })
      }
      successMessage={station ? t('stations.saved') : t('stations.created')}
      onSuccess={() => client.invalidateQueries({ queryKey: ['stations'] })}
    >
      {() => (
        <>
          <Form.Item name="name" label={t('stations.name')} required rules={[zodRule(shape.name)]}>
            <Input maxLength={60} data-testid="station-name" />
          </Form.Item>
          <Form.Item
            name="orgUnitId"
            label={t('stations.orgUnit')}
            extra={t('stations.orgUnitHint')}
            required
            rules={[zodRule(shape.orgUnitId)]}
          >
            <OrgUnitPicker levels={LEVELS} known={station?.orgUnit ?? null} data-testid="station-org" />
          </Form.Item>
          <Form.Item name="address" label={t('stations.address')} required rules={[zodRule(shape.address)]}>
            <Input maxLength={200} data-testid="station-address" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('stations.phone')}
            rules={[zodRule(shape.phone, { optional: true })]}
          >
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="active" label={t('stations.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

interface SlotRow {
  id?: string;
  weekday?: number;
  start?: Dayjs | null;
  end?: Dayjs | null;
  capacity?: number | null;
}

const time = (d: Dayjs | null | undefined) => (d && d.isValid() ? d.format('HH:mm') : '');

/** The weekly slot grid and the closed days of one station. */
function SlotsDrawer({ stationId, onClose }: { stationId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ slots: SlotRow[] }>();
  const [closureForm] = Form.useForm<{ date?: Dayjs | null; reason?: string }>();
  const detail = useQuery({
    queryKey: stationKey(stationId),
    queryFn: ({ signal }) => api.get('/api/stations/{id}', { params: { id: stationId }, signal }),
  });
  const refresh = (d: StationDetail) => {
    client.setQueryData(stationKey(stationId), d);
    void client.invalidateQueries({ queryKey: ['stations', 'list'] });
  };
  const saveSlots = useMutation({
    mutationFn: (body: StationSlotsInput) =>
      api.put('/api/stations/{id}/slots', { params: { id: stationId }, body }),
    onSuccess: (d) => {
      refresh(d);
      // New slots now have ids: show the saved grid, untouched.
      form.resetFields();
      form.setFieldsValue({ slots: toRows(d) });
      void message.success(t('stations.slotsSaved'));
    },
    onError: (e) => {
      if (!applyServerErrors(form, e)) void message.error(errorMessage(e));
    },
  });
  const close = useMutation({
    mutationFn: (body: StationClosureInput) =>
      api.post('/api/stations/{id}/closures', { params: { id: stationId }, body }),
    onSuccess: (d) => {
      refresh(d);
      closureForm.resetFields();
      void message.success(t('stations.closureSaved'));
    },
    onError: (e) => {
      if (!applyServerErrors(closureForm, e)) void message.error(errorMessage(e));
    },
  });
  const reopen = useMutation({
    mutationFn: (date: string) =>
      api.delete('/api/stations/{id}/closures/{date}', { params: { id: stationId, date } }),
    onSuccess: refresh,
    onError: (e) => void message.error(errorMessage(e)),
  });

  const toRows = (d: StationDetail): SlotRow[] =>
    d.slots.map((s) => ({
      id: s.id,
      weekday: s.weekday,
      start: dayjs(`2000-01-01T${s.start}`),
      end: dayjs(`2000-01-01T${s.end}`),
      capacity: s.capacity,
    }));

  const submitSlots = (v: { slots?: SlotRow[] }) => {
    const body = {
      slots: (v.slots ?? []).map((s) => ({
        ...(s.id && { id: s.id }),
        weekday: s.weekday ?? 0,
        start: time(s.start),
        end: time(s.end),
        capacity: s.capacity ?? 0,
      })),
    };
    if (!checkWithSchema(form, StationSlotsInput, body)) return;
    saveSlots.mutate(body);
  };

  const requestClose = () => {
    if (!form.isFieldsTouched()) return onClose();
    modal.confirm({ title: t('stations.unsaved'), onOk: onClose });
  };

  const d = detail.data;
  return (
    <Drawer
      open
      width={720}
      title={d ? t('stations.slotsTitle', { name: d.name }) : t('stations.slots')}
      onClose={requestClose}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          loading={saveSlots.isPending}
          onClick={() => form.submit()}
          data-testid="slots-save"
          disabled={!d}
        >
          {t('stations.saveSlots')}
        </Button>
      }
    >
      {!d ? (
        detail.isError ? (
          <Typography.Text type="danger">{errorMessage(detail.error)}</Typography.Text>
        ) : null
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('stations.slotsHint')}</Typography.Paragraph>
          <Form
            form={form}
            initialValues={{ slots: toRows(d) }}
            onFinish={submitSlots}
            data-testid="slots-form"
          >
            <Form.List name="slots">
              {(fields, { add, remove }) => (
                <>
                  {fields.length === 0 && (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stations.noSlots')} />
                  )}
                  {fields.map((f) => (
                    <Space key={f.key} align="start" wrap data-testid="slot-row">
                      <Form.Item name={[f.name, 'id']} hidden>
                        <Input />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'weekday']}
                        rules={[{ required: true, message: t('stations.pickWeekday') }]}
                      >
                        <Select
                          style={{ width: 96 }}
                          placeholder={t('stations.weekday')}
                          aria-label={t('stations.weekday')}
                          options={[1, 2, 3, 4, 5, 6, 7].map((w) => ({
                            value: w,
                            label: weekdayLabels[w]?.[lang],
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'start']}
                        rules={[{ required: true, message: t('stations.pickTime') }]}
                      >
                        <TimePicker
                          format="HH:mm"
                          minuteStep={15}
                          placeholder={t('stations.start')}
                          aria-label={t('stations.start')}
                          needConfirm={false}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'end']}
                        rules={[{ required: true, message: t('stations.pickTime') }]}
                      >
                        <TimePicker
                          format="HH:mm"
                          minuteStep={15}
                          placeholder={t('stations.end')}
                          aria-label={t('stations.end')}
                          needConfirm={false}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'capacity']}
                        rules={[{ required: true, message: t('stations.capacity') }]}
                      >
                        <InputNumber
                          min={1}
                          max={500}
                          precision={0}
                          addonAfter={t('stations.capacity')}
                          style={{ width: 130 }}
                          aria-label={t('stations.capacity')}
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined aria-hidden />}
                        onClick={() => remove(f.name)}
                        aria-label={t('stations.removeSlot')}
                      />
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    block
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => add({ capacity: 10 })}
                    data-testid="slot-add"
                  >
                    {t('stations.addSlot')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form>

          <Card size="small" title={t('stations.closures')} style={{ marginTop: 24 }} data-testid="closures">
            <Form
              form={closureForm}
              layout="inline"
              onFinish={(v) => {
                const body = { date: dateString(v.date) ?? '', reason: v.reason?.trim() ?? '' };
                if (checkWithSchema(closureForm, StationClosureInput, body)) close.mutate(body);
              }}
              style={{ marginBottom: 12, rowGap: 8 }}
            >
              <Form.Item name="date" rules={[{ required: true, message: t('stations.closureDate') }]}>
                <DatePicker
                  disabledDate={dateBounds(todayString(), null)}
                  placeholder={t('stations.closureDate')}
                />
              </Form.Item>
              <Form.Item name="reason" rules={[zodRule(StationClosureInput.shape.reason)]}>
                <Input
                  placeholder={t('stations.closureReasonPlaceholder')}
                  maxLength={100}
                  style={{ width: 220 }}
                />
              </Form.Item>
              <Button htmlType="submit" icon={<CalendarOutlined aria-hidden />} loading={close.isPending}>
                {t('stations.addClosure')}
              </Button>
            </Form>
            <List
              size="small"
              locale={{ emptyText: t('stations.noClosures') }}
              dataSource={d.closures}
              renderItem={(c) => (
                <List.Item
                  actions={[
                    <Popconfirm
                      key="reopen"
                      title={t('stations.reopenConfirm', { date: c.date })}
                      onConfirm={() => reopen.mutate(c.date)}
                    >
                      <Button size="small" type="link">
                        {t('stations.reopen')}
                      </Button>
                    </Popconfirm>,
                  ]}
                >
                  <Space>
                    <Tag color="red">{c.date}</Tag>
                    {c.reason}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
    </Drawer>
  );
}

/** 检测站点: the stations of the caller's jurisdiction, their weekly slots and closed days. */
export default function StationsPage() {
  const { t } = useTranslation();
  useTitle(t('stations.title'));
  const can = useCan();
  const manage = can('station:manage');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const search = useDebounced(q.trim(), 300);
  const active = (params.get('active') as 'true' | 'false' | null) ?? undefined;
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const [editing, setEditing] = useState<StationDetail | 'new' | null>(null);
  const [slotsOf, setSlotsOf] = useState<string | null>(null);
  const { message } = App.useApp();

  const list = useQuery({
    queryKey: ['stations', 'list', search, active, page, pageSize] as const,
    queryFn: ({ signal }) =>
      api.get('/api/stations', { query: { q: search, active, page, pageSize }, signal }),
    placeholderData: (prev) => prev,
  });
  const setParam = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const openEdit = async (s: Station) => {
    try {
      setEditing(await api.get('/api/stations/{id}', { params: { id: s.id } }));
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title={t('stations.title')}
      extra={
        <Space>
          <Link to="/station-day">{t('stations.dayList')}</Link>
          {manage && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setEditing('new')}
              data-testid="station-new"
            >
              {t('stations.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('stations.search')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setParam('q', e.target.value.trim() || null);
          }}
          style={{ width: 260 }}
          aria-label={t('stations.search')}
        />
        <Segmented
          value={active ?? 'all'}
          onChange={(v) => setParam('active', v === 'all' ? null : String(v))}
          options={[
            { value: 'all', label: t('stations.allStates') },
            { value: 'true', label: t('stations.activeOnly') },
            { value: 'false', label: t('stations.inactiveOnly') },
          ]}
        />
      </Space>
      <Table<Station>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        data-testid="stations-table"
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, s) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            next.set('pageSize', String(s));
            setParams(next, { replace: true });
          },
        }}
        columns={[
          { title: t('stations.name'), dataIndex: 'name' },
          { title: t('stations.orgUnit'), render: (_, s) => s.orgUnit.name },
          { title: t('stations.address'), dataIndex: 'address' },
          { title: t('stations.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
          { title: t('stations.weeklyCapacity'), dataIndex: 'weeklyCapacity', align: 'right' },
          {
            title: t('stations.status'),
            dataIndex: 'active',
            render: (v: boolean) => (
              <Tag color={v ? 'green' : 'default'}>{v ? t('stations.active') : t('stations.inactive')}</Tag>
            ),
          },
          {
            title: t('stations.actions'),
            render: (_, s) => (
              <Space size={0} wrap>
                {manage && (
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined aria-hidden />}
                    onClick={() => void openEdit(s)}
                  >
                    {t('stations.edit')}
                  </Button>
                )}
                {manage && (
                  <Button
                    type="link"
                    size="small"
                    icon={<ScheduleOutlined aria-hidden />}
                    onClick={() => setSlotsOf(s.id)}
                    data-testid="station-slots"
                  >
                    {t('stations.slots')}
                  </Button>
                )}
                <Link to={`/station-day?station=${enc(s.id)}`}>{t('stations.dayList')}</Link>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <StationModal station={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {slotsOf && <SlotsDrawer stationId={slotsOf} onClose={() => setSlotsOf(null)} />}
    </Card>
  );
}
