import { Alert, DatePicker, Form, Input } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TestRefusalInput, type Measure, type Violation } from '@taobo/contracts';
import { api } from '../api.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { dateBounds, dateInput, dateString, todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import { useSupervisionRefresh, violationsQuery } from './measureQueries.ts';
import '../i18n/measureRules.ts';

interface Values {
  date?: Dayjs | null;
  note?: string;
}

/**
 * 现场拒绝接受检测 (戒毒条例 第二十条): counted at once as an evasion, so the form says where the
 * count stands and asks once more before sending.
 */
export function TestRefusalModal({ measure, onClose }: { measure: Measure; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  const violations = useQuery(violationsQuery(measure.personId));
  const today = todayString();
  const count = (violations.data ?? []).filter(
    (v) => v.measureId === measure.id && v.kind === 'evasion' && v.status === 'confirmed',
  ).length;
  return (
    <ActionModal<Values, TestRefusalInput, Violation>
      testId="test-refusal-form"
      title={t('rules.refusal.title')}
      okText={t('rules.refusal.action')}
      danger
      onClose={onClose}
      schema={TestRefusalInput}
      initialValues={{ date: dayjs(today) }}
      toPayload={(v) => ({ date: dateString(v.date) ?? '', note: v.note?.trim() || null })}
      confirm={(body) => ({
        title: t('rules.refusal.confirmTitle'),
        content: t('rules.refusal.confirmBody', { date: body.date }),
        danger: true,
      })}
      submit={(body) => api.post('/api/measures/{id}/test-refusals', { params: { id: measure.id }, body })}
      successMessage={t('rules.refusal.saved')}
      onSuccess={() => refresh(measure.personId)}
    >
      {() => (
        <>
          <Alert
            type={count + 1 >= 3 ? 'error' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="test-refusal-count"
            title={t('rules.refusal.warning', { count, next: count + 1 })}
          />
          <Form.Item
            name="date"
            label={t('rules.refusal.date')}
            required
            rules={[
              { required: true, message: t('common.pick', { field: t('rules.refusal.date') }) },
              zodRule(TestRefusalInput.shape.date, { toInput: dateInput }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={dateBounds(measure.termStart, today)} />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('rules.refusal.note')}
            rules={[zodRule(TestRefusalInput.shape.note, { optional: true })]}
          >
            <Input.TextArea
              rows={2}
              maxLength={200}
              showCount
              placeholder={t('rules.refusal.notePlaceholder')}
            />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
