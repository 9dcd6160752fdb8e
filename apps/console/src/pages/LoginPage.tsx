import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LoginInput } from '@taobo/contracts';
import { ApiError, api, errorMessage } from '../api.ts';
import { syncServerToday } from '../forms/dates.ts';
import { meQuery, useMe } from '../auth/session.ts';
import { clearSessionExpired, isSessionExpired } from '../auth/expired.ts';
import { useTitle } from '../components/useTitle.ts';
import { LanguageToggle } from '../components/LanguageToggle.tsx';

function targetOf(location: Location): string {
  const from = (location.state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [expired] = useState(isSessionExpired);
  useEffect(clearSessionExpired, []);
  useTitle(t('login.heading'));
  const target = targetOf(location);

  const login = useMutation({
    mutationFn: (input: LoginInput) => api.post('/api/auth/login', { body: input }),
    onSuccess: (user) => {
      syncServerToday(user.today);
      queryClient.setQueryData(meQuery.queryKey, user);
      void navigate(target, { replace: true });
    },
  });

  if (me && !login.isPending) return <Navigate to={target} replace />;

  const error = login.error;
  // Every failed sign-in gets the one answer from the server (unknown user, wrong password, locked).
  const errorText =
    error instanceof ApiError && error.code === 'BAD_CREDENTIALS'
      ? t('login.badCredentials')
      : error instanceof ApiError && error.code === 'RATE_LIMITED'
        ? t('login.rateLimited')
        : error
          ? errorMessage(error)
          : null;

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #0f2747 0%, #1f4e99 55%, #e8edf5 55.1%)',
        position: 'relative',
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageToggle />
      </div>
      <div style={{ color: '#fff', textAlign: 'center', marginBottom: 24 }}>
        <div style={{ fontSize: 32, fontWeight: 600, letterSpacing: 4 }}>{t('app.name')}</div>
        <div style={{ fontSize: 16, opacity: 0.85 }}>{t('app.title')}</div>
      </div>
      <Card style={{ width: 380, boxShadow: '0 8px 24px rgba(15,39,71,.18)' }}>
        <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 20 }}>
          {t('login.heading')}
        </Typography.Title>
        {expired && !error && (
          <Alert type="warning" showIcon title={t('error.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        {errorText && (
          <Alert
            type="error"
            showIcon
            title={errorText}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        )}
        <Form<LoginInput>
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => login.mutate(values)}
          disabled={login.isPending}
        >
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 16, marginBottom: 0, fontSize: 12, textAlign: 'center' }}
        >
          {t('login.footer')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
