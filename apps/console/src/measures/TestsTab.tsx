import { useEffect, useState } from 'react';
import { Alert, Button, Card, Collapse, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  type Measure,
  type PersonDetail,
  type RandomDraw,
  type Ref,
  type TestItem,
  type TestKind,
  type TestOutcome,
  type TestStatus,
} from '@taobo/contracts';
import {
  addDays,
  isFinalStatus,
  shanghaiDateTime,
  testKindLabels,
  testOutcomeLabels,
  testStatusLabels,
} from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { useCan } from '../auth/session.ts';
import { useLabel } from '../i18n/labels.ts';
import { measureTestsQuery } from './measureQueries.ts';
import { testOutcomeColors, testStatusColors } from './measureStatus.ts';
import { TestResultModal } from './TestResultModal.tsx';
import { MeasurePicker, useSelectedMeasure } from './useSelectedMeasure.tsx';
import '../i18n/supervision.ts';

/** "第 3 次" / "随机抽检" / "计划外". */
function useTestName() {
  const { t } = useTranslation();
  return (test: TestItem) => {
    switch (test.plan) {
      case 'scheduled':
        return t('tests.planScheduled', { n: (test.index ?? 0) + 1 });
      case 'random':
        return t('tests.planRandom');
      case 'extra':
        return t('tests.planExtra');
    }
  };
}

/** A planned test can take a result while its window is open, or to confirm a pending (待确认) one. */
const recordable = (test: TestItem) =>
  test.status === 'due' || (test.status === 'done' && test.outcome === 'pending');

function Summary({ tests }: { tests: TestItem[] }) {
  const { t } = useTranslation();
  const planned = tests.filter((x) => x.plan !== 'extra');
  const done = planned.filter((x) => x.status === 'done').length;
  const missed = planned.filter((x) => x.status === 'missed').length;
  const due = done + missed;
  const rate = due ? `${Math.round((done / due) * 1000) / 10}%` : t('common.none');
  return (
    <Typography.Text type="secondary" data-testid="tests-summary">
      {t('tests.summary', { due, done, missed, rate })}
    </Typography.Text>
  );
}

function RandomDraws({ draws }: { draws: RandomDraw[] }) {
  const { t } = useTranslation();
  return (
    <Collapse
      size="small"
      style={{ marginTop: 12 }}
      data-testid="random-draws"
      items={[
        {
          key: 'draws',
          label: t('tests.draws', { count: draws.length }),
          children: (
            <>
              <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
                {t('tests.drawsHint')}
              </Typography.Paragraph>
              <Table<RandomDraw>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={draws}
                locale={{ emptyText: t('tests.drawsEmpty') }}
                columns={[
                  {
                    title: t('tests.drawPeriod'),
                    key: 'period',
                    width: 220,
                    render: (_: unknown, d) => (
                      <span className="mono">
                        {t('tests.windowRange', { start: d.periodStart, end: addDays(d.periodEnd, -1) })}
                      </span>
                    ),
                  },
                  { title: t('tests.drawQuota'), dataIndex: 'quota', width: 80 },
                  {
                    title: t('tests.drawDays'),
                    dataIndex: 'days',
                    render: (days: string[]) => (
                      <Space size={4} wrap>
                        {days.map((d) => (
                          <Tag key={d} className="mono">
                            {d}
                          </Tag>
                        ))}
                      </Space>
                    ),
                  },
                  {
                    title: t('tests.drawSeed'),
                    dataIndex: 'seed',
                    width: 200,
                    render: (v: string) => (
                      <Typography.Text className="mono" copyable style={{ fontSize: 12 }}>
                        {v}
                      </Typography.Text>
                    ),
                  },
                  {
                    title: t('tests.drawAlgorithm'),
                    dataIndex: 'algorithm',
                    width: 220,
                    render: (v: string) => (
                      <span className="mono" style={{ fontSize: 12 }}>
                        {v}
                      </span>
                    ),
                  },
                  {
                    title: t('tests.drawAt'),
                    dataIndex: 'createdAt',
                    width: 140,
                    render: (v: string) => shanghaiDateTime(v),
                  },
                ]}
              />
            </>
          ),
        },
      ]}
    />
  );
}

