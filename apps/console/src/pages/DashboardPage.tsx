import { Alert, Card, Col, Empty, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { ApartmentOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { roleLabels, type PersonStatus } from '@taobo/contracts';
import { personStatusLabels } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { useCan, useSignedInMe } from '../auth/session.ts';
import { useTitle } from '../components/useTitle.ts';
import { useLabel } from '../i18n/labels.ts';
import { statusColors } from '../persons/statusColors.ts';

function percent(count: number, total: number): string {
  return total > 0 ? `${((count / total) * 100).toFixed(1)}%` : '—';
}

function StatsPanel() {
  const { t } = useTranslation();
  const label = useLabel();
  const stats = useQuery({
    queryKey: ['stats', 'persons'],
    queryFn: ({ signal }) => api.get('/api/stats/persons', { signal }),
  });

  if (stats.isPending) return <Skeleton active />;
  if (stats.isError) return <Alert type="error" showIcon title={errorMessage(stats.error)} />;
  const { total, byStatus, byCounty } = stats.data;
  const countOf = new Map(byStatus.map((s) => [s.status, s.count]));
  const statuses = (Object.keys(personStatusLabels) as PersonStatus[]).filter((s) => countOf.has(s));

  return (
    <>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={8} xl={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic
              title={t('dashboard.total')}
              value={total}
              data-testid="stat-total"
              styles={{ content: { color: '#1f4e99', fontSize: 32 } }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboard.aggregatesOnly')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={16} xl={18}>
          <Card size="small" title={t('dashboard.byStatus')} style={{ height: '100%' }}>
            {statuses.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noStats')} />
            ) : (
              <Row gutter={[12, 12]}>
                {statuses.map((status) => (
                  <Col key={status} xs={12} md={8} xl={6}>
                    <Statistic
                      title={<Tag color={statusColors[status]}>{label(personStatusLabels, status)}</Tag>}
                      value={countOf.get(status) ?? 0}
                      suffix={
                        <span style={{ fontSize: 12, color: '#8c8c8c' }}>
                          {percent(countOf.get(status) ?? 0, total)}
                        </span>
                      }
                    />
                  </Col>
                ))}
              </Row>
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('dashboard.byCounty')} style={{ marginTop: 12 }}>
        <Table
          size="small"
          rowKey={(row) => row.orgUnit.id}
          dataSource={[...byCounty].sort((a, b) => b.count - a.count)}
          pagination={false}
          columns={[
            { title: t('dashboard.county'), dataIndex: ['orgUnit', 'name'] },
            { title: t('dashboard.count'), dataIndex: 'count', align: 'right', width: 120 },
            {
              title: t('dashboard.share'),
              key: 'share',
              align: 'right',
              width: 120,
              render: (_, row) => percent(row.count, total),
            },
          ]}
          summary={() =>
            byCounty.length > 1 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('dashboard.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <Typography.Text strong>{total}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  100%
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const can = useCan();
  const label = useLabel();
  useTitle(t('nav.dashboard'));

  const links = [
    can('person:read') && { to: '/persons', icon: <SolutionOutlined aria-hidden />, text: t('nav.persons') },
    can('org:read') && { to: '/org', icon: <ApartmentOutlined aria-hidden />, text: t('nav.org') },
    can('staff:manage') && { to: '/staff', icon: <TeamOutlined aria-hidden />, text: t('nav.staff') },
  ].filter((l) => l !== false);

  return (
    <div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dashboard.welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('dashboard.welcomeBody', { role: label(roleLabels, me.role), org: me.orgUnit.name })}
        </Typography.Text>
        {links.length > 0 && (
          <div style={{ marginTop: 8, display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            {links.map((l) => (
              <Link key={l.to} to={l.to}>
                {l.icon} {l.text}
              </Link>
            ))}
          </div>
        )}
      </Card>
      {can('stats:read') && <StatsPanel />}
    </div>
  );
}
