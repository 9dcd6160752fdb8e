import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Form, Input, NavBar } from 'antd-mobile';
import { useQueryClient } from '@tanstack/react-query';
import { api, errorMessage, isApiError } from '../api.ts';
import { showServerIssues } from './fieldErrors.ts';
import { deviceName, rememberMe } from './session.ts';

interface Values {
  phone: string;
  code: string;
  password: string;
  confirm: string;
}

/** First use: the phone staff registered, the 8-digit code they issued, and a new password. */
export default function ActivatePage() {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const me = await api.post('/api/m/auth/activate', {
        body: {
          phone: values.phone.trim(),
          code: values.code.trim(),
          password: values.password,
          device: deviceName(),
        },
      });
      await rememberMe(me);
      queryClient.setQueryData(['me'], me);
      void navigate('/', { replace: true });
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
        <h1>激活账号</h1>
        <p>输入禁毒专干给您的 8 位激活码（72 小时内有效），并设置登录密码。激活后即可登录使用。</p>
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
              激活并登录
            </Button>
            <p className="auth-hint">
              已经激活过？<Link to="/login">直接登录</Link>
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
          <Input
            type="tel"
            inputMode="numeric"
            autoComplete="username"
            placeholder="登记的 11 位手机号"
            clearable
          />
        </Form.Item>
        <Form.Item
          name="code"
          label="激活码"
          rules={[
            { required: true, message: '请输入激活码' },
            { pattern: /^\d{8}$/, message: '激活码为 8 位数字' },
          ]}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={8}
            placeholder="8 位数字"
            clearable
          />
        </Form.Item>
        <Form.Item
          name="password"
          label="设置密码"
          rules={[
            { required: true, message: '请设置密码' },
            { min: 8, message: '密码至少 8 位' },
            { pattern: /[A-Za-z]/, message: '密码须包含字母' },
            { pattern: /\d/, message: '密码须包含数字' },
          ]}
        >
          <Input type="password" autoComplete="new-password" placeholder="至少 8 位，含字母和数字" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认密码"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input type="password" autoComplete="new-password" placeholder="再次输入密码" />
        </Form.Item>
      </Form>
    </div>
  );
}
