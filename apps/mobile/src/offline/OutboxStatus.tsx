import { useEffect, useRef } from 'react';
import { Button, Dialog } from 'antd-mobile';
import { useQueryClient } from '@tanstack/react-query';
import { discard, retry, useOutbox, type OutboxItem } from './outbox.ts';

/** A queued write's state in the person's words. */
export const STATE_TEXT: Record<OutboxItem['state'], string> = {
  pending: '待发送',
  sending: '发送中',
  sent: '已提交',
  failed: '失败',
};

/** What the person reads for a queued write's state: 待发送 / 发送中 / 已提交 / 失败：原因. */
export function outboxStateText(item: OutboxItem): string {
  switch (item.state) {
    case 'pending':
      return item.attempts > 0 && item.error ? `待发送：${item.error}` : '待发送';
    case 'sending':
      return '发送中';
    case 'sent':
      return '已提交';
    case 'failed':
      return `失败：${item.error ?? '未知原因'}`;
  }
}

/** The state as a coloured line, for module pages to show beside each write. */
export function OutboxStatus({ item }: { item: OutboxItem }) {
  return (
    <span className={`state-${item.state}`} data-state={item.state}>
      {outboxStateText(item)}
    </span>
  );
}

/** How long a sent write stays listed, as a receipt with what happens next. */
const SHOW_SENT_MS = 10 * 60_000;

/**
 * A page's queued writes of one outbox kind with their state in words — 待发送 / 发送中 / 已提交 /
 * 失败：原因 — and what happens next. A pending or failed write can be sent now or given up. When
 * one is sent or fails, the lists in `refresh` are read again.
 */
export function KindOutbox({
  kind,
  refresh,
  next = {},
  title = '我的提交',
  showSentMs = SHOW_SENT_MS,
  maxAgeMs = Infinity,
  testId = `outbox-${kind}`,
}: {
  kind: string;
  refresh: readonly (readonly unknown[])[];
  /** What happens next, by state (pending also covers sending). */
  next?: { pending?: string; sent?: string };
  /** The section's accessible name. */
  title?: string;
  /** How long a sent write stays listed (0: not at all). */
  showSentMs?: number;
  /** Writes older than this are not listed. */
  maxAgeMs?: number;
  testId?: string;
}) {
  const all = useOutbox(kind);
  const client = useQueryClient();
  const settled = all.filter((i) => i.state === 'sent' || i.state === 'failed').length;
  const seen = useRef(settled);
  useEffect(() => {
    if (settled !== seen.current) {
      seen.current = settled;
      for (const key of refresh) void client.invalidateQueries({ queryKey: key });
    }
  }, [settled, client, refresh]);
  const items = all.filter((i) => {
    const age = Date.now() - Date.parse(i.createdAt);
    return age < (i.state === 'sent' ? Math.min(showSentMs, maxAgeMs) : maxAgeMs);
  });
  if (!items.length) return null;
  return (
    <section className="kind-outbox" aria-label={title}>
      {items.map((item) => (
        <div
          key={item.id}
          role="status"
          className={`kind-outbox-item kind-outbox-${item.state}`}
          data-testid={testId}
          data-state={item.state}
        >
          <div>
            <strong>{item.label}</strong>：
            <span className={`state-${item.state}`}>
              {STATE_TEXT[item.state]}
              {item.state === 'failed' && item.error ? `：${item.error}` : ''}
            </span>
          </div>
          {(item.state === 'pending' || item.state === 'sending') && next.pending && (
            <div className="muted">{next.pending}</div>
          )}
          {item.state === 'sent' && next.sent && <div className="muted">{next.sent}</div>}
          {(item.state === 'pending' || item.state === 'failed') && (
            <div className="action-row">
              <Button size="small" color="primary" fill="outline" onClick={() => void retry(item.id)}>
                {item.state === 'failed' ? '重新提交' : '立即发送'}
              </Button>
              <Button
                size="small"
                color="danger"
                fill="outline"
                onClick={async () => {
                  const ok = await Dialog.confirm({
                    title: '放弃这条操作？',
                    content: `“${item.label}”尚未成功提交，放弃后不会再发送。`,
                    confirmText: '放弃',
                    cancelText: '保留',
                  });
                  if (ok) await discard(item.id);
                }}
              >
                放弃
              </Button>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
