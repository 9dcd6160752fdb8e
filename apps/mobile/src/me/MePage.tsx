import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Dialog, List, NavBar, Switch, Toast } from 'antd-mobile';
import { useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../api.ts';
import { forgetMe } from '../auth/session.ts';
import { useMe } from '../layout/AppLayout.tsx';
import { OutboxList } from '../offline/OutboxList.tsx';
import { clearOutbox, useOutbox } from '../offline/outbox.ts';
import { currentSubscription, disablePush, enablePush, pushSupported } from './push.ts';

/** 我的: who is signed in, push on this phone, the writes waiting to be sent, sign-out, version. */
export default function MePage() {
  const me = useMe().data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const unsent = useOutbox().filter((i) => i.state !== 'sent');
  const [push, setPush] = useState<boolean | null>(null);
  const [pushBusy, setPushBusy] = useState(false);

  useEffect(() => {
    if (!pushSupported()) return;
    void currentSubscription().then(
      (s) => setPush(!!s),
      () => setPush(false),
    );
  }, []);

  async function togglePush(on: boolean) {
    setPushBusy(true);
    try {
      if (on) await enablePush();
      else await disablePush();
      setPush(on);
      Toast.show({ content: on ? '已开启：新消息会推送到本机' : '已关闭本机消息推送' });
    } catch (e) {
      Toast.show({ content: errorMessage(e), duration: 3000 });
    } finally {
      setPushBusy(false);
    }
  }

  async function signOut() {
    const ok = await Dialog.confirm({
      title: '退出登录？',
      content: unsent.length
        ? `还有 ${unsent.length} 条操作没有提交，退出后这些操作将被放弃。建议联网提交后再退出。`
        : '退出后需要用手机号和密码重新登录。',
      confirmText: '退出',
      cancelText: '取消',
    });
    if (!ok) return;
    await disablePush().catch(() => undefined);
    await api.post('/api/m/auth/logout').catch(() => undefined);
    await clearOutbox();
    forgetMe();
    queryClient.clear();
    void navigate('/login', { replace: true });
  }

  return (
    <div>
      <NavBar back={null}>我的</NavBar>
      <List header="账号">
        <List.Item extra={me?.person.name}>姓名</List.Item>
        {pushSupported() && (
          <List.Item
            description="检测提醒、外出报告知悉等消息推送到本机"
            extra={
              <Switch
                checked={!!push}
                loading={pushBusy || push === null}
                onChange={(v) => void togglePush(v)}
                aria-label="消息推送"
              />
            }
          >
            消息推送
          </List.Item>
        )}
      </List>
      <div className="section-title">待发送的操作</div>
      <OutboxList />
      <div className="page-pad">
        <Button block size="large" color="danger" fill="outline" onClick={() => void signOut()}>
          退出登录
        </Button>
        <p className="muted" style={{ textAlign: 'center' }}>
          洮泊家园 版本 {__APP_VERSION__}
        </p>
      </div>
    </div>
  );
}
