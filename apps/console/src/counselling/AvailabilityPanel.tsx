import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Table,
  TimePicker,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import {
  AvailabilityInput,
  CounsellingMode,
  counsellingModeLabels,
  weekdayLabels,
  type Availability,
} from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { dateBounds, todayString } from '../forms/dates.ts';
import { useLabel } from '../i18n/labels.ts';
import { availabilityQuery, useCounsellingRefresh } from './queries.ts';

interface Values {
  kind: 'weekly' | 'once';
  weekday?: number;
  date?: Dayjs;
  startTime?: Dayjs;
  durationMinutes?: number;
  mode: Availability['mode'];
  place?: string;
}

/** The counsellor's bookable times: weekly slots and one-off dates. */
export function AvailabilityPanel() {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const refresh = useCounsellingRefresh();
  const [adding, setAdding] = useState(false);
  const list = useQuery(availabilityQuery);
  const remove = useMutation({
    mutationFn: (id: string) => api.delete('/api/counselling/availability/{id}', { params: { id } }),
    onSuccess: () => {
      void message.success(t('counselling.removed'));
      void refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        style={{ marginBottom: 12 }}
        onClick={() => setAdding(true)}
      >
        {t('counselling.add')}
      </Button>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      <Table<Availability>
        data-testid="availability-table"
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: t('counselling.empty') }}
        columns={[
          {
            title: t('counselling.kind'),
            key: 'kind',
            render: (_, a) =>
              a.kind === 'weekly' ? `${t('counselling.weekly')} ${weekdayLabels[a.weekday!]![lang]}` : a.date,
          },
          { title: t('counselling.startTime'), dataIndex: 'startTime' },
          { title: t('counselling.duration'), dataIndex: 'durationMinutes' },
          {
            title: t('counselling.mode'),
            key: 'mode',
            render: (_, a) => label(counsellingModeLabels, a.mode),
          },
          { title: t('counselling.place'), key: 'place', render: (_, a) => a.place ?? '—' },
          {
            title: t('counselling.actions'),
            key: 'act',
            render: (_, a) => (
              <Popconfirm
                title={t('counselling.removeAsk')}
                onConfirm={() => remove.mutateAsync(a.id).catch(() => undefined)}
              >
                <Button size="small" danger>
                  {t('counselling.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {adding && (
        <ActionModal<Values, AvailabilityInput, Availability>
          testId="availability-form"
          title={t('counselling.addTitle')}
          onClose={() => setAdding(false)}
          schema={AvailabilityInput}
          initialValues={{ kind: 'weekly', mode: 'online', durationMinutes: 50 }}
          toPayload={(v) => ({
            kind: v.kind,
            weekday: v.kind === 'weekly' ? (v.weekday ?? null) : null,
            date: v.kind === 'once' && v.date ? v.date.format('YYYY-MM-DD') : null,
            startTime: v.startTime ? v.startTime.format('HH:mm') : '',
            durationMinutes: v.durationMinutes ?? 0,
            mode: v.mode,
            place: v.place?.trim() || null,
          })}
          submit={(body) => api.post('/api/counselling/availability', { body })}
          successMessage={t('counselling.added')}
          onSuccess={() => refresh()}
          okText={t('counselling.add')}
        >
          {(form) => (
            <>
              <Form.Item name="kind" label={t('counselling.kind')} required>
                <Radio.Group
                  options={[
                    { value: 'weekly', label: t('counselling.weekly') },
                    { value: 'once', label: t('counselling.once') },
                  ]}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
                {() =>
                  form.getFieldValue('kind') === 'weekly' ? (
                    <Form.Item
                      name="weekday"
                      label={t('counselling.weekday')}
                      required
                      rules={[{ required: true, message: '请选择星期' }]}
                    >
                      <Select
                        options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({
                          value: d,
                          label: weekdayLabels[d]![lang],
                        }))}
                      />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name="date"
                      label={t('counselling.date')}
                      required
                      rules={[{ required: true, message: '请选择日期' }]}
                    >
                      <DatePicker disabledDate={dateBounds(todayString())} />
                    </Form.Item>
                  )
                }
              </Form.Item>
              <Form.Item
                name="startTime"
                label={t('counselling.startTime')}
                required
                rules={[{ required: true, message: '请选择开始时间' }]}
              >
                <TimePicker format="HH:mm" minuteStep={5} />
              </Form.Item>
              <Form.Item name="durationMinutes" label={t('counselling.duration')} required>
                <InputNumber min={15} max={240} step={5} />
              </Form.Item>
              <Form.Item name="mode" label={t('counselling.mode')} required>
                <Radio.Group
                  options={CounsellingMode.options.map((m) => ({
                    value: m,
                    label: label(counsellingModeLabels, m),
                  }))}
                />
              </Form.Item>
              <Form.Item name="place" label={t('counselling.place')}>
                <Input maxLength={100} />
              </Form.Item>
            </>
          )}
        </ActionModal>
      )}
    </>
  );
}
