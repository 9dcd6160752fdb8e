import { useEffect, useRef } from 'react';
import { Button } from 'antd-mobile';
import { useQueryClient } from '@tanstack/react-query';
import { discard, retry, useOutbox, type OutboxItem } from '../offline/outbox.ts';
import './supervision.css';

const STATE_TEXT: Record<OutboxItem['state'], string> = {
  pending: '待发送',
  sending: '发送中',
  sent: '已提交',
  failed: '失败',
};
/** Sent writes stay visible for a while, so the person sees "已提交" and what happens next. */
const SHOW_SENT_MS = 10 * 60_000;

/**
 * The person's queued writes of one kind (在线报到 or 在线请假), each with its state in words and
 * what happens next; when one is sent, `refresh` lists are read again.
 */
export function OutboxStatus({
  kind,
  refresh,
  next,
}: {
  kind: string;
  refresh: readonly (readonly string[])[];
  /** What happens next, by state. */
  next: { pending: string; sent: string };
}) {
  const items = useOutbox(kind).filter(
    (i) => i.state !== 'sent' || Date.now() - Date.parse(i.createdAt) < SHOW_SENT_MS,
  );
  const client = useQueryClient();
  const sent = items.filter((i) => i.state === 'sent').length;
  const seen = useRef(sent);
  useEffect(() => {
    if (sent !== seen.current) {
      seen.current = sent;
      for (const key of refresh) void client.invalidateQueries({ queryKey: key });
    }
  }, [sent, client, refresh]);
  if (items.length === 0) return null;
  return (
    <section className="ck-outbox" aria-label="我的提交">
      {items.map((item) => (
        <div
          key={item.id}
          role="status"
          data-testid={`outbox-${kind}`}
          data-state={item.state}
          className={`ck-outbox-item ck-outbox-${item.state}`}
        >
          <strong>{item.label}</strong>：{STATE_TEXT[item.state]}
          {item.state === 'failed' && item.error ? `：${item.error}` : ''}
          {(item.state === 'pending' || item.state === 'sending') && (
            <div className="ck-muted">{next.pending}</div>
          )}
          {item.state === 'sent' && <div className="ck-muted">{next.sent}</div>}
          {item.state === 'failed' && (
            <div className="ck-row">
              <Button size="small" onClick={() => void retry(item.id)}>
                重试
              </Button>
              <Button size="small" fill="none" onClick={() => void discard(item.id)}>
                删除
              </Button>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}

/** Today in Asia/Shanghai, 'YYYY-MM-DD' (the server decides; this is for what the page offers). */
export function localToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** "11月30日" for a business date. */
export function shortDate(date: string): string {
  const [, m, d] = date.split('-');
  return `${Number(m)}月${Number(d)}日`;
}
