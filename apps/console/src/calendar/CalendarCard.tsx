import { useState } from 'react';
import {
  App,
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CalendarYearInput, type CalendarYear } from '@taobo/contracts';
import { calendarDayKindLabels, type CalendarDayKind } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { dateString, todayString } from '../forms/dates.ts';
import { labelOptions, useLabel, useLang } from '../i18n/labels.ts';
import { calendarYearQuery } from './calendarQueries.ts';

interface Row {
  date?: Dayjs | null;
  kind?: CalendarDayKind;
  name?: string;
}

/**
 * 节假日安排 (民法典 第二百零三条): the schedule every legal deadline counts on. The official years come
 * from the chinese-days package; a year it does not know yet is entered here, and the 报到 deadlines
 * it changes move at once.
 */
export function CalendarCard() {
  const { t } = useTranslation();
  const can = useCan();
  const thisYear = Number(todayString().slice(0, 4));
  const [year, setYear] = useState(thisYear + 1);
  const [editing, setEditing] = useState(false);
  const query = useQuery(calendarYearQuery(year));
  const editable = can('policy:manage');
  return (
    <Card
      size="small"
      type="inner"
      title={t('calendar.title')}
      style={{ marginTop: 12 }}
      data-testid="calendar-card"
      extra={
        <Space>
          <Select
            size="small"
            value={year}
            style={{ width: 100 }}
            data-testid="calendar-year"
            onChange={(y) => {
              setYear(y);
              setEditing(false);
            }}
            options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({
              value: y,
              label: `${y}`,
            }))}
          />
          {editable && !editing && (
            <Button size="small" onClick={() => setEditing(true)} data-testid="calendar-edit">
              {t('calendar.edit')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ maxWidth: 820 }}>
        {t('calendar.desc')}
      </Typography.Paragraph>
      {query.isError && <Alert type="error" showIcon title={errorMessage(query.error)} />}
      {query.data && !query.data.official && (
        <Alert
          type={query.data.days.length ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="calendar-unknown"
          title={t(query.data.days.length ? 'calendar.entered' : 'calendar.unknown', { year })}
        />
      )}
      {editing && query.data ? (
        <CalendarEditor year={year} data={query.data} onDone={() => setEditing(false)} />
      ) : (
        <DaysTable data={query.data} loading={query.isPending} />
      )}
    </Card>
  );
}

function DaysTable({ data, loading }: { data: CalendarYear | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Table
      size="small"
      rowKey="date"
      loading={loading}
      dataSource={data?.days ?? []}
      pagination={{ pageSize: 12, hideOnSinglePage: true }}
      locale={{ emptyText: t('calendar.empty') }}
      data-testid="calendar-days"
      columns={[
        {
          title: t('calendar.date'),
          dataIndex: 'date',
          width: 130,
          render: (d: string) => <span className="mono">{d}</span>,
        },
        {
          title: t('calendar.kind'),
          dataIndex: 'kind',
          width: 120,
          render: (k: CalendarDayKind) => (
            <Tag color={k === 'rest' ? 'red' : 'blue'}>{label(calendarDayKindLabels, k)}</Tag>
          ),
        },
        { title: t('calendar.name'), dataIndex: 'name' },
        {
          title: t('calendar.source'),
          dataIndex: 'source',
          width: 200,
          render: (s: 'official' | 'entered') => t(`calendar.sources.${s}`),
        },
      ]}
    />
  );
}

function CalendarEditor({ year, data, onDone }: { year: number; data: CalendarYear; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ days: Row[] }>();
  const save = useMutation({
    mutationFn: (body: CalendarYearInput) =>
      api.put('/api/calendar/years/{year}', { params: { year }, body }),
    onSuccess: async (r) => {
      void message.success(t('calendar.saved', { count: r.deadlinesMoved }));
      await queryClient.invalidateQueries({
        predicate: (q) => ['calendar', 'measures', 'worklist'].includes(String(q.queryKey[0])),
      });
      onDone();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const entered = data.days.filter((d) => d.source === 'entered');
  const submit = (v: { days: Row[] }) => {
    const body = {
      days: (v.days ?? []).map((d) => ({
        date: dateString(d.date) ?? '',
        kind: d.kind!,
        name: d.name?.trim() ?? '',
      })),
    };
    const parsed = CalendarYearInput.safeParse(body);
    if (!parsed.success) {
      void message.error(parsed.error.issues[0]?.message ?? t('calendar.invalid'));
      return;
    }
    modal.confirm({
      title: t('calendar.confirmTitle', { year }),
      content: t('calendar.confirmBody'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'calendar-confirm' },
      onOk: () => save.mutateAsync(parsed.data).catch(() => undefined),
    });
  };
  const inYear = (d: Dayjs) => d.year() !== year;
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="calendar-form"
      initialValues={{ days: entered.map((d) => ({ date: dayjs(d.date), kind: d.kind, name: d.name })) }}
      onFinish={submit}
    >
      <Typography.Paragraph type="secondary">{t('calendar.editHint')}</Typography.Paragraph>
      <Form.List name="days">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: t('calendar.date') }]}>
                  <DatePicker disabledDate={inYear} defaultPickerValue={dayjs(`${year}-01-01`)} />
                </Form.Item>
                <Form.Item name={[f.name, 'kind']} rules={[{ required: true, message: t('calendar.kind') }]}>
                  <Select style={{ width: 130 }} options={labelOptions(calendarDayKindLabels, lang)} />
                </Form.Item>
                <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('calendar.name') }]}>
                  <Input maxLength={20} placeholder={t('calendar.namePlaceholder')} style={{ width: 160 }} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('calendar.remove')}
                  onClick={() => remove(f.name)}
                />
              </Space>
            ))}
            <Form.Item>
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ kind: 'rest' })}
                data-testid="calendar-add"
              >
                {t('calendar.add')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="calendar-save">
          {t('common.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
