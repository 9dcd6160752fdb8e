// The officer's decisions the law leaves to people: a missed 报到 (条例 第十四条 "无正当理由") and the
// police's release notice (条例 第二十三条).
import { Alert, DatePicker, Form, Input, Radio, Typography, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RefusalDecisionInput, ReleaseNoticeInput, type Measure } from '@taobo/contracts';
import { earliestExtendedDeadline } from '@taobo/domain';
import { api } from '../api.ts';
import { ActionModal } from '../forms/ActionModal.tsx';
import { dateBounds, dateInput, dateString, todayString } from '../forms/dates.ts';
import { zodRule } from '../forms/zodRule.ts';
import { useLang } from '../i18n/labels.ts';
import { DateField } from './LifecycleModals.tsx';
import { useSupervisionRefresh } from './measureQueries.ts';

interface ModalProps {
  measure: Measure;
  onClose: () => void;
}

interface DecisionValues {
  decision?: 'refused' | 'justified';
  reason?: string;
  newDeadline?: Dayjs | null;
}

/** 条例 第十四条: the deadline passed; the officer decides 正当理由 (new deadline) or 视为拒绝. */
export function RefusalDecisionModal({ measure, onClose }: ModalProps) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  return (
    <ActionModal<DecisionValues, RefusalDecisionInput, Measure>
      testId="refusal-decision-form"
      title={t('measure.law.decideTitle')}
      onClose={onClose}
      schema={RefusalDecisionInput}
      width={620}
      toPayload={(v) => ({
        decision: v.decision!,
        reason: v.reason?.trim() ?? '',
        newDeadline: v.decision === 'justified' ? (dateString(v.newDeadline) ?? undefined) : undefined,
      })}
      submit={(body) => api.post('/api/measures/{id}/refusal-decision', { params: { id: measure.id }, body })}
      confirm={(p) =>
        p.decision === 'refused'
          ? {
              title: t('measure.law.confirmRefusedTitle'),
              content: t('measure.law.confirmRefusedBody'),
              danger: true,
            }
          : null
      }
      successMessage={t('measure.law.decided')}
      onSuccess={(m) => refresh(m.personId, m)}
    >
      {(form) => <DecisionFields measure={measure} form={form} />}
    </ActionModal>
  );
}

const decisionShape = RefusalDecisionInput.shape;

function DecisionFields({ measure, form }: { measure: Measure; form: FormInstance<DecisionValues> }) {
  const { t } = useTranslation();
  const decision = Form.useWatch('decision', form);
  const today = todayString();
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('measure.law.decideIntro', { date: measure.reportDeadline })}
        description={<Typography.Text type="secondary">{measure.reportDeadlineExplained}</Typography.Text>}
      />
      <Form.Item
        name="decision"
        label={t('measure.law.decision')}
        rules={[{ required: true, message: t('common.pick', { field: t('measure.law.decision') }) }]}
      >
        <Radio.Group>
          <Radio value="justified" data-testid="decision-justified">
            {t('measure.law.justified')}
          </Radio>
          <Radio value="refused" data-testid="decision-refused">
            {t('measure.law.refused')}
          </Radio>
        </Radio.Group>
      </Form.Item>
      {decision === 'justified' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('measure.law.justifiedHint')}
        </Typography.Paragraph>
      )}
      {decision === 'refused' && (
        <Typography.Paragraph type="danger" style={{ marginTop: -8 }}>
          {t('measure.law.refusedHint')}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="reason"
        label={t('measure.law.reason')}
        required
        rules={[zodRule(decisionShape.reason)]}
        extra={t('measure.law.reasonHint')}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="decision-reason" />
      </Form.Item>
      {decision === 'justified' && (
        <Form.Item
          name="newDeadline"
          label={t('measure.law.newDeadline')}
          required
          rules={[
            { required: true, message: t('common.pick', { field: t('measure.law.newDeadline') }) },
            zodRule(decisionShape.newDeadline, { toInput: dateInput }),
          ]}
        >
          <DatePicker
            style={{ width: '100%' }}
            data-testid="decision-new-deadline"
            disabledDate={dateBounds(earliestExtendedDeadline(measure.reportDeadline, today), null)}
          />
        </Form.Item>
      )}
    </>
  );
}

interface NoticeValues {
  noticeNo?: string;
  date?: Dayjs | null;
  issuer?: string;
}

/** 条例 第二十三条: the police's 解除社区戒毒通知书, as the township received it. */
export function ReleaseNoticeModal({ measure, onClose }: ModalProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const refresh = useSupervisionRefresh();
  const shape = ReleaseNoticeInput.shape;
  const min = measure.termEnd ?? undefined;
  return (
    <ActionModal<NoticeValues, ReleaseNoticeInput, Measure>
      testId="release-notice-form"
      title={t('measure.law.noticeTitle')}
      onClose={onClose}
      schema={ReleaseNoticeInput}
      initialValues={{
        noticeNo: measure.releaseNotice?.noticeNo,
        issuer: measure.releaseNotice?.issuer ?? measure.decidingAuthority ?? undefined,
        date: measure.releaseNotice ? dayjs(measure.releaseNotice.date) : dayjs(todayString()),
      }}
      toPayload={(v) => ({
        noticeNo: v.noticeNo?.trim() ?? '',
        date: dateString(v.date) ?? '',
        issuer: v.issuer?.trim() ?? '',
      })}
      submit={(body) => api.post('/api/measures/{id}/release-notice', { params: { id: measure.id }, body })}
      successMessage={t('measure.law.noticeRecorded')}
      onSuccess={(m) => refresh(m.personId, m)}
    >
      {() => (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('measure.law.noticeIntro')}
            description={
              measure.explain.releaseNoticeBy && (
                <Typography.Text type="secondary">{measure.explain.releaseNoticeBy[lang]}</Typography.Text>
              )
            }
          />
          <Form.Item
            name="noticeNo"
            label={t('measure.law.noticeNo')}
            required
            rules={[zodRule(shape.noticeNo)]}
          >
            <Input maxLength={64} placeholder="冷公（禁）解字〔2026〕12号" data-testid="notice-no" />
          </Form.Item>
          <DateField name="date" label={t('measure.law.noticeDate')} min={min} schema={shape.date} />
          <Form.Item name="issuer" label={t('measure.law.issuer')} required rules={[zodRule(shape.issuer)]}>
            <Input maxLength={64} data-testid="notice-issuer" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
