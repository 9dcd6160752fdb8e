import { useEffect, useRef } from 'react';
import { Button } from 'antd-mobile';
import { useQueryClient } from '@tanstack/react-query';
import { discard, retry, useOutbox, type OutboxItem } from '../offline/outbox.ts';

const STATE_TEXT: Record<OutboxItem['state'], string> = {
  pending: '待发送',
  sending: '发送中',
  sent: '已提交',
  failed: '失败',
};
const RECENT_MS = 24 * 3_600_000;

/**
 * The person's queued writes of one kind, each with its state in plain words, and what happens
 * next. When a write is sent, the lists it changes (`refresh`) are read again.
 */
export function OutboxList({
  kind,
  refresh,
  pendingHint,
}: {
  kind: string;
  refresh: string[][];
  pendingHint: string;
}) {
  const items = useOutbox(kind).filter((i) => Date.now() - Date.parse(i.createdAt) < RECENT_MS);
  const client = useQueryClient();
  const sent = items.filter((i) => i.state === 'sent').length;
  const seen = useRef(sent);
  useEffect(() => {
    if (sent !== seen.current) {
      seen.current = sent;
      for (const key of refresh) void client.invalidateQueries({ queryKey: key });
    }
  }, [sent, client, refresh]);
  const open = items.filter((i) => i.state !== 'sent');
  if (open.length === 0) return null;
  return (
    <section className="cs-outbox" aria-label="待发送的操作">
      {open.map((item) => (
        <div
          key={item.id}
          className={`cs-outbox-item cs-outbox-${item.state}`}
          role="status"
          data-testid="outbox-item"
        >
          <div>
            <strong>{item.label}</strong>：{STATE_TEXT[item.state]}
            {item.state === 'failed' && item.error ? `：${item.error}` : ''}
            {item.state === 'pending' && <div className="cs-muted">{pendingHint}</div>}
          </div>
          {item.state === 'failed' && (
            <div className="cs-row">
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

/** The state of one queued write, e.g. right after the person submits it. */
export function useOutboxItem(kind: string, id: string | null): OutboxItem | undefined {
  return useOutbox(kind).find((i) => i.id === id);
}
export { STATE_TEXT };
