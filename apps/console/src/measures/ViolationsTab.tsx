import { useEffect, useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  ViolationDecisionInput,
  ViolationExcuseInput,
  type Absence,
  type Measure,
  type PersonDetail,
  type Violation,
  type ViolationKind,
  type ViolationStatus,
} from '@taobo/contracts';
import {
  isFinalStatus,
  seriousViolation,
  shanghaiDateTime,
  violationKindLabels,
  violationStatusLabels,
} from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { zodRule } from '../forms/zodRule.ts';
import { useLabel } from '../i18n/labels.ts';
import { AbsenceModal } from './AbsenceModal.tsx';
import { EducationCard } from './EducationCard.tsx';
import { ActionModal } from '../forms/ActionModal.tsx';
import { absencesQuery, useSupervisionRefresh, violationsQuery } from './measureQueries.ts';
import { violationStatusColors } from './measureStatus.ts';
import { MeasurePicker, useSelectedMeasure } from './useSelectedMeasure.tsx';
import '../i18n/supervision.ts';

type Decision = { kind: 'confirm' | 'excuse'; violation: Violation };

function DecisionModal({
  decision,
  personId,
  onClose,
}: {
  decision: Decision;
  personId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useSupervisionRefresh();
  const confirm = decision.kind === 'confirm';
  const schema = confirm ? ViolationDecisionInput : ViolationExcuseInput;
  return (
    <ActionModal<{ reason?: string }, { reason: string | null }, Violation>
      testId={confirm ? 'violation-confirm-form' : 'violation-excuse-form'}
      title={confirm ? t('violations.confirmTitle') : t('violations.excuseTitle')}
      okText={confirm ? t('violations.confirm') : t('violations.excuse')}
      danger={confirm}
      onClose={onClose}
      schema={schema}
      toPayload={(v) => ({ reason: v.reason?.trim() || (confirm ? null : '') })}
      submit={(body) =>
        api.post(`/api/violations/{id}/${confirm ? 'confirm' : 'excuse'}`, {
          params: { id: decision.violation.id },
          body,
        })
      }
      successMessage={confirm ? t('violations.confirmed') : t('violations.excused')}
      onSuccess={() => refresh(personId)}
    >
      {() => (
        <>
          {confirm && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('violations.confirmBody')} />
          )}
          <Form.Item
            name="reason"
            label={confirm ? t('violations.confirmReason') : t('violations.excuseReason')}
            required={!confirm}
            rules={[zodRule(schema.shape.reason, { optional: confirm })]}
          >
            <Input.TextArea
              autoFocus
              rows={3}
              maxLength={200}
              showCount
              placeholder={confirm ? undefined : t('violations.excusePlaceholder')}
            />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

function ViolationsTable({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const can = useCan();
  const [params] = useSearchParams();
  const highlight = params.get('violation');
  const violations = useQuery(violationsQuery(person.id));
  const [decision, setDecision] = useState<Decision | null>(null);
  const none = t('common.none');

  useEffect(() => {
    if (!highlight || !violations.data) return;
    document.querySelector(`[data-row-key="${CSS.escape(highlight)}"]`)?.scrollIntoView({ block: 'center' });
  }, [highlight, violations.data]);

  return (
    <Card size="small" title={t('violations.title')}>
      {violations.isError && <Alert type="error" showIcon title={errorMessage(violations.error)} />}
      <Table<Violation>
        data-testid="violations-table"
        size="small"
        rowKey="id"
        loading={violations.isFetching}
        pagination={false}
        dataSource={violations.data ?? []}
        rowClassName={(row) => (row.id === highlight ? 'row-highlight' : '')}
        locale={{ emptyText: t('violations.empty') }}
        columns={[
          {
            title: t('violations.kind'),
            dataIndex: 'kind',
            width: 150,
            render: (k: ViolationKind) => label(violationKindLabels, k),
          },
          {
            title: t('violations.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: ViolationStatus) => (
              <Tag color={violationStatusColors[s]}>{label(violationStatusLabels, s)}</Tag>
            ),
          },
          {
            title: t('violations.date'),
            dataIndex: 'date',
            width: 110,
            render: (v: string) => <span className="mono">{v}</span>,
          },
          {
            title: t('violations.basis'),
            key: 'basis',
            width: 100,
            render: (_: unknown, v) =>
              v.testId ? (
                <Link to={`?tab=tests&test=${encodeURIComponent(v.testId)}`}>
                  {t('violations.basisTest')}
                </Link>
              ) : v.absenceId ? (
                t('violations.basisAbsence')
              ) : (
                none
              ),
          },
          {
            title: t('violations.reason'),
            dataIndex: 'reason',
            ellipsis: true,
            render: (v: string | null) => v || none,
          },
          {
            title: t('violations.decidedBy'),
            key: 'decidedBy',
            width: 180,
            render: (_: unknown, v) =>
              v.decidedBy ? (
                <span>
                  {v.decidedBy.name}
                  {v.decidedAt && (
                    <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                      {shanghaiDateTime(v.decidedAt).slice(5)}
                    </Typography.Text>
                  )}
                </span>
              ) : (
                none
              ),
          },
          ...(can('measure:manage')
            ? [
                {
                  title: t('violations.actions'),
                  key: 'actions',
                  width: 160,
                  render: (_: unknown, v: Violation) =>
                    v.status === 'candidate' && (
                      <Space size={4}>
                        <Button
                          size="small"
                          danger
                          onClick={() => setDecision({ kind: 'confirm', violation: v })}
                          data-testid="violation-action-confirm"
                        >
                          {t('violations.confirm')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => setDecision({ kind: 'excuse', violation: v })}
                          data-testid="violation-action-excuse"
                        >
                          {t('violations.excuse')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {decision && (
        <DecisionModal decision={decision} personId={person.id} onClose={() => setDecision(null)} />
      )}
    </Card>
  );
}

function AbsencesCard({ measure, person }: { measure: Measure; person: PersonDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  const absences = useQuery(absencesQuery(measure.id));
  const [adding, setAdding] = useState(false);
  const items = absences.data ?? [];
  // 条例 第二十条: the same count the server keeps, shown beside the list.
  const assessment = seriousViolation({ confirmedEvasions: 0, absences: items });
  const sourceLabel = (s: Absence['source']) => t(`absences.sourceLabels.${s}`);

  return (
    <Card
      size="small"
      title={
        <Space size={12} wrap>
          <span>{t('absences.title')}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="absence-summary">
            {t('absences.summary', { departures: assessment.departures, days: assessment.departureDays })}
          </Typography.Text>
        </Space>
      }
      style={{ marginTop: 12 }}
      extra={
        can('supervision:record') &&
        !isFinalStatus(measure.status) && (
          <Button
            size="small"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setAdding(true)}
            data-testid="absence-action-add"
          >
            {t('absences.add')}
          </Button>
        )
      }
    >
      {absences.isError && <Alert type="error" showIcon title={errorMessage(absences.error)} />}
      <Table<Absence>
        data-testid="absences-table"
        size="small"
        rowKey="id"
        loading={absences.isFetching}
        pagination={false}
        dataSource={items}
        locale={{ emptyText: t('absences.empty') }}
        columns={[
          {
            title: t('absences.from'),
            dataIndex: 'from',
            width: 110,
            render: (v: string) => <span className="mono">{v}</span>,
          },
          {
            title: t('absences.to'),
            dataIndex: 'to',
            width: 110,
            render: (v: string) => <span className="mono">{v}</span>,
          },
          { title: t('absences.days'), dataIndex: 'days', width: 70 },
          {
            title: t('absences.reported'),
            dataIndex: 'reported',
            width: 100,
            render: (v: boolean) => (
              <Tag color={v ? 'green' : 'orange'}>{v ? t('common.yes') : t('common.no')}</Tag>
            ),
          },
          {
            title: t('absences.departure'),
            dataIndex: 'unauthorisedDeparture',
            width: 100,
            render: (v: boolean) => (v ? <Tag color="red">{t('absences.departure')}</Tag> : t('common.none')),
          },
          {
            title: t('absences.destination'),
            dataIndex: 'destination',
            ellipsis: true,
            render: (v: string | null) => v || t('common.none'),
          },
          { title: t('absences.source'), dataIndex: 'source', width: 120, render: sourceLabel },
        ]}
      />
      {adding && <AbsenceModal measure={measure} personId={person.id} onClose={() => setAdding(false)} />}
    </Card>
  );
}

/** 违规 tab: candidate and decided violations, and the absences from the county (条例 第十九条、第二十条). */
export default function ViolationsTab({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const { query, measures, selected, select } = useSelectedMeasure(person.id);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  return (
    <div data-testid="violations-panel">
      <ViolationsTable person={person} />
      {selected ? (
        <>
          {measures.length > 1 && (
            <div style={{ marginTop: 12 }}>
              <MeasurePicker measures={measures} selected={selected} onSelect={select} />
            </div>
          )}
          <AbsencesCard key={selected.id} measure={selected} person={person} />
          <EducationCard key={`education-${selected.id}`} measure={selected} />
        </>
      ) : (
        <Empty style={{ marginTop: 12 }} description={t('supervision.noMeasure')} />
      )}
    </div>
  );
}
