import { Alert, DatePicker, Form, Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EducationInput, type Education, type Measure } from '@taobo/contracts';
import { violationKindLabels, violationResponse } from '@taobo/domain';
import { api } from '../api.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { dateBounds, dateInput, dateString, todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import { useLabel } from '../i18n/labels.ts';
import { useSupervisionRefresh, violationsQuery } from './measureQueries.ts';
import '../i18n/measureRules.ts';

interface Values {
  date?: Dayjs | null;
  reason?: string;
  note?: string;
  violationId?: string | null;
}

/**
 * 批评教育 (禁毒法 第三十五条 第二款): who (the caller), when, why, what was said; optionally the
 * confirmed ordinary violation it answers.
 */
export function EducationModal({ measure, onClose }: { measure: Measure; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const refresh = useSupervisionRefresh();
  const violations = useQuery(violationsQuery(measure.personId));
  const today = todayString();
  // The violations the law answers with education: confirmed, ordinary (domain `violationResponse`).
  const educable = (violations.data ?? []).filter(
    (v) => v.measureId === measure.id && violationResponse(v, false) === 'educate',
  );
  return (
    <ActionModal<Values, EducationInput, Education>
      testId="education-form"
      title={t('rules.education.title')}
      onClose={onClose}
      schema={EducationInput}
      initialValues={{ date: dayjs(today) }}
      toPayload={(v) => ({
        date: dateString(v.date) ?? '',
        reason: v.reason?.trim() ?? '',
        note: v.note?.trim() || null,
        violationId: v.violationId ?? null,
      })}
      submit={(body) => api.post('/api/measures/{id}/education', { params: { id: measure.id }, body })}
      successMessage={t('rules.education.saved')}
      onSuccess={() => refresh(measure.personId)}
    >
      {(form) => (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('rules.education.hint')} />
          <Form.Item name="violationId" label={t('rules.education.violation')}>
            <Select
              allowClear
              loading={violations.isFetching}
              placeholder={t('rules.education.violationPlaceholder')}
              data-testid="education-violation"
              options={educable.map((v) => ({
                value: v.id,
                label: t('rules.education.violationOption', {
                  kind: label(violationKindLabels, v.kind),
                  date: v.date,
                }),
              }))}
              onChange={(id: string | undefined) => {
                const v = educable.find((x) => x.id === id);
                if (v && !form.getFieldValue('reason'))
                  form.setFieldValue('reason', `${label(violationKindLabels, v.kind)}（${v.date}）`);
              }}
            />
          </Form.Item>
          <Form.Item
            name="date"
            label={t('rules.education.date')}
            required
            rules={[
              { required: true, message: t('common.pick', { field: t('rules.education.date') }) },
              zodRule(EducationInput.shape.date, { toInput: dateInput }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={dateBounds(measure.termStart, today)} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('rules.education.reason')}
            required
            rules={[zodRule(EducationInput.shape.reason)]}
          >
            <Input maxLength={200} placeholder={t('rules.education.reasonPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('rules.education.note')}
            rules={[zodRule(EducationInput.shape.note, { optional: true })]}
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              placeholder={t('rules.education.notePlaceholder')}
            />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
