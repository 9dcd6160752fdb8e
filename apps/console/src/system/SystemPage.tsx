import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Row, Statistic, Typography } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SweepResult } from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { CalendarCard } from '../calendar/CalendarCard.tsx';
import { useTitle } from '../components/useTitle.ts';
import '../i18n/supervision.ts';

const COUNTS = [
  'refusalCandidates',
  'lateRereports',
  'missedTests',
  'excusedTests',
  'released',
  'agreementsOverdue',
  'seriousViolations',
  'abstinent',
  'randomDraws',
  'tasksOpened',
  'leaveLapsed',
  'leaveOverdue',
  'checkinsMissed',
  'checkinReminders',
  'testReminders',
  'appointmentReminders',
  'purged',
] as const satisfies readonly (keyof SweepResult)[];

/** Counts that mean someone has work to do are shown in red when not zero. */
const ALARMING = new Set<string>([
  'refusalCandidates',
  'lateRereports',
  'missedTests',
  'agreementsOverdue',
  'seriousViolations',
  'leaveOverdue',
  'checkinsMissed',
]);

/** 系统: run the daily sweep on demand (system:sweep) and see what it did. */
export default function SystemPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  useTitle(t('system.title'));
  const [result, setResult] = useState<SweepResult | null>(null);

  const sweep = useMutation({
    mutationFn: () => api.post('/api/system/sweep'),
    onSuccess: async (r) => {
      setResult(r);
      void message.success(t('system.done'));
      // Everything the sweep decides shows up in worklists, measures, tests and violations.
      await queryClient.invalidateQueries({
        predicate: (q) =>
          ['worklist', 'tasks', 'measures', 'violations', 'timeline'].includes(String(q.queryKey[0])),
      });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  return (
    <Card size="small" title={t('system.title')}>
      <Card size="small" type="inner" title={t('system.sweep')}>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 820 }}>
          {t('system.sweepDesc')}
        </Typography.Paragraph>
        <Button
          type="primary"
          icon={<ThunderboltOutlined aria-hidden />}
          loading={sweep.isPending}
          data-testid="sweep-run"
          onClick={() =>
            modal.confirm({
              title: t('system.confirmTitle'),
              content: t('system.confirmBody'),
              okText: t('common.confirm'),
              cancelText: t('common.cancel'),
              okButtonProps: { 'data-testid': 'sweep-confirm' },
              onOk: () => sweep.mutateAsync().catch(() => undefined),
            })
          }
        >
          {t('system.run')}
        </Button>
        {sweep.isError && (
          <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorMessage(sweep.error)} />
        )}
        {result && (
          <div data-testid="sweep-result" style={{ marginTop: 16 }}>
            <Descriptions size="small" title={t('system.result', { date: result.date })} column={1} />
            <Row gutter={[12, 12]}>
              {COUNTS.map((key) => (
                <Col key={key} xs={12} md={8} xl={6} xxl={4}>
                  <Card size="small" data-testid={`sweep-count-${key}`}>
                    <Statistic
                      title={t(`system.counts.${key}`)}
                      value={result[key]}
                      styles={{
                        content: { color: ALARMING.has(key) && result[key] > 0 ? '#cf1322' : undefined },
                      }}
                    />
                  </Card>
                </Col>
              ))}
            </Row>
          </div>
        )}
      </Card>
      <CalendarCard />
    </Card>
  );
}
