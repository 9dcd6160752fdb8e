import { useNavigate } from 'react-router';
import {
  Badge,
  Button,
  Dialog,
  ErrorBlock,
  InfiniteScroll,
  List,
  NavBar,
  PullToRefresh,
  Toast,
} from 'antd-mobile';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationItem } from '@taobo/contracts';
import { shanghaiDate, shanghaiTime, todayInShanghai } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { timeLabel } from '../dates.ts';

const PAGE_SIZE = 20;

const KIND: Record<string, string> = {
  test_due: '检测提醒',
  appointment_reminder: '预约提醒',
  leave_decision: '外出报告',
  upload_review: '上传审核',
  checkin_due: '报到提醒',
  counselling: '心理康复',
  learning: '在线学习',
  assistance: '帮扶申请',
};

function when(iso: string): string {
  return shanghaiDate(iso) === todayInShanghai() ? `今天 ${shanghaiTime(iso)}` : timeLabel(iso);
}

/**
 * Marking read is a small state change, sent at once with an idempotency key; it is not queued
 * in the outbox (offline, the message simply stays unread until the next tap).
 */
const markRead = (id: string) =>
  api.post('/api/m/notifications/{id}/read', { params: { id }, idempotencyKey: crypto.randomUUID() });

/** 消息: the person's inbox, newest first; tapping a message marks it read and opens what it is about. */
export default function InboxPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const inbox = useInfiniteQuery({
    queryKey: ['notifications', 'list'],
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/m/notifications', { query: { page: pageParam, pageSize: PAGE_SIZE }, signal }),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (pages.length * PAGE_SIZE < last.total ? pages.length + 1 : undefined),
  });
  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = inbox.data?.pages[0]?.unread ?? 0;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });

  async function open(n: NotificationItem) {
    if (!n.readAt) {
      await markRead(n.id)
        .then(() => {
          void refresh();
          void queryClient.invalidateQueries({ queryKey: ['home'] });
        })
        .catch(() => undefined);
    }
    if (n.link && n.link.startsWith('/m')) void navigate(n.link.slice(2) || '/');
    else void Dialog.alert({ title: n.title, content: n.body, confirmText: '知道了' });
  }

  async function readAll() {
    try {
      await api.post('/api/m/notifications/read-all', { idempotencyKey: crypto.randomUUID() });
      await refresh();
      void queryClient.invalidateQueries({ queryKey: ['home'] });
      Toast.show({ content: '已全部标为已读' });
    } catch (e) {
      Toast.show({ content: errorMessage(e) });
    }
  }

  return (
    <div>
      <NavBar
        back={null}
        right={
          unread > 0 && (
            <Button
              size="small"
              fill="none"
              color="primary"
              onClick={() => void readAll()}
              className="nav-action"
            >
              全部已读
            </Button>
          )
        }
      >
        消息{unread > 0 ? `（${unread}）` : ''}
      </NavBar>
      <PullToRefresh onRefresh={refresh}>
        {inbox.isError && !items.length ? (
          <ErrorBlock status="default" title="消息加载失败" description={errorMessage(inbox.error)}>
            <Button color="primary" onClick={() => void inbox.refetch()}>
              重试
            </Button>
          </ErrorBlock>
        ) : inbox.isSuccess && !items.length ? (
          <ErrorBlock status="empty" title="暂无消息" description="检测提醒、审批结果等消息会显示在这里" />
        ) : (
          <List className="inbox-list">
            {items.map((n) => (
              <List.Item
                key={n.id}
                onClick={() => void open(n)}
                prefix={<Badge content={n.readAt ? null : Badge.dot}> </Badge>}
                description={
                  <>
                    <div className="inbox-body">{n.body}</div>
                    <div className="muted">
                      {KIND[n.kind] ?? '通知'} · {when(n.createdAt)}
                    </div>
                  </>
                }
                arrowIcon={!!n.link}
              >
                <span className={n.readAt ? 'inbox-title' : 'inbox-title unread'}>{n.title}</span>
              </List.Item>
            ))}
          </List>
        )}
        {items.length > 0 && (
          <InfiniteScroll
            loadMore={async () => void (await inbox.fetchNextPage())}
            hasMore={!!inbox.hasNextPage}
          >
            {inbox.hasNextPage ? '加载中…' : '没有更多了'}
          </InfiniteScroll>
        )}
      </PullToRefresh>
    </div>
  );
}
