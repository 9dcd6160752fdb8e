import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, FilePdfOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  workingGroupRoleLabels,
  type Measure,
  type PersonDetail,
  type WorkingGroupMember,
} from '@taobo/contracts';
import {
  compulsoryIsolationExemptionLabels,
  daysBetween,
  executionPlaceBasisLabels,
  isFinalStatus,
  measureStatusLabels,
  measureTypeLabels,
  seriousViolationReasonLabels,
  shanghaiDateTime,
  transition,
  type MeasureEvent,
} from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { todayString } from '../forms/dates.ts';
import { useLabel, useLang } from '../i18n/labels.ts';
import {
  AgreementModal,
  ReportModal,
  ResumeModal,
  SuspendModal,
  TerminateModal,
  TransferModal,
} from './LifecycleModals.tsx';
import { RefusalDecisionModal, ReleaseNoticeModal } from './LawModals.tsx';
import { MeasureCreateModal } from './MeasureCreateModal.tsx';
import { EducationModal } from './EducationModal.tsx';
import { ExemptionFactsModal } from './ExemptionFactsModal.tsx';
import { TestRefusalModal } from './TestRefusalModal.tsx';
import { agreementPdfUrl, releasePdfUrl } from './measureQueries.ts';
import { measureStatusColors } from './measureStatus.ts';
import { useSelectedMeasure } from './useSelectedMeasure.tsx';
import { WorkingGroupModal } from './WorkingGroupModal.tsx';
import '../i18n/supervision.ts';
import '../i18n/measureRules.ts';

type Action =
  | 'create'
  | 'report'
  | 'agreement'
  | 'suspend'
  | 'resume'
  | 'terminate'
  | 'transfer'
  | 'workingGroup'
  | 'decideRefusal'
  | 'releaseNotice'
  | 'education'
  | 'testRefusal'
  | 'exemptionFacts';

/** Whether the lifecycle (packages/domain) allows `event` now; the server checks the same. */
function allows(m: Measure, event: MeasureEvent): boolean {
  return transition({ status: m.status, termStart: m.termStart }, event).ok;
}

/**
 * How a date was counted, under it, in the words of the domain function that computed it
 * (民法典 第二百零一条、第二百零三条; 戒毒条例 …).
 */
function Explain({ text, testId }: { text: { zh: string; en: string } | null; testId: string }) {
  const lang = useLang();
  if (!text) return null;
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid={testId}>
      {text[lang]}
    </Typography.Text>
  );
}

function ReportDeadline({ m, today }: { m: Measure; today: string }) {
  const { t } = useTranslation();
  // The countdown matters only while a report is awaited (first report, or after a transfer).
  if (m.status !== 'pending_report' && m.status !== 'refused') {
    return (
      <>
        <span className="mono">{m.reportDeadline}</span>
        <Explain text={m.explain.reportDeadline} testId="explain-report-deadline" />
      </>
    );
  }
  const left = daysBetween(today, m.reportDeadline);
  return (
    <>
      <Space size={6}>
        <span className="mono">{m.reportDeadline}</span>
        {left > 0 && (
          <Tag color={left <= 3 ? 'orange' : 'blue'} data-testid="report-countdown">
            {t('measure.daysLeft', { count: left })}
          </Tag>
        )}
        {left === 0 && (
          <Tag color="orange" data-testid="report-countdown">
            {t('measure.dueToday')}
          </Tag>
        )}
        {left < 0 && (
          <Tag color="red" data-testid="report-overdue">
            {t('measure.overdueDays', { count: -left })}
          </Tag>
        )}
      </Space>
      <Explain text={m.explain.reportDeadline} testId="explain-report-deadline" />
    </>
  );
}

