import { Button, Dialog, List } from 'antd-mobile';
import { shanghaiDate, shanghaiTime } from '@taobo/domain';
import { discard, retry, useOutbox } from './outbox.ts';
import { OutboxStatus } from './OutboxStatus.tsx';

/** `11/30 14:07`. */
function time(iso: string): string {
  const [, month, day] = shanghaiDate(iso).split('-');
  return `${Number(month)}/${Number(day)} ${shanghaiTime(iso)}`;
}

/**
 * Every write made on this phone and its state. Sent ones stay listed (as a receipt) until
 * removed; a failed one can be sent again (same idempotency key: never done twice) or dropped.
 */
export function OutboxList() {
  const items = useOutbox();
  if (!items.length) {
    return (
      <div className="card muted" style={{ margin: '0 12px' }}>
        没有待发送的操作。离线时提交的报到、上传和申请会先保存在这里，联网后自动提交。
      </div>
    );
  }
  return (
    <List className="outbox-list">
      {items.map((item) => (
        <List.Item
          key={item.id}
          description={
            <>
              <OutboxStatus item={item} />
              <span className="muted"> · {time(item.createdAt)}</span>
              {(item.state === 'failed' || item.state === 'pending' || item.state === 'sent') && (
                <div className="action-row">
                  {item.state !== 'sent' && (
                    <Button size="small" color="primary" fill="outline" onClick={() => void retry(item.id)}>
                      {item.state === 'failed' ? '重新提交' : '立即发送'}
                    </Button>
                  )}
                  <Button
                    size="small"
                    color={item.state === 'sent' ? 'default' : 'danger'}
                    fill="outline"
                    onClick={async () => {
                      if (item.state !== 'sent') {
                        const ok = await Dialog.confirm({
                          title: '放弃这条操作？',
                          content: `“${item.label}”尚未提交，放弃后不会再发送，需要时请重新填写。`,
                          confirmText: '放弃',
                          cancelText: '保留',
                        });
                        if (!ok) return;
                      }
                      await discard(item.id);
                    }}
                  >
                    {item.state === 'sent' ? '移除记录' : '放弃'}
                  </Button>
                </div>
              )}
            </>
          }
        >
          {item.label}
        </List.Item>
      ))}
    </List>
  );
}
