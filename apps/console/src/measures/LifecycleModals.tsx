import { Alert, DatePicker, Form, Input, Select, Typography, type FormInstance } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  AgreementInput,
  ReportInput,
  ResumeInput,
  SuspendInput,
  suspendReasonLabels,
  TerminateInput,
  terminateReasonLabels,
  TransferInput,
  type Measure,
} from '@taobo/contracts';
import { transferReportDeadline } from '@taobo/domain';
import { useWorkdayCalendar } from '../calendar/calendarQueries.ts';
import { api } from '../api.ts';
import { dateBounds, dateInput, dateString, todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import { labelOptions, useLang } from '../i18n/labels.ts';
import { orgDetailQuery } from '../org/orgQueries.ts';
import { OrgUnitPicker } from '../org/OrgUnitPicker.tsx';
import { ActionModal } from '../forms/ActionModal.tsx';
import { agreementPdfUrl, collectorsQuery, useSupervisionRefresh } from './measureQueries.ts';

const TOWNSHIP = ['township'] as const;
const text = (s: string | undefined | null) => s?.trim() || null;

interface ModalProps {
  measure: Measure;
  onClose: () => void;
}

/** A required date, no later than today, within the bounds the server checks too. */
export function DateField({
  name,
  label,
  min,
  schema,
  extra,
}: {
  name: string;
  label: string;
  min?: string | null;
  schema: Parameters<typeof zodRule>[0];
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      required
      extra={extra}
      rules={[
        { required: true, message: t('common.pick', { field: label }) },
        zodRule(schema, { toInput: dateInput }),
      ]}
    >
      <DatePicker style={{ width: '100%' }} disabledDate={dateBounds(min, todayString())} />
    </Form.Item>
  );
}

function NoteField({ name = 'note', label }: { name?: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label ?? t('measure.form.note')}>
      <Input.TextArea rows={2} maxLength={200} showCount />
    </Form.Item>
  );
}

/** The required reason of a 中止 or 终止, picked from the article's list. */
function ReasonField({ labels }: { labels: Parameters<typeof labelOptions>[0] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Form.Item
      name="reason"
      label={t('measure.form.reason')}
      required
      rules={[{ required: true, message: t('common.pick', { field: t('measure.form.reason') }) }]}
    >
      <Select placeholder={t('measure.form.reasonPlaceholder')} options={labelOptions(labels, lang)} />
    </Form.Item>
  );
}

/** Today, unless today is before the earliest allowed day (then no default). */
const defaultDate = (min?: string | null) => {
  const today = todayString();
  return min && min > today ? undefined : dayjs(today);
};

// ——— 报到 (条例 第十四条) ———

interface ReportValues {
  date?: Dayjs | null;
  place?: string;
  takenById?: string;
}

function LateHint({ form, deadline }: { form: FormInstance<ReportValues>; deadline: string }) {
  const { t } = useTranslation();
  const date = dateString(Form.useWatch('date', form));
  return date && date > deadline ? (
    <Typography.Text type="warning">{t('measure.form.reportLateHint', { date: deadline })}</Typography.Text>
  ) : (
    <Typography.Text type="secondary">{t('measure.form.reportDateHint')}</Typography.Text>
  );
}