function MeasureAlerts({ m, today, onAction }: { m: Measure; today: string; onAction: (a: Action) => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const manage = can('measure:manage');
  const label = useLabel();
  const lang = useLang();
  const alerts: React.ReactNode[] = [];
  if (m.seriousViolation) {
    alerts.push(
      <Alert
        key="serious"
        type="error"
        showIcon
        data-testid="serious-violation-banner"
        title={t('measure.seriousTitle')}
        description={
          <>
            <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
              {m.seriousViolationReasons.map((r) => (
                <li key={r}>{label(seriousViolationReasonLabels, r)}</li>
              ))}
            </ul>
            {t('measure.seriousBody')}
          </>
        }
      />,
    );
  }
  if (m.status === 'pending_report') {
    const left = daysBetween(today, m.reportDeadline);
    // Reported once and pending again: the execution place changed (条例 第二十二条).
    const transferred = m.reportedDate !== null;
    alerts.push(
      m.refusalCandidate ? (
        <Alert
          key="report"
          type="error"
          showIcon
          data-testid="refusal-candidate-alert"
          title={t('measure.refusalCandidateAlert', { date: m.reportDeadline })}
          action={
            manage && (
              <Button
                size="small"
                danger
                onClick={() => onAction('decideRefusal')}
                data-testid="measure-action-decide"
              >
                {t('measure.actions.decideRefusal')}
              </Button>
            )
          }
        />
      ) : transferred && left < 0 ? (
        <Alert
          key="report"
          type="warning"
          showIcon
          data-testid="rereport-overdue-alert"
          title={t('measure.rereportOverdueAlert', { count: -left })}
        />
      ) : transferred && left > 0 ? (
        <Alert
          key="report"
          type={left <= 3 ? 'warning' : 'info'}
          showIcon
          title={t('measure.transferCountdown', {
            date: m.reportDeadline,
            township: m.township.name,
            count: left,
          })}
        />
      ) : left < 0 ? (
        <Alert key="report" type="error" showIcon title={t('measure.reportOverdueAlert', { count: -left })} />
      ) : left === 0 ? (
        <Alert
          key="report"
          type="warning"
          showIcon
          title={t('measure.reportDueToday', { date: m.reportDeadline })}
        />
      ) : (
        <Alert
          key="report"
          type={left <= 3 ? 'warning' : 'info'}
          showIcon
          title={t('measure.reportCountdown', { date: m.reportDeadline, count: left })}
        />
      ),
    );
  }
  if (m.status === 'refused') {
    alerts.push(<Alert key="refused" type="error" showIcon title={t('measure.refusedAlert')} />);
  }
  if (m.status === 'released') {
    alerts.push(
      m.releaseNotice ? (
        <Alert
          key="release"
          type="success"
          showIcon
          data-testid="release-notice-recorded"
          title={t('measure.releaseNoticeRecorded', {
            no: m.releaseNotice.noticeNo,
            issuer: m.releaseNotice.issuer,
            date: m.releaseNotice.date,
          })}
        />
      ) : (
        <Alert
          key="release"
          type="warning"
          showIcon
          data-testid="release-notice-missing"
          title={t('measure.releaseNoticeMissing')}
          description={m.explain.releaseNoticeBy?.[lang]}
          action={
            manage && (
              <Button size="small" type="primary" onClick={() => onAction('releaseNotice')}>
                {t('measure.actions.releaseNotice')}
              </Button>
            )
          }
        />
      ),
    );
  }
  if (m.noEarlyRelease) {
    alerts.push(
      <Alert
        key="noEarlyRelease"
        type="error"
        showIcon
        data-testid="no-early-release-banner"
        title={t('rules.noEarlyRelease')}
      />,
    );
  }
  if (m.status === 'suspended') {
    alerts.push(<Alert key="suspended" type="warning" showIcon title={t('measure.suspendedAlert')} />);
  }
  if (m.agreementOverdue && !isFinalStatus(m.status) && m.status !== 'pending_report') {
    alerts.push(
      <Alert
        key="agreement"
        type="warning"
        showIcon
        data-testid="agreement-overdue-alert"
        title={t('measure.agreementOverdueAlert', { date: m.agreementDueBy ?? '' })}
      />,
    );
  }
  if (m.exemptions.length) {
    alerts.push(
      <Alert
        key="exemptions"
        type="info"
        showIcon
        data-testid="exemption-flags"
        title={t('measure.exemptionsTitle', {
          flags: m.exemptions
            .map((e) => label(compulsoryIsolationExemptionLabels, e))
            .join(lang === 'zh' ? '；' : '; '),
        })}
      />,
    );
  }
  if (!alerts.length) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }} size={8}>
      {alerts}
    </Space>
  );
}

