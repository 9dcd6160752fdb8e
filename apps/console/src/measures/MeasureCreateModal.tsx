import {
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  CreditBasis,
  MeasureCreateInput,
  type ExecutionPlaceBasis,
  type Measure,
  type MeasureType,
  type PersonDetail,
} from '@taobo/contracts';
import {
  executionPlaceBasisExplanations,
  executionPlaceBasisLabels,
  maxTermMonths,
  measureTypeLabels,
  reportDeadline,
  termMonthsFor,
} from '@taobo/domain';
import { useWorkdayCalendar } from '../calendar/calendarQueries.ts';
import { api } from '../api.ts';
import { dateBounds, dateInput, dateString, todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import { labelOptions, useLang } from '../i18n/labels.ts';
import { OrgUnitPicker } from '../org/OrgUnitPicker.tsx';
import { ActionModal } from '../forms/ActionModal.tsx';
import { useSupervisionRefresh } from './measureQueries.ts';
import '../i18n/measureRules.ts';

const shape = MeasureCreateInput.shape;
const TOWNSHIP = ['township'] as const;

interface Values {
  type: MeasureType;
  decisionNo?: string;
  decisionDate?: Dayjs | null;
  receivedDate?: Dayjs | null;
  decidingAuthority?: string;
  townshipId?: string | null;
  termMonths?: number | null;
  creditDays?: number | null;
  creditBasis?: { decisionNo?: string; decisionDate?: Dayjs | null };
  executionPlaceBasis?: ExecutionPlaceBasis;
  fixedResidence?: boolean;
  pregnant?: boolean;
  nursingChildBirthDate?: Dayjs | null;
}

function toPayload(v: Values, female: boolean): MeasureCreateInput {
  const credit = v.type === 'community_detox' && v.creditDays ? v.creditDays : undefined;
  return {
    type: v.type,
    decisionNo: v.decisionNo?.trim() ?? '',
    decisionDate: dateString(v.decisionDate) ?? '',
    receivedDate: dateString(v.receivedDate) ?? '',
    decidingAuthority: v.decidingAuthority?.trim() || null,
    townshipId: v.townshipId ?? undefined,
    // 社区戒毒 is always 36 months (条例 第十四条); only 社区康复 takes a term.
    termMonths: v.type === 'community_rehab' ? termMonthsFor(v.type, v.termMonths ?? undefined) : undefined,
    // 折抵 (条例 第三十一条): 社区戒毒 only, with the change decision it comes from.
    creditDays: credit,
    creditBasis: credit
      ? {
          decisionNo: v.creditBasis?.decisionNo?.trim() ?? '',
          decisionDate: dateString(v.creditBasis?.decisionDate) ?? '',
        }
      : undefined,
    executionPlaceBasis: v.executionPlaceBasis ?? 'household',
    fixedResidence: v.executionPlaceBasis === 'residence' ? Boolean(v.fixedResidence) : undefined,
    pregnant: female ? Boolean(v.pregnant) : undefined,
    nursingChildBirthDate: female ? dateString(v.nursingChildBirthDate) : undefined,
  };
}

/** 条例 第十四条: shows the reporting deadline the server will set, as the dates are typed. */
function DeadlinePreview({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const calendar = useWorkdayCalendar();
  const received = dateString(Form.useWatch('receivedDate', form));
  const type = Form.useWatch('type', form) ?? 'community_detox';
  if (!received) return null;
  // The same domain function and calendar as the server's (民法典 第二百零三条).
  const deadline = reportDeadline(type, received, calendar);
  return (
    <Typography.Text type="secondary" data-testid="deadline-preview">
      {t('measure.form.deadlinePreview', { date: deadline.date, explain: deadline.explain[lang] })}
    </Typography.Text>
  );
}

function TermField({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation();
  const type = Form.useWatch('type', form);
  const rehab = type === 'community_rehab';
  return (
    <Form.Item
      name="termMonths"
      label={t('measure.form.termMonths')}
      extra={rehab ? t('measure.form.termMonthsRehab') : t('measure.form.termMonthsDetox')}
    >
      <InputNumber
        min={1}
        max={maxTermMonths('community_rehab')}
        precision={0}
        disabled={!rehab}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}

/** 折抵 (戒毒条例 第三十一条): days counted toward a 社区戒毒 term; never on 社区康复. */
function CreditDaysField({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation();
  const detox = Form.useWatch('type', form) === 'community_detox';
  return (
    <Form.Item
      name="creditDays"
      label={t('measure.creditDays')}
      extra={detox ? t('rules.credit.daysHintDetox') : t('rules.credit.daysHintRehab')}
    >
      <InputNumber min={0} max={1095} precision={0} disabled={!detox} style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** Any credit rests on the approved change from 强制隔离戒毒 to 社区戒毒: its number and date. */
function CreditBasisFields({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation();
  const type = Form.useWatch('type', form);
  const days = Form.useWatch('creditDays', form);
  if (type !== 'community_detox' || !days) return null;
  return (
    <Row gutter={12} data-testid="credit-basis">
      <Col span={12}>
        <Form.Item
          name={['creditBasis', 'decisionNo']}
          label={t('rules.credit.basisNo')}
          required
          extra={t('rules.credit.basisHint')}
          rules={[zodRule(CreditBasis.shape.decisionNo)]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name={['creditBasis', 'decisionDate']}
          label={t('rules.credit.basisDate')}
          required
          rules={[
            { required: true, message: t('common.pick', { field: t('rules.credit.basisDate') }) },
            zodRule(CreditBasis.shape.decisionDate, { toInput: dateInput }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={dateBounds(null, todayString())} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** 禁毒法 第三十三条 第二款: the 户籍地, or the 现居住地 with a fixed residence there, as the file records them. */
function PlaceFields({ form, person }: { form: FormInstance<Values>; person: PersonDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const basis: ExecutionPlaceBasis = Form.useWatch('executionPlaceBasis', form) ?? 'household';
  const none = t('rules.place.notRecorded');
  return (
    <>
      <Form.Item
        name="executionPlaceBasis"
        label={t('rules.place.basis')}
        required
        extra={
          <span data-testid="execution-place-explanation">
            {executionPlaceBasisExplanations[basis][lang]}
            <br />
            <Typography.Text type="secondary">
              {t('rules.place.fileHousehold', { place: person.householdOrgUnit?.name ?? none })}；
              {t('rules.place.fileResidence', { place: person.residenceOrgUnit?.name ?? none })}
            </Typography.Text>
          </span>
        }
      >
        <Radio.Group optionType="button" options={labelOptions(executionPlaceBasisLabels, lang)} />
      </Form.Item>
      {basis === 'residence' && (
        <Form.Item
          name="fixedResidence"
          valuePropName="checked"
          rules={[
            {
              validator: async (_r, v: boolean | undefined) => {
                if (!v) throw new Error(t('rules.place.fixedResidenceRequired'));
              },
            },
          ]}
        >
          <Checkbox data-testid="fixed-residence">{t('rules.place.fixedResidence')}</Checkbox>
        </Form.Item>
      )}
    </>
  );
}

export function MeasureCreateModal({ person, onClose }: { person: PersonDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const refresh = useSupervisionRefresh();
  const female = person.gender === 'female';
  const today = todayString();

  return (
    <ActionModal<Values, MeasureCreateInput, Measure>
      testId="measure-create-form"
      title={t('measure.form.createTitle')}
      width={640}
      onClose={onClose}
      schema={MeasureCreateInput}
      initialValues={{
        type: 'community_detox',
        termMonths: termMonthsFor('community_detox'),
        receivedDate: dayjs(today),
        executionPlaceBasis: 'household',
      }}
      toPayload={(v) => toPayload(v, female)}
      submit={(body) => api.post('/api/persons/{id}/measures', { params: { id: person.id }, body })}
      successMessage={t('measure.done.created')}
      onSuccess={(m) => refresh(person.id, m)}
    >
      {(form) => (
        <>
          <Form.Item name="type" label={t('measure.type')} required>
            <Radio.Group
              optionType="button"
              options={labelOptions(measureTypeLabels, lang)}
              onChange={(e) => {
                if (e.target.value === 'community_detox')
                  form.setFieldValue('termMonths', termMonthsFor('community_detox'));
                // 社区康复 takes no 折抵 (条例 第三十一条).
                else form.setFieldsValue({ creditDays: null, creditBasis: undefined });
              }}
            />
          </Form.Item>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="decisionNo"
                label={t('measure.decisionNo')}
                required
                rules={[zodRule(shape.decisionNo)]}
              >
                <Input maxLength={64} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="decidingAuthority"
                label={t('measure.decidingAuthority')}
                rules={[zodRule(shape.decidingAuthority, { optional: true })]}
              >
                <Input maxLength={64} autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="decisionDate"
                label={t('measure.decisionDate')}
                required
                rules={[
                  { required: true, message: t('common.pick', { field: t('measure.decisionDate') }) },
                  zodRule(shape.decisionDate, { toInput: dateInput }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={dateBounds(null, today)} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="receivedDate"
                label={t('measure.receivedDate')}
                required
                dependencies={['decisionDate']}
                extra={<DeadlinePreview form={form} />}
                rules={[
                  { required: true, message: t('common.pick', { field: t('measure.receivedDate') }) },
                  zodRule(shape.receivedDate, { toInput: dateInput }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={dateBounds(null, today)} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="townshipId" label={t('measure.township')} extra={t('measure.form.townshipHint')}>
            <OrgUnitPicker levels={TOWNSHIP} data-testid="measure-township-picker" />
          </Form.Item>
          <PlaceFields form={form} person={person} />
          <Row gutter={12}>
            <Col span={12}>
              <TermField form={form} />
            </Col>
            <Col span={12}>
              <CreditDaysField form={form} />
            </Col>
          </Row>
          <CreditBasisFields form={form} />
          {female && (
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name="pregnant" valuePropName="checked" label=" ">
                  <Checkbox>{t('measure.form.pregnant')}</Checkbox>
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item
                  name="nursingChildBirthDate"
                  label={t('measure.form.nursingChildBirthDate')}
                  extra={t('measure.form.nursingHint')}
                >
                  <DatePicker style={{ width: '100%' }} disabledDate={dateBounds(null, today)} />
                </Form.Item>
              </Col>
            </Row>
          )}
        </>
      )}
    </ActionModal>
  );
}
