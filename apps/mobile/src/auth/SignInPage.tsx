import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, Form, Input, NavBar } from 'antd-mobile';
import { useQueryClient } from '@tanstack/react-query';
import { api, errorMessage, isApiError } from '../api.ts';
import { deviceName, rememberMe } from './session.ts';
import { showServerIssues } from './fieldErrors.ts';

interface Values {
  phone: string;
  password: string;
}

/** 手机号 + 密码. Where to go after: the page the person was sent away from, else home. */
export default function SignInPage() {
  const [form] = Form.useForm<Values>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const me = await api.post('/api/m/auth/login', {
        body: {
          phone: values.phone.trim(),
          password: values.password,
          device: deviceName(),
        },
      });
      await rememberMe(me);
      queryClient.setQueryData(['me'], me);
      const next = params.get('next');
      void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    } catch (e) {
      if (isApiError(e) && e.issues.length) showServerIssues(form, e.issues);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="auth-page">
      <NavBar back={null}>洮泊家园</NavBar>
      <div className="auth-intro">
        <h1>登录</h1>
        <p>使用登记的手机号和您设置的密码登录。</p>
      </div>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        footer={
          <>
            {error && (
              <div className="form-error" role="alert">
                {error}
              </div>
            )}
            <Button block type="submit" color="primary" size="large" loading={busy}>
              登录
            </Button>
            <p className="auth-hint">
              第一次使用？请向禁毒专干索取 8 位激活码，然后
              <Link to="/activate">激活账号</Link>。
            </p>
          </>
        }
      >
        <Form.Item
          name="phone"
          label="手机号"
          rules={[
            { required: true, message: '请输入手机号' },
            { pattern: /^1\d{10}$/, message: '手机号应为 11 位数字' },
          ]}
        >
          <Input type="tel" inputMode="numeric" autoComplete="username" placeholder="11 位手机号" clearable />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input type="password" autoComplete="current-password" placeholder="密码" />
        </Form.Item>
      </Form>
    </div>
  );
}
