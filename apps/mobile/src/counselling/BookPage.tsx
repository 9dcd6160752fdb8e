import { useNavigate } from 'react-router';
import { Button, Dialog, DotLoading, ErrorBlock, List, NavBar, Toast } from 'antd-mobile';
import { counsellingModeLabels, type BookableSlot } from '@taobo/contracts';
import { errorMessage } from '../api.ts';
import { enqueue } from '../offline/outbox.ts';
import { dayLabel } from '../dates.ts';
import { useSlots } from './queries.ts';
import './counselling.css';

/** Choose a counsellor's open time in the next two weeks. */
export default function BookPage() {
  const navigate = useNavigate();
  const slots = useSlots();
  const byDay = new Map<string, BookableSlot[]>();
  for (const s of slots.data ?? []) byDay.set(s.date, [...(byDay.get(s.date) ?? []), s]);

  async function book(s: BookableSlot) {
    const what = `${dayLabel(s.date)} ${s.startTime}，${s.counsellor.name}，${counsellingModeLabels[s.mode].zh}`;
    const ok = await Dialog.confirm({
      title: '预约这个时间？',
      content: what,
      confirmText: '预约',
      cancelText: '再看看',
    });
    if (!ok) return;
    await enqueue({
      kind: 'counselling',
      label: `咨询预约（${dayLabel(s.date)} ${s.startTime}）`,
      path: '/api/m/counselling/bookings',
      body: { availabilityId: s.availabilityId, date: s.date },
    });
    Toast.show({ content: '预约已保存并开始发送，咨询师确认后会通知您', duration: 2500 });
    void navigate('/counselling', { replace: true });
  }

  return (
    <div className="cs-page">
      <NavBar onBack={() => void navigate('/counselling')}>预约心理咨询</NavBar>
      {slots.isPending ? (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <DotLoading color="primary" />
        </div>
      ) : slots.isError ? (
        <ErrorBlock status="disconnected" title="加载失败" description={errorMessage(slots.error)}>
          <Button color="primary" onClick={() => void slots.refetch()}>
            重试
          </Button>
        </ErrorBlock>
      ) : byDay.size === 0 ? (
        <ErrorBlock
          status="empty"
          title="近两周暂无可预约时间"
          description="咨询师发布时间后会显示在这里；需要帮助可联系您的社工"
        />
      ) : (
        [...byDay.entries()].map(([date, list]) => (
          <section key={date} aria-label={dayLabel(date)}>
            <div className="cs-slot-day">{dayLabel(date)}</div>
            <List>
              {list.map((s) => (
                <List.Item
                  key={`${s.availabilityId}-${s.date}`}
                  className="cs-list-item"
                  data-testid="slot"
                  onClick={() => void book(s)}
                  description={`${counsellingModeLabels[s.mode].zh}${s.place ? ` · ${s.place}` : ''} · ${s.durationMinutes} 分钟`}
                >
                  {s.startTime} · {s.counsellor.name}
                </List.Item>
              ))}
            </List>
          </section>
        ))
      )}
    </div>
  );
}
