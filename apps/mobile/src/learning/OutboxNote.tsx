import { Button } from 'antd-mobile';
import { retry, type OutboxItem } from '../offline/outbox.ts';
import { STATE_TEXT } from '../offline/OutboxStatus.tsx';

/** One queued learning write and its state, in the person's words. */
export function OutboxNote({ item, pendingHint }: { item: OutboxItem; pendingHint?: string }) {
  return (
    <div className={`outbox-note outbox-${item.state}`} role="status">
      <span>
        {item.label}：{STATE_TEXT[item.state]}
        {item.state === 'failed' && item.error ? `：${item.error}` : ''}
        {item.state === 'pending' && (pendingHint ?? '，联网后自动发送')}
      </span>
      {item.state === 'failed' && (
        <Button size="mini" onClick={() => void retry(item.id)}>
          重试
        </Button>
      )}
    </div>
  );
}