function TestsTable({
  measure,
  person,
  highlight,
}: {
  measure: Measure;
  person: PersonDetail;
  highlight: string | null;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const can = useCan();
  const name = useTestName();
  const tests = useQuery(measureTestsQuery(measure.id));
  const [recording, setRecording] = useState<TestItem | 'extra' | null>(null);
  const none = t('common.none');
  const record = can('supervision:record');

  // Arriving from the worklist with ?test=…: bring that row into view.
  useEffect(() => {
    if (!highlight || !tests.data) return;
    document.querySelector(`[data-row-key="${CSS.escape(highlight)}"]`)?.scrollIntoView({ block: 'center' });
  }, [highlight, tests.data]);

  if (tests.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (tests.isError) return <Alert type="error" showIcon title={errorMessage(tests.error)} />;
  const { tests: items, randomDraws } = tests.data;

  return (
    <>
      <Card
        size="small"
        title={
          <Space size={12}>
            <span>{t('tests.title')}</span>
            <Summary tests={items} />
          </Space>
        }
        extra={
          record &&
          measure.termStart &&
          !isFinalStatus(measure.status) && (
            <Button
              size="small"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setRecording('extra')}
              data-testid="test-action-extra"
            >
              {t('tests.extra')}
            </Button>
          )
        }
      >
        <Table<TestItem>
          data-testid="tests-table"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={items}
          rowClassName={(row) => (row.id === highlight ? 'row-highlight' : '')}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={measure.termStart ? t('tests.empty') : t('supervision.notReported')}
              />
            ),
          }}
          scroll={{ x: 1100 }}
          columns={[
            { title: t('tests.order'), key: 'order', width: 90, render: (_: unknown, row) => name(row) },
            {
              title: t('tests.window'),
              key: 'window',
              width: 210,
              render: (_: unknown, row) => (
                <span className="mono">
                  {t('tests.windowRange', { start: row.windowStart, end: addDays(row.windowEnd, -1) })}
                </span>
              ),
            },
            {
              title: t('tests.status'),
              dataIndex: 'status',
              width: 100,
              render: (s: TestStatus) => (
                <Tag color={testStatusColors[s]} data-testid={`test-status-${s}`}>
                  {label(testStatusLabels, s)}
                </Tag>
              ),
            },
            {
              title: t('tests.kind'),
              dataIndex: 'kind',
              width: 110,
              render: (k: TestKind | null) => (k ? label(testKindLabels, k) : none),
            },
            {
              title: t('tests.outcome'),
              dataIndex: 'outcome',
              width: 130,
              render: (o: TestOutcome | null) =>
                o ? <Tag color={testOutcomeColors[o]}>{label(testOutcomeLabels, o)}</Tag> : none,
            },
            {
              title: t('tests.date'),
              dataIndex: 'date',
              width: 110,
              render: (v: string | null) => (v ? <span className="mono">{v}</span> : none),
            },
            {
              title: t('tests.collectors'),
              dataIndex: 'collectors',
              ellipsis: true,
              render: (c: Ref[]) => (c.length ? c.map((x) => x.name).join('、') : none),
            },
            {
              title: t('tests.retention'),
              dataIndex: 'sampleRetentionUntil',
              width: 110,
              render: (v: string | null) => (v ? <span className="mono">{v}</span> : none),
            },
            {
              title: t('tests.note'),
              dataIndex: 'note',
              width: 140,
              ellipsis: true,
              render: (v: string | null) => v || none,
            },
            ...(record
              ? [
                  {
                    title: t('tests.actions'),
                    key: 'actions',
                    width: 130,
                    fixed: 'right' as const,
                    render: (_: unknown, row: TestItem) =>
                      recordable(row) && (
                        <Button
                          size="small"
                          type={row.status === 'due' ? 'primary' : 'default'}
                          icon={<ExperimentOutlined aria-hidden />}
                          onClick={() => setRecording(row)}
                          data-testid="test-action-record"
                        >
                          {row.status === 'due' ? t('tests.record') : t('tests.rerecord')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <RandomDraws draws={randomDraws} />
      {recording && (
        <TestResultModal
          person={person}
          measure={measure}
          test={recording === 'extra' ? null : recording}
          what={recording === 'extra' ? undefined : name(recording)}
          onClose={() => setRecording(null)}
        />
      )}
    </>
  );
}

/** 检测 tab: the test plan of the selected measure, results, and the audited random draws. */
export default function TestsTab({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { query, measures, selected, select } = useSelectedMeasure(person.id);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  if (!selected) return <Empty description={t('supervision.noMeasure')} />;
  return (
    <div data-testid="tests-panel">
      {measures.length > 1 && (
        <div style={{ marginBottom: 8 }}>
          <MeasurePicker measures={measures} selected={selected} onSelect={select} />
        </div>
      )}
      <TestsTable key={selected.id} measure={selected} person={person} highlight={params.get('test')} />
    </div>
  );
}
