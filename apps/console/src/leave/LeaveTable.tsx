import { useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LeaveRequest } from '@taobo/contracts';
import { leaveModeLabels, leaveStatusLabels } from '@taobo/domain';
import { useCan, useSignedInMe } from '../auth/session.ts';
import { useLabel } from '../i18n/labels.ts';
import { LeaveDecisionModal, type LeaveAction } from './LeaveDecision.tsx';

export const leaveStatusColors: Record<LeaveRequest['status'], string> = {
  reported: 'gold',
  acknowledged: 'green',
  pending: 'gold',
  extension: 'gold',
  lapsed: 'red',
  approved: 'green',
  overdue: 'red',
  refused: 'default',
  closed: 'blue',
};

/**
 * Leave reports (and, under a county's approval policy, requests) with their deadlines and the
 * officer's acknowledgments or decisions; `showPerson` off on the person's tab.
 */
export function LeaveTable({
  items,
  total,
  page,
  loading,
  onPage,
  showPerson = true,
}: {
  items: LeaveRequest[];
  total: number;
  page: number;
  loading: boolean;
  onPage?: (page: number) => void;
  showPerson?: boolean;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const can = useCan();
  const today = useSignedInMe().today;
  const [acting, setActing] = useState<{ request: LeaveRequest; action: LeaveAction } | null>(null);
  const act = (request: LeaveRequest, action: LeaveAction) => setActing({ request, action });

  return (
    <>
      <Table<LeaveRequest>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={items}
        locale={{ emptyText: t('leave.empty') }}
        pagination={
          onPage
            ? { current: page, pageSize: 20, total, showSizeChanger: false, onChange: onPage }
            : { pageSize: 20, hideOnSinglePage: true }
        }
        onRow={(r) => ({ 'data-testid': `leave-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          ...(showPerson
            ? [
                {
                  title: t('leave.person'),
                  dataIndex: 'person',
                  width: 100,
                  render: (p: LeaveRequest['person']) => (
                    <Link to={`/persons/${p.id}?tab=leave`}>{p.name}</Link>
                  ),
                },
              ]
            : []),
          {
            title: t('leave.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: LeaveRequest['status'], r: LeaveRequest) => (
              <Space direction="vertical" size={2}>
                <Tag color={leaveStatusColors[s]} data-testid="leave-status">
                  {label(leaveStatusLabels, s)}
                </Tag>
                {r.mode === 'approval' && (
                  <Tag color="purple" data-testid="leave-local-policy">
                    {label(leaveModeLabels, r.mode)}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('leave.destination'),
            dataIndex: 'destination',
            render: (d: string, r) => (
              <>
                <div>{d}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('leave.reason')}：{r.reason}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('leave.dates'),
            key: 'dates',
            width: 210,
            render: (_: unknown, r: LeaveRequest) => (
              <>
                <div>{t('leave.range', { from: r.from, to: r.to, days: r.days })}</div>
                {r.to !== r.originalTo && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('leave.originalTo', { date: r.originalTo })}
                  </Typography.Text>
                )}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.needsReport ? t('leave.needsReport') : t('leave.noReportNeeded')}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          {
            title: t('leave.deadline'),
            key: 'deadline',
            width: 120,
            render: (_: unknown, r: LeaveRequest) => {
              const extensionOpen = r.extension && r.extension.decision === null;
              const deadline =
                (r.status === 'extension' || r.status === 'reported') && extensionOpen
                  ? r.extension!.deadline
                  : r.status === 'pending' || r.status === 'lapsed' || r.status === 'reported'
                    ? r.decisionDeadline
                    : null;
              if (!deadline) return '—';
              return deadline < today ? (
                <Typography.Text type="danger">
                  {deadline}（{t('leave.deadlinePassed')}）
                </Typography.Text>
              ) : (
                deadline
              );
            },
          },
          {
            title: t('leave.decision'),
            key: 'decision',
            render: (_: unknown, r: LeaveRequest) => (
              <Space direction="vertical" size={2}>
                {r.decidedBy && (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {t('leave.decisionBy', {
                      name: r.decidedBy.name,
                      note:
                        r.decisionNote ??
                        label(
                          leaveStatusLabels,
                          r.mode === 'report'
                            ? 'acknowledged'
                            : r.status === 'refused'
                              ? 'refused'
                              : 'approved',
                        ),
                    })}
                  </Typography.Text>
                )}
                {r.extension && (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {r.mode === 'report' ? t('leave.extensionReport') : t('leave.extension')}：
                    {t(r.mode === 'report' ? 'leave.extensionReportedTo' : 'leave.extensionTo', {
                      date: r.extension.to,
                      reason: r.extension.reason,
                    })}
                    {r.extension.decision && `（${label(leaveStatusLabels, r.extension.decision)}）`}
                  </Typography.Text>
                )}
                {r.returnedOn && (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {t('leave.returnedOn', { date: r.returnedOn })}
                  </Typography.Text>
                )}
                {r.overstayDays > 0 && (
                  <Typography.Text type="danger" style={{ fontSize: 12 }}>
                    {t('leave.overstay', { count: r.overstayDays })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          ...(can('leave:decide')
            ? [
                {
                  title: t('leave.actions'),
                  key: 'actions',
                  width: 170,
                  render: (_: unknown, r: LeaveRequest) =>
                    r.status === 'reported' ? (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => act(r, 'acknowledge')}
                        data-testid="leave-acknowledge-open"
                      >
                        {t('leave.acknowledge')}
                      </Button>
                    ) : r.status === 'pending' || r.status === 'lapsed' ? (
                      <Space>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => act(r, 'approve')}
                          data-testid="leave-approve-open"
                        >
                          {t('leave.approve')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() => act(r, 'refuse')}
                          data-testid="leave-refuse-open"
                        >
                          {t('leave.refuse')}
                        </Button>
                      </Space>
                    ) : r.status === 'extension' ? (
                      <Space wrap>
                        <Button size="small" type="primary" onClick={() => act(r, 'approveExtension')}>
                          {t('leave.approveExtension')}
                        </Button>
                        <Button size="small" danger onClick={() => act(r, 'refuseExtension')}>
                          {t('leave.refuseExtension')}
                        </Button>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {acting && (
        <LeaveDecisionModal request={acting.request} action={acting.action} onClose={() => setActing(null)} />
      )}
    </>
  );
}
