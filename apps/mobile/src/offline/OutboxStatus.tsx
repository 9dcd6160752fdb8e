import type { OutboxItem } from './outbox.ts';

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