export function ReportModal({ measure, onClose }: ModalProps) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  const collectors = useQuery(collectorsQuery(measure.id));
  return (
    <ActionModal<ReportValues, ReportInput, Measure>
      testId="measure-report-form"
      title={t('measure.actions.report')}
      onClose={onClose}
      schema={ReportInput}
      initialValues={{ date: defaultDate(measure.receivedDate) }}
      toPayload={(v) => ({
        date: dateString(v.date) ?? '',
        place: text(v.place),
        takenById: v.takenById || undefined,
      })}
      submit={(body) => api.post('/api/measures/{id}/report', { params: { id: measure.id }, body })}
      successMessage={t('measure.done.report')}
      onSuccess={(m) => refresh(m.personId, m)}
    >
      {(form) => (
        <>
          <DateField
            name="date"
            label={t('measure.reportedDate')}
            min={measure.receivedDate}
            schema={ReportInput.shape.date}
            extra={<LateHint form={form} deadline={measure.reportDeadline} />}
          />
          <Form.Item
            name="place"
            label={t('measure.reportPlace')}
            rules={[zodRule(ReportInput.shape.place, { optional: true })]}
          >
            <Input maxLength={100} placeholder={measure.township.name} />
          </Form.Item>
          <Form.Item name="takenById" label={t('measure.reportTakenBy')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={collectors.isFetching}
              placeholder={t('measure.form.takenByPlaceholder')}
              options={(collectors.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

// ——— 社区戒毒协议 (条例 第十六条) ———

export function AgreementModal({ measure, onClose }: ModalProps) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  return (
    <ActionModal<{ signedDate?: Dayjs | null }, AgreementInput, Measure>
      testId="measure-agreement-form"
      title={t('measure.actions.agreement')}
      onClose={onClose}
      schema={AgreementInput}
      initialValues={{ signedDate: defaultDate(measure.reportedDate) }}
      toPayload={(v) => ({ signedDate: dateString(v.signedDate) ?? '' })}
      submit={(body) => api.post('/api/measures/{id}/agreement', { params: { id: measure.id }, body })}
      successMessage={t('measure.done.agreement')}
      onSuccess={(m) => refresh(m.personId, m)}
    >
      {() => (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('measure.form.pdfHint')}
            action={
              <a href={agreementPdfUrl(measure.id)} target="_blank" rel="noopener noreferrer">
                <FilePdfOutlined aria-hidden /> {t('measure.actions.pdf')}
              </a>
            }
          />
          <DateField
            name="signedDate"
            label={t('measure.form.signedDate')}
            min={measure.reportedDate}
            schema={AgreementInput.shape.signedDate}
          />
        </>
      )}
    </ActionModal>
  );
}

// ——— 中止 / 恢复 (条例 第二十四条) ———

interface SuspendValues {
  date?: Dayjs | null;
  reason?: SuspendInput['reason'];
  note?: string;
}

export function SuspendModal({ measure, onClose }: ModalProps) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  return (
    <ActionModal<SuspendValues, SuspendInput, Measure>
      testId="measure-suspend-form"
      title={t('measure.actions.suspend')}
      onClose={onClose}
      schema={SuspendInput}
      initialValues={{ date: defaultDate(measure.termStart) }}
      toPayload={(v) => ({
        date: dateString(v.date) ?? '',
        reason: v.reason as SuspendInput['reason'],
        note: text(v.note),
      })}
      submit={(body) => api.post('/api/measures/{id}/suspend', { params: { id: measure.id }, body })}
      successMessage={t('measure.done.suspend')}
      onSuccess={(m) => refresh(m.personId, m)}
    >
      {() => (
        <>
          <DateField
            name="date"
            label={t('measure.form.suspendDate')}
            min={measure.termStart}
            schema={SuspendInput.shape.date}
          />
          <ReasonField labels={suspendReasonLabels} />
          <NoteField />
        </>
      )}
    </ActionModal>
  );
}

export function ResumeModal({ measure, onClose }: ModalProps) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  return (
    <ActionModal<{ date?: Dayjs | null; note?: string }, ResumeInput, Measure>
      testId="measure-resume-form"
      title={t('measure.actions.resume')}
      onClose={onClose}
      schema={ResumeInput}
      initialValues={{ date: defaultDate(measure.termStart) }}
      toPayload={(v) => ({ date: dateString(v.date) ?? '', note: text(v.note) })}
      submit={(body) => api.post('/api/measures/{id}/resume', { params: { id: measure.id }, body })}
      successMessage={t('measure.done.resume')}
      onSuccess={(m) => refresh(m.personId, m)}
    >
      {() => (
        <>
          <DateField
            name="date"
            label={t('measure.form.resumeDate')}
            min={measure.termStart}
            schema={ResumeInput.shape.date}
          />
          <NoteField />
        </>
      )}
    </ActionModal>
  );
}

// ——— 终止 (条例 第二十四条) ———

interface TerminateValues {
  date?: Dayjs | null;
  reason?: TerminateInput['reason'];
  note?: string;
}

export function TerminateModal({ measure, onClose }: ModalProps) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  return (
    <ActionModal<TerminateValues, TerminateInput, Measure>
      testId="measure-terminate-form"
      title={t('measure.actions.terminate')}
      okText={t('measure.actions.terminate')}
      danger
      onClose={onClose}
      schema={TerminateInput}
      initialValues={{ date: defaultDate(measure.receivedDate) }}
      toPayload={(v) => ({
        date: dateString(v.date) ?? '',
        reason: v.reason as TerminateInput['reason'],
        note: text(v.note),
      })}
      confirm={() => ({
        title: t('measure.confirm.terminateTitle'),
        content: t('measure.confirm.terminateBody'),
        danger: true,
      })}
      submit={(body) => api.post('/api/measures/{id}/terminate', { params: { id: measure.id }, body })}
      successMessage={t('measure.done.terminate')}
      onSuccess={(m) => refresh(m.personId, m)}
    >
      {() => (
        <>
          <DateField
            name="date"
            label={t('measure.form.terminateDate')}
            min={measure.receivedDate}
            schema={TerminateInput.shape.date}
          />
          <ReasonField labels={terminateReasonLabels} />
          <NoteField />
        </>
      )}
    </ActionModal>
  );
}

// ——— 变更执行地 (条例 第二十二条) ———

interface TransferValues {
  date?: Dayjs | null;
  toTownshipId?: string | null;
  reason?: string;
}

function TransferHint({ form }: { form: FormInstance<TransferValues> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const calendar = useWorkdayCalendar();
  const date = dateString(Form.useWatch('date', form));
  const deadline = date ? transferReportDeadline(date, calendar) : null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={
        deadline
          ? t('measure.form.transferHint', { date: deadline.date, explain: deadline.explain[lang] })
          : t('measure.form.transferHintNoDate')
      }
    />
  );
}

export function TransferModal({ measure, onClose }: ModalProps) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  const queryClient = useQueryClient();
  return (
    <ActionModal<TransferValues, TransferInput, Measure>
      testId="measure-transfer-form"
      title={t('measure.actions.transfer')}
      onClose={onClose}
      schema={TransferInput}
      initialValues={{ date: defaultDate(measure.reportedDate) }}
      toPayload={(v) => ({
        date: dateString(v.date) ?? '',
        toTownshipId: v.toTownshipId ?? '',
        reason: text(v.reason),
      })}
      confirm={(body) => ({
        title: t('measure.confirm.transferTitle'),
        content: <TransferTarget id={body.toTownshipId} />,
        danger: true,
      })}
      submit={(body) => api.post('/api/measures/{id}/transfer', { params: { id: measure.id }, body })}
      successMessage={t('measure.done.transfer')}
      onSuccess={async (m) => {
        // The file itself moved (unit, grid and team): read it again rather than patch it.
        await Promise.all([
          refresh(m.personId, m),
          queryClient.invalidateQueries({ queryKey: ['persons', 'detail', m.personId] }),
        ]);
      }}
    >
      {(form) => (
        <>
          <TransferHint form={form} />
          <DateField
            name="date"
            label={t('measure.form.transferDate')}
            min={measure.reportedDate}
            schema={TransferInput.shape.date}
          />
          <Form.Item
            name="toTownshipId"
            label={t('measure.form.toTownship')}
            required
            rules={[zodRule(TransferInput.shape.toTownshipId)]}
          >
            <OrgUnitPicker levels={TOWNSHIP} data-testid="transfer-township-picker" />
          </Form.Item>
          <Form.Item name="reason" label={t('measure.form.reason')}>
            <Input.TextArea rows={2} maxLength={200} showCount />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** The confirmation's body names the township the file moves to. */
function TransferTarget({ id }: { id: string }) {
  const { t } = useTranslation();
  const unit = useQuery({ ...orgDetailQuery(id), enabled: Boolean(id) });
  return <>{t('measure.confirm.transferBody', { township: unit.data?.name ?? id })}</>;
}
