import { Alert, Checkbox, DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ExemptionFacts, type Measure, type PersonDetail } from '@taobo/contracts';
import { addYears, compulsoryIsolationExemptionLabels, compulsoryIsolationExemptions } from '@taobo/domain';
import { api } from '../api.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { dateBounds, dateInput, dateString, todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import { useLabel, useLang } from '../i18n/labels.ts';
import { useSupervisionRefresh } from './measureQueries.ts';
import '../i18n/measureRules.ts';

interface Values {
  pregnant?: boolean;
  nursingChildBirthDate?: Dayjs | null;
}

const toFacts = (v: Values): ExemptionFacts => ({
  pregnant: Boolean(v.pregnant),
  nursingChildBirthDate: dateString(v.nursingChildBirthDate),
});

/**
 * The facts of 禁毒法 第三十九条 第一款 as they change (a pregnancy found, a birth): the flags are
 * previewed with the domain's rule as of today, and the server judges them again on saving.
 */
export function ExemptionFactsModal({
  measure,
  person,
  onClose,
}: {
  measure: Measure;
  person: PersonDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  const refresh = useSupervisionRefresh();
  const today = todayString();
  const { pregnant, nursingChildBirthDate } = measure.exemptionFacts;
  return (
    <ActionModal<Values, ExemptionFacts, Measure>
      testId="exemption-facts-form"
      title={t('rules.exemptions.title')}
      onClose={onClose}
      schema={ExemptionFacts}
      initialValues={{
        pregnant,
        nursingChildBirthDate: nursingChildBirthDate ? dayjs(nursingChildBirthDate) : null,
      }}
      toPayload={toFacts}
      submit={(body) => api.put('/api/measures/{id}/exemption-facts', { params: { id: measure.id }, body })}
      successMessage={t('rules.exemptions.saved')}
      onSuccess={(m) => refresh(m.personId, m)}
    >
      {(form) => (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('rules.exemptions.hint')} />
          <Form.Item name="pregnant" valuePropName="checked">
            <Checkbox data-testid="exemption-pregnant">{t('rules.exemptions.pregnant')}</Checkbox>
          </Form.Item>
          <Form.Item
            name="nursingChildBirthDate"
            label={t('rules.exemptions.nursingChildBirthDate')}
            extra={t('rules.exemptions.nursingHint')}
            rules={[
              zodRule(ExemptionFacts.shape.nursingChildBirthDate, { optional: true, toInput: dateInput }),
            ]}
          >
            {/* Her birth date is not shown (only her age): the day before her earliest possible birth
                bounds the picker, and the server checks the exact date. */}
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={dateBounds(addYears(today, -(person.age + 1)), today)}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const flags = compulsoryIsolationExemptions({
                gender: person.gender,
                age: person.age,
                decisionDate: today,
                ...toFacts(form.getFieldsValue()),
              });
              return (
                <Typography.Text type="secondary" data-testid="exemption-preview">
                  {t('rules.exemptions.preview', {
                    flags: flags.length
                      ? flags
                          .map((f) => label(compulsoryIsolationExemptionLabels, f))
                          .join(lang === 'zh' ? '；' : '; ')
                      : t('rules.exemptions.none'),
                  })}
                </Typography.Text>
              );
            }}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
