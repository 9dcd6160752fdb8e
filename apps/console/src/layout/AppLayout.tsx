import { useState } from 'react';
import {
  App as AntApp,
  Badge,
  Button,
  Layout,
  Menu,
  Result,
  Space,
  Tag,
  Tooltip,
  Typography,
  type MenuProps,
} from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  CarryOutOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  CameraOutlined,
  MedicineBoxOutlined,
  ShopOutlined,
  GiftOutlined,
  HeartOutlined,
  LockOutlined,
  EnvironmentOutlined,
  ScheduleOutlined,
  LogoutOutlined,
  ReadOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { roleLabels } from '@taobo/contracts';
import { useCan, useLogout, useSignedInMe } from '../auth/session.ts';
import { LanguageToggle } from '../components/LanguageToggle.tsx';
import { useLabel } from '../i18n/labels.ts';
import { worklistQuery } from '../measures/measureQueries.ts';
import { ChangePasswordModal } from './ChangePasswordModal.tsx';
import '../i18n/checkins.ts';
import '../i18n/leave.ts';
import '../i18n/learning.ts';
import '../i18n/counselling.ts';
import '../i18n/assistance.ts';
import '../i18n/audit.ts';

const SIDER_WIDTH = 200;

export default function AppLayout() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const can = useCan();
  const label = useLabel();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  // The server opens nothing else until a password that must change has changed: show only that.
  const forced = me.mustChangePassword;
  // The menu badge: every open item in the caller's worklist, re-read each minute and after mutations.
  const worklist = useQuery({ ...worklistQuery, enabled: can('measure:read') && !forced });
  const openCount = worklist.data?.open ?? 0;

  const items: MenuProps['items'] = [
    { key: '/', icon: <DashboardOutlined aria-hidden />, label: <Link to="/">{t('nav.dashboard')}</Link> },
    can('measure:read') && {
      key: '/worklist',
      icon: (
        <Badge dot={collapsed && openCount > 0} offset={[2, 0]}>
          <CarryOutOutlined aria-hidden style={{ color: 'inherit' }} />
        </Badge>
      ),
      label: (
        <Link to="/worklist">
          {t('nav.worklist')}
          <span data-testid="worklist-badge" data-count={openCount} style={{ marginInlineStart: 8 }}>
            <Badge count={openCount} overflowCount={999} size="small" style={{ boxShadow: 'none' }} />
          </span>
        </Link>
      ),
    },
    can('person:read') && {
      key: '/persons',
      icon: <SolutionOutlined aria-hidden />,
      label: <Link to="/persons">{t('nav.persons')}</Link>,
    },
    can('counselling:manage') && {
      key: '/counselling',
      icon: <HeartOutlined aria-hidden />,
      label: <Link to="/counselling">{t('nav.counselling')}</Link>,
    },
    can('case:followup') && {
      key: '/assistance',
      icon: <GiftOutlined aria-hidden />,
      label: <Link to="/assistance">{t('nav.assistance')}</Link>,
    },
    can('course:manage') && {
      key: '/learning',
      icon: <ReadOutlined aria-hidden />,
      label: <Link to="/learning">{t('learning.nav')}</Link>,
    },
    can('measure:read') && {
      key: '/checkins',
      icon: <EnvironmentOutlined aria-hidden />,
      label: <Link to="/checkins">{t('checkins.nav')}</Link>,
    },
    can('measure:read') && {
      key: '/leave',
      icon: <ScheduleOutlined aria-hidden />,
      label: <Link to="/leave">{t('leave.nav')}</Link>,
    },
    can('station:operate') && {
      key: '/station-day',
      icon: <MedicineBoxOutlined aria-hidden />,
      label: <Link to="/station-day">{t('nav.stationDay')}</Link>,
    },
    can('station:operate') && {
      key: '/stations',
      icon: <ShopOutlined aria-hidden />,
      label: <Link to="/stations">{t('nav.stations')}</Link>,
    },
    can('upload:review') && {
      key: '/uploads',
      icon: <CameraOutlined aria-hidden />,
      label: <Link to="/uploads">{t('nav.uploads')}</Link>,
    },
    can('org:read') && {
      key: '/org',
      icon: <ApartmentOutlined aria-hidden />,
      label: <Link to="/org">{t('nav.org')}</Link>,
    },
    can('staff:manage') && {
      key: '/staff',
      icon: <TeamOutlined aria-hidden />,
      label: <Link to="/staff">{t('nav.staff')}</Link>,
    },
    can('policy:manage') && {
      key: '/policies',
      icon: <ExperimentOutlined aria-hidden />,
      label: <Link to="/policies">{t('nav.policies')}</Link>,
    },
    can('audit:read') && {
      key: '/audit',
      icon: <AuditOutlined aria-hidden />,
      label: <Link to="/audit">{t('audit.nav')}</Link>,
    },
    can('system:sweep') && {
      key: '/system',
      icon: <SettingOutlined aria-hidden />,
      label: <Link to="/system">{t('nav.system')}</Link>,
    },
  ].filter((item) => item !== false);

  const section = `/${location.pathname.split('/')[1] ?? ''}`;

  // antd's App (message, modal) lives here rather than at the root, to keep it out of the first bundle.
  return (
    <AntApp>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider
          width={SIDER_WIDTH}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <div
            style={{
              height: 48,
              display: 'flex',
              alignItems: 'center',
              gap: 8,
              padding: collapsed ? '0 24px' : '0 16px',
              color: '#fff',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              borderBottom: '1px solid rgba(255,255,255,.08)',
            }}
          >
            <span style={{ fontSize: 20, fontWeight: 700, letterSpacing: 2 }}>{t('app.name')}</span>
            {!collapsed && <span style={{ fontSize: 12, opacity: 0.75 }}>{t('app.siderTitle')}</span>}
          </div>
          <nav aria-label={t('app.title')}>
            <Menu theme="dark" mode="inline" selectedKeys={[section]} items={forced ? [] : items} />
          </nav>
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{
              background: '#fff',
              borderBottom: '1px solid #e5e7eb',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'flex-end',
              position: 'sticky',
              top: 0,
              zIndex: 10,
            }}
          >
            <Space size="middle" align="center">
              <span data-testid="current-user">
                <Typography.Text strong>{me.displayName}</Typography.Text>
                <Tag color="blue" style={{ marginInline: 8 }}>
                  {label(roleLabels, me.role)}
                </Tag>
                <Tooltip title={me.orgUnit.path}>
                  <Typography.Text type="secondary">{me.orgUnit.name}</Typography.Text>
                </Tooltip>
              </span>
              <LanguageToggle />
              <Button
                type="text"
                size="small"
                icon={<LockOutlined aria-hidden />}
                onClick={() => setPasswordOpen(true)}
              >
                {t('nav.changePassword')}
              </Button>
              <Button
                type="text"
                size="small"
                icon={<LogoutOutlined aria-hidden />}
                onClick={() => {
                  void logout().then(() => navigate('/login', { replace: true }));
                }}
              >
                {t('nav.logout')}
              </Button>
            </Space>
          </Layout.Header>
          <Layout.Content style={{ padding: 16, minWidth: 0 }}>
            <main>
              {forced ? (
                <Result status="warning" title={t('password.title')} subTitle={t('password.mustChange')} />
              ) : (
                <Outlet />
              )}
            </main>
          </Layout.Content>
        </Layout>
        <ChangePasswordModal
          open={passwordOpen || forced}
          forced={forced}
          onClose={() => setPasswordOpen(false)}
        />
      </Layout>
    </AntApp>
  );
}
