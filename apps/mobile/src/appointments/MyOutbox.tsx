import { useEffect, useRef } from 'react';
import { Button, Dialog } from 'antd-mobile';
import { useQueryClient } from '@tanstack/react-query';
import { discard, retry, useOutbox, type OutboxItem } from '../offline/outbox.ts';
import './appointments.css';

const STATE_TEXT: Record<OutboxItem['state'], string> = {
  pending: '待发送',
  sending: '发送中',
  sent: '已提交',
  failed: '失败',
};
/** A sent write stays listed for a while, as a receipt with what happens next. */
const SHOW_SENT_MS = 10 * 60_000;

/**
 * This page's queued writes (one outbox kind) with their state in words — 待发送 / 发送中 /
 * 已提交 / 失败：原因 — and what happens next; lists in `refresh` are re-read when one is sent.
 */
export function MyOutbox({
  kind,
  refresh,
  next,
}: {
  kind: string;
  refresh: readonly (readonly unknown[])[];
  next: { pending: string; sent: string };
}) {
  const items = useOutbox(kind).filter(
    (i) => i.state !== 'sent' || Date.now() - Date.parse(i.createdAt) < SHOW_SENT_MS,
  );
  const client = useQueryClient();
  const settled = items.filter((i) => i.state === 'sent' || i.state === 'failed').length;
  const seen = useRef(settled);
  useEffect(() => {
    if (settled !== seen.current) {
      seen.current = settled;
      for (const key of refresh) void client.invalidateQueries({ queryKey: key });
    }
  }, [settled, client, refresh]);
  if (!items.length) return null;
  return (
    <section className="ap-outbox" aria-label="我的提交">
      {items.map((item) => (
        <div
          key={item.id}
          role="status"
          className={`ap-outbox-item ap-outbox-${item.state}`}
          data-testid={`outbox-${kind}`}
          data-state={item.state}
        >
          <div>
            <strong>{item.label}</strong>：
            <span className={`state-${item.state}`}>
              {STATE_TEXT[item.state]}
              {item.state === 'failed' && item.error ? `：${item.error}` : ''}
            </span>
          </div>
          {(item.state === 'pending' || item.state === 'sending') && (
            <div className="muted">{next.pending}</div>
          )}
          {item.state === 'sent' && <div className="muted">{next.sent}</div>}
          {item.state !== 'sent' && item.state !== 'sending' && (
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

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
/** `2026-12-01` → `12月1日 周二`. */
export function dayLabel(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 周${WEEKDAYS[d.getUTCDay()]}`;
}
/** `2026-12-01` → `12月1日`. */
export function shortDay(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
