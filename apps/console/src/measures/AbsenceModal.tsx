import { Alert, Col, DatePicker, Form, Input, Radio, Row, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AbsenceInput, type Absence, type Measure } from '@taobo/contracts';
import { absenceDays, isUnauthorisedDeparture } from '@taobo/domain';
import { api } from '../api.ts';
import { dateBounds, dateInput, dateString, todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { useSupervisionRefresh } from './measureQueries.ts';

const shape = AbsenceInput.shape;

interface Values {
  from?: Dayjs | null;
  to?: Dayjs | null;
  reported?: boolean;
  destination?: string;
  note?: string;
}

/** 条例 第十九条、第二十条: the days and whether this counts as 擅自离开, before it is saved. */
function Preview({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation();
  const from = dateString(Form.useWatch('from', form));
  const to = dateString(Form.useWatch('to', form));
  const reported = Form.useWatch('reported', form);
  if (!from || !to || to < from || reported === undefined) return null;
  const days = absenceDays(from, to);
  const departure = isUnauthorisedDeparture({ from, to, reported });
  return (
    <Alert
      data-testid="absence-preview"
      type={departure ? 'error' : reported ? 'success' : 'info'}
      showIcon
      title={t('absences.preview', { count: days })}
      description={
        departure
          ? t('absences.previewDeparture')
          : reported
            ? t('absences.previewReported')
            : t('absences.previewShort')
      }
    />
  );
}

export function AbsenceModal({
  measure,
  personId,
  onClose,
}: {
  measure: Measure;
  personId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  const today = todayString();
  return (
    <ActionModal<Values, AbsenceInput, Absence>
      testId="absence-form"
      title={t('absences.add')}
      onClose={onClose}
      schema={AbsenceInput}
      toPayload={(v) => ({
        from: dateString(v.from) ?? '',
        to: dateString(v.to) ?? '',
        reported: Boolean(v.reported),
        destination: v.destination?.trim() || null,
        note: v.note?.trim() || null,
      })}
      submit={(body) => api.post('/api/measures/{id}/absences', { params: { id: measure.id }, body })}
      successMessage={t('absences.saved')}
      onSuccess={() => refresh(personId)}
    >
      {(form) => (
        <>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="from"
                label={t('absences.from')}
                required
                rules={[
                  { required: true, message: t('common.pick', { field: t('absences.from') }) },
                  zodRule(shape.from, { toInput: dateInput }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={dateBounds(measure.termStart, today)} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="to"
                label={t('absences.to')}
                required
                dependencies={['from']}
                rules={[
                  { required: true, message: t('common.pick', { field: t('absences.to') }) },
                  zodRule(shape.to, { toInput: dateInput }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={dateBounds(measure.termStart, today)} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="reported"
            label={t('absences.reported')}
            extra={t('absences.reportedHint')}
            required
            rules={[{ required: true, message: t('absences.reportedRequired') }]}
          >
            <Radio.Group
              options={[
                { value: true, label: t('common.yes') },
                { value: false, label: t('common.no') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="destination"
            label={t('absences.destination')}
            rules={[zodRule(shape.destination, { optional: true })]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="note" label={t('absences.note')}>
            <Input.TextArea rows={2} maxLength={200} showCount />
          </Form.Item>
          <Preview form={form} />
        </>
      )}
    </ActionModal>
  );
}
