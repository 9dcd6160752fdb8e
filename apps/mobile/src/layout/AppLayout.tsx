import { Suspense, useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { Button, DotLoading, ErrorBlock, TabBar } from 'antd-mobile';
import { AppOutline, MessageOutline, UserOutline } from 'antd-mobile-icons';
import { useQuery } from '@tanstack/react-query';
import { api, isApiError, isNetworkError } from '../api.ts';
import { cachedMe, forgetMe, rememberMe } from '../auth/session.ts';
import { useOnline } from '../offline/network.ts';
import { applyUpdate, useUpdateReady } from '../sw/register.ts';
import { useUnreadCount } from '../inbox/unread.ts';

const TABS = [
  { key: '/', title: '首页', icon: <AppOutline /> },
  { key: '/inbox', title: '消息', icon: <MessageOutline /> },
  { key: '/me', title: '我的', icon: <UserOutline /> },
];

/** The signed-in person; a cached copy lets the app open offline. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: ({ signal }) => api.get('/api/m/me', { signal }),
    initialData: cachedMe() ?? undefined,
    initialDataUpdatedAt: 0,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/**
 * The frame of every signed-in page: sends a signed-out person to sign-in, shows the offline
 * and update notices, and the tab bar (首页 / 消息 / 我的) on the three tab pages.
 */
export default function AppLayout() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const online = useOnline();
  const updateReady = useUpdateReady();
  const unread = useUnreadCount(!!me.data);

  useEffect(() => {
    if (me.data && me.isFetchedAfterMount) void rememberMe(me.data);
  }, [me.data, me.isFetchedAfterMount]);

  const signedOut = isApiError(me.error) && me.error.status === 401;
  useEffect(() => {
    if (signedOut) forgetMe();
  }, [signedOut]);

  if (signedOut) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!me.data) {
    if (me.isError) {
      return (
        <ErrorBlock
          status="disconnected"
          title={isNetworkError(me.error) ? '无法连接服务器' : '加载失败'}
          description="请检查网络后重试"
          fullPage
        >
          <Button color="primary" onClick={() => void me.refetch()}>
            重试
          </Button>
        </ErrorBlock>
      );
    }
    return (
      <div className="page-loading">
        <DotLoading color="primary" />
      </div>
    );
  }

  const tab = TABS.find((t) => t.key === location.pathname)?.key;
  return (
    <div className={tab ? 'app app-with-tabs' : 'app'}>
      {!online && (
        <div className="offline-banner" role="status">
          当前离线，操作将在联网后自动提交
        </div>
      )}
      {updateReady && (
        <div className="update-banner" role="status">
          <span>洮泊家园有新版本</span>
          <Button size="small" color="primary" onClick={applyUpdate}>
            立即更新
          </Button>
        </div>
      )}
      <main className="app-main">
        <Suspense
          fallback={
            <div className="page-loading">
              <DotLoading color="primary" />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      {tab && (
        <nav className="tab-bar" aria-label="主导航">
          <TabBar activeKey={tab} onChange={(key) => navigate(key)} safeArea>
            {TABS.map((t) => (
              <TabBar.Item
                key={t.key}
                title={t.title}
                icon={t.icon}
                badge={t.key === '/inbox' && unread > 0 ? (unread > 99 ? '99+' : unread) : undefined}
              />
            ))}
          </TabBar>
        </nav>
      )}
    </div>
  );
}