function MeasureDetails({ m, today }: { m: Measure; today: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const none = t('common.none');
  const date = (v: string | null) => (v ? <span className="mono">{v}</span> : none);
  const lateReport =
    m.reportedDate !== null && m.reportedDate > m.reportDeadline && m.status !== 'pending_report';
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2, xl: 3 }}
      styles={{ label: { width: 140 } }}
      items={[
        { key: 'decisionNo', label: t('measure.decisionNo'), children: m.decisionNo },
        { key: 'decisionDate', label: t('measure.decisionDate'), children: date(m.decisionDate) },
        { key: 'authority', label: t('measure.decidingAuthority'), children: m.decidingAuthority ?? none },
        { key: 'receivedDate', label: t('measure.receivedDate'), children: date(m.receivedDate) },
        {
          key: 'reportDeadline',
          label: t('measure.reportDeadline'),
          children: <ReportDeadline m={m} today={today} />,
        },
        {
          key: 'reportedDate',
          label: t('measure.reportedDate'),
          children: m.reportedDate ? (
            <Space size={6}>
              <span className="mono" data-testid="reported-date">
                {m.reportedDate}
              </span>
              {lateReport && <Tag color="orange">{t('measure.reportedLate')}</Tag>}
            </Space>
          ) : (
            none
          ),
        },
        {
          key: 'township',
          label: t('measure.township'),
          children: m.transferredOn ? (
            <Space size={6} wrap>
              <span>{m.township.name}</span>
              <Typography.Text type="secondary" data-testid="transferred-on">
                {t('measure.transferredOn')} <span className="mono">{m.transferredOn}</span>
              </Typography.Text>
            </Space>
          ) : (
            m.township.name
          ),
        },
        { key: 'reportPlace', label: t('measure.reportPlace'), children: m.reportPlace ?? none },
        { key: 'reportTakenBy', label: t('measure.reportTakenBy'), children: m.reportTakenBy?.name ?? none },
        {
          key: 'agreement',
          label: t('measure.agreement'),
          children: (
            <Space size={6} wrap data-testid="agreement-status">
              {m.agreementSignedDate ? (
                <Tag color="green">{t('measure.agreementSigned', { date: m.agreementSignedDate })}</Tag>
              ) : (
                <Tag>{t('measure.agreementNotSigned')}</Tag>
              )}
              {!m.agreementSignedDate && m.agreementDueBy && m.status !== 'pending_report' && (
                <Typography.Text type="secondary">
                  {t('measure.agreementDueBy', { date: m.agreementDueBy })}
                </Typography.Text>
              )}
              {m.agreementOverdue && m.status !== 'pending_report' && (
                <Tag color="red">{t('measure.agreementOverdue')}</Tag>
              )}
              {!m.agreementSignedDate && (
                <Explain text={m.explain.agreementDueBy} testId="explain-agreement" />
              )}
            </Space>
          ),
        },
        {
          key: 'term',
          label: t('measure.term'),
          span: 2,
          children: (
            <Space size={8} wrap>
              <span>{t('measure.termMonths', { count: m.termMonths })}</span>
              {m.termStart ? (
                <span className="mono" data-testid="term-range">
                  {t('measure.termRange', { start: m.termStart, end: m.termEnd ?? none })}
                </span>
              ) : (
                <Typography.Text type="secondary">{t('measure.termFromReport')}</Typography.Text>
              )}
              <Explain text={m.explain.termEnd} testId="explain-term-end" />
            </Space>
          ),
        },
        {
          key: 'suspendedDays',
          label: t('measure.suspendedDays'),
          children: t('measure.days', { count: m.suspendedDays }),
        },
        {
          key: 'creditDays',
          label: t('measure.creditDays'),
          children: (
            <Space size={6} wrap>
              <span>{t('measure.days', { count: m.creditDays })}</span>
              {m.creditBasis && (
                <Typography.Text type="secondary" data-testid="credit-basis">
                  {t('rules.credit.basis')}：
                  {t('rules.credit.basisValue', {
                    no: m.creditBasis.decisionNo,
                    date: m.creditBasis.decisionDate,
                  })}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        {
          key: 'executionPlace',
          label: t('rules.place.basis'),
          children: (
            <span data-testid="execution-place-basis">
              {label(executionPlaceBasisLabels, m.executionPlaceBasis)}
              {m.fixedResidence && `（${t('rules.place.fixedResidence')}）`}
            </span>
          ),
        },
        {
          key: 'createdAt',
          label: t('measure.createdAt'),
          children: shanghaiDateTime(m.createdAt),
        },
      ]}
    />
  );
}

const actionTestIds: Partial<Record<Action, string>> = {
  workingGroup: 'working-group',
  testRefusal: 'test-refusal',
  exemptionFacts: 'exemption-facts',
};

function MeasureActions({
  m,
  female,
  onAction,
}: {
  m: Measure;
  female: boolean;
  onAction: (a: Action) => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const today = todayString();
  const manage = can('measure:manage');
  const record = can('supervision:record');
  const btn = (action: Action, text: string, props: React.ComponentProps<typeof Button> = {}) => (
    <Button
      size="small"
      data-testid={`measure-action-${actionTestIds[action] ?? action}`}
      onClick={() => onAction(action)}
      {...props}
    >
      {text}
    </Button>
  );
  const needsAgreement =
    m.reportedDate !== null &&
    m.agreementSignedDate === null &&
    ['executing', 'suspended'].includes(m.status);
  return (
    <Space size={6} wrap>
      {manage &&
        allows(m, { type: 'report', date: today }) &&
        btn('report', t('measure.actions.report'), { type: 'primary' })}
      {manage && needsAgreement && btn('agreement', t('measure.actions.agreement'), { type: 'primary' })}
      {m.reportedDate && (
        <Button
          size="small"
          icon={<FilePdfOutlined aria-hidden />}
          href={agreementPdfUrl(m.id)}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="agreement-pdf-link"
        >
          {t('measure.actions.pdf')}
        </Button>
      )}
      {manage && allows(m, { type: 'suspend' }) && btn('suspend', t('measure.actions.suspend'))}
      {manage && allows(m, { type: 'resume' }) && btn('resume', t('measure.actions.resume'))}
      {manage &&
        allows(m, { type: 'transfer' }) &&
        btn('transfer', t('measure.actions.transfer'), { icon: <SwapOutlined aria-hidden /> })}
      {/* 批评教育 (禁毒法 第三十五条 第二款) once the term has started; 现场拒绝检测 (条例 第二十条) while executing. */}
      {record && m.termStart && !isFinalStatus(m.status) && btn('education', t('rules.education.action'))}
      {record && m.status === 'executing' && btn('testRefusal', t('rules.refusal.action'), { danger: true })}
      {/* 禁毒法 第三十九条 第一款: pregnancy and nursing are facts of a woman; under-16 comes from the file. */}
      {manage && female && !isFinalStatus(m.status) && btn('exemptionFacts', t('rules.exemptions.action'))}
      {manage &&
        m.refusalCandidate &&
        btn('decideRefusal', t('measure.actions.decideRefusal'), { danger: true })}
      {manage &&
        m.status === 'released' &&
        btn('releaseNotice', t('measure.actions.releaseNotice'), {
          type: m.releaseNotice ? 'default' : 'primary',
        })}
      {m.releaseNotice && (
        <Button
          size="small"
          icon={<FilePdfOutlined aria-hidden />}
          href={releasePdfUrl(m.id)}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="release-pdf-link"
        >
          {t('measure.actions.releasePdf')}
        </Button>
      )}
      {manage &&
        allows(m, { type: 'terminate' }) &&
        btn('terminate', t('measure.actions.terminate'), { danger: true })}
    </Space>
  );
}

function WorkingGroupCard({ m, onEdit }: { m: Measure; onEdit: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const can = useCan();
  return (
    <Card
      size="small"
      title={t('measure.workingGroup')}
      style={{ marginTop: 12 }}
      data-testid="working-group"
      extra={
        can('measure:manage') &&
        !isFinalStatus(m.status) && (
          <Button
            size="small"
            icon={<EditOutlined aria-hidden />}
            onClick={onEdit}
            data-testid="measure-action-working-group"
          >
            {t('measure.actions.workingGroup')}
          </Button>
        )
      }
    >
      <Table<WorkingGroupMember & { key: number }>
        size="small"
        pagination={false}
        dataSource={m.workingGroup.map((w, key) => ({ ...w, key }))}
        locale={{ emptyText: t('measure.workingGroupEmpty') }}
        columns={[
          {
            title: t('measure.wg.role'),
            dataIndex: 'role',
            width: 160,
            render: (r: WorkingGroupMember['role']) => label(workingGroupRoleLabels, r),
          },
          { title: t('measure.wg.name'), dataIndex: 'name', width: 200 },
          {
            title: t('measure.wg.phone'),
            dataIndex: 'phone',
            render: (v: string | null | undefined) => <span className="mono">{v || t('common.none')}</span>,
          },
        ]}
      />
    </Card>
  );
}

function HistoryTable({ measures }: { measures: Measure[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const none = t('common.none');
  return (
    <Card size="small" title={t('measure.history')} style={{ marginTop: 12 }}>
      <Table<Measure>
        data-testid="measure-history"
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={measures}
        locale={{ emptyText: t('measure.historyEmpty') }}
        columns={[
          {
            title: t('measure.type'),
            dataIndex: 'type',
            width: 110,
            render: (v: Measure['type']) => label(measureTypeLabels, v),
          },
          {
            title: t('measure.status'),
            dataIndex: 'status',
            width: 120,
            render: (s: Measure['status']) => (
              <Tag color={measureStatusColors[s]}>{label(measureStatusLabels, s)}</Tag>
            ),
          },
          { title: t('measure.decisionNo'), dataIndex: 'decisionNo', ellipsis: true },
          { title: t('measure.receivedDate'), dataIndex: 'receivedDate', width: 130 },
          { title: t('measure.township'), dataIndex: ['township', 'name'], width: 160 },
          {
            title: t('measure.term'),
            key: 'term',
            width: 230,
            render: (_: unknown, m) =>
              m.termStart ? (
                <span className="mono">
                  {t('measure.termRange', { start: m.termStart, end: m.termEnd ?? none })}
                </span>
              ) : (
                none
              ),
          },
        ]}
      />
    </Card>
  );
}

/** 社区戒毒/康复 tab: the current (or last) measure, its deadlines, flags, team and actions. */
export default function MeasureTab({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const can = useCan();
  const { query, measures } = useSelectedMeasure(person.id);
  const [action, setAction] = useState<Action | null>(null);
  const today = todayString();
  const close = () => setAction(null);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) return <Alert type="error" showIcon title={errorMessage(query.error)} />;

  const current = measures[0] ?? null;
  const live = current !== null && !isFinalStatus(current.status);
  const createButton = can('measure:manage') && !live && (
    <Button
      type="primary"
      size="small"
      icon={<PlusOutlined aria-hidden />}
      onClick={() => setAction('create')}
      data-testid="measure-action-create"
    >
      {t('measure.actions.create')}
    </Button>
  );

  return (
    <div data-testid="measure-panel">
      {current ? (
        <>
          <MeasureAlerts m={current} today={today} onAction={setAction} />
          <Card
            size="small"
            data-testid="current-measure"
            title={
              <Space size={8} wrap>
                <span>{label(measureTypeLabels, current.type)}</span>
                <Tag color={measureStatusColors[current.status]} data-testid="measure-status">
                  {label(measureStatusLabels, current.status)}
                </Tag>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {current.decisionNo}
                </Typography.Text>
              </Space>
            }
            extra={
              <Space size={6} wrap>
                <MeasureActions m={current} female={person.gender === 'female'} onAction={setAction} />
                {createButton}
              </Space>
            }
          >
            <MeasureDetails m={current} today={today} />
          </Card>
          <WorkingGroupCard m={current} onEdit={() => setAction('workingGroup')} />
          <HistoryTable measures={measures.slice(1)} />
        </>
      ) : (
        <Card size="small">
          <Empty description={t('supervision.noMeasure')}>
            <Typography.Paragraph type="secondary">{t('supervision.noMeasureHint')}</Typography.Paragraph>
            {createButton}
          </Empty>
        </Card>
      )}

      {action === 'create' && <MeasureCreateModal person={person} onClose={close} />}
      {current && action === 'report' && <ReportModal measure={current} onClose={close} />}
      {current && action === 'agreement' && <AgreementModal measure={current} onClose={close} />}
      {current && action === 'suspend' && <SuspendModal measure={current} onClose={close} />}
      {current && action === 'resume' && <ResumeModal measure={current} onClose={close} />}
      {current && action === 'terminate' && <TerminateModal measure={current} onClose={close} />}
      {current && action === 'transfer' && <TransferModal measure={current} onClose={close} />}
      {current && action === 'workingGroup' && <WorkingGroupModal measure={current} onClose={close} />}
      {current && action === 'decideRefusal' && <RefusalDecisionModal measure={current} onClose={close} />}
      {current && action === 'releaseNotice' && <ReleaseNoticeModal measure={current} onClose={close} />}
      {current && action === 'education' && <EducationModal measure={current} onClose={close} />}
      {current && action === 'testRefusal' && <TestRefusalModal measure={current} onClose={close} />}
      {current && action === 'exemptionFacts' && (
        <ExemptionFactsModal measure={current} person={person} onClose={close} />
      )}
    </div>
  );
}
