import { useNavigate } from 'react-router';
import { Button, Dialog, DotLoading, List, NavBar, Tag, Toast } from 'antd-mobile';
import {
  bookingStatusLabels,
  counsellingModeLabels,
  instrumentLabels,
  severityLabels,
  type Booking,
} from '@taobo/contracts';
import { errorMessage } from '../api.ts';
import { enqueue } from '../offline/outbox.ts';
import { Hotlines } from './Hotlines.tsx';
import { dayLabel, timeLabel } from '../dates.ts';
import { KindOutbox } from '../offline/OutboxStatus.tsx';
import { BOOKINGS_KEY, SCREENINGS_KEY, SLOTS_KEY, useBookings, useScreenings } from './queries.ts';
import './counselling.css';

const statusColor: Record<Booking['status'], string> = {
  requested: 'warning',
  confirmed: 'primary',
  completed: 'success',
  cancelled: 'default',
};

/** 心理康复: self-screening, booking a counsellor, my bookings and my results. */
export default function CounsellingPage() {
  const navigate = useNavigate();
  const bookings = useBookings();
  const screenings = useScreenings();
  const upcoming = (bookings.data ?? []).filter((b) => b.status === 'requested' || b.status === 'confirmed');
  const past = (bookings.data ?? []).filter((b) => b.status === 'completed' || b.status === 'cancelled');

  async function cancel(b: Booking) {
    const ok = await Dialog.confirm({
      title: '取消这次预约？',
      content: `${dayLabel(b.date)} ${b.startTime}，${b.counsellor.name}`,
      confirmText: '取消预约',
      cancelText: '保留',
    });
    if (!ok) return;
    await enqueue({
      kind: 'counselling',
      label: `取消咨询预约（${dayLabel(b.date)} ${b.startTime}）`,
      path: '/api/m/counselling/bookings/{id}/cancel',
      params: { id: b.id },
      body: {},
    });
    Toast.show({ content: '已提交取消，该时段会开放给其他人' });
  }

  return (
    <div className="cs-page">
      <NavBar onBack={() => void navigate('/')}>心理康复</NavBar>
      <KindOutbox
        kind="counselling"
        refresh={[BOOKINGS_KEY, SCREENINGS_KEY, SLOTS_KEY]}
        next={{ pending: '联网后自动发送，无需重复操作' }}
        showSentMs={0}
        maxAgeMs={24 * 3_600_000}
        title="待发送的操作"
        testId="outbox-item"
      />

      <section className="cs-card" aria-labelledby="cs-screen">
        <h2 id="cs-screen">心理自评</h2>
        <p className="cs-muted">
          用几分钟了解最近两周的情绪状态（PHQ-9 抑郁量表、GAD-7
          焦虑量表）。结果只有您和心理咨询师能看到详细作答。
        </p>
        <div className="cs-row">
          <Button
            color="primary"
            className="cs-big-button"
            onClick={() => void navigate('/counselling/screening/phq9')}
          >
            抑郁自评
          </Button>
          <Button
            color="primary"
            fill="outline"
            className="cs-big-button"
            onClick={() => void navigate('/counselling/screening/gad7')}
          >
            焦虑自评
          </Button>
        </div>
      </section>

      <section className="cs-card" aria-labelledby="cs-book">
        <h2 id="cs-book">心理咨询</h2>
        <p className="cs-muted">预约本县（区）的心理咨询师，可选线上、电话或面谈。咨询师确认后会通知您。</p>
        <Button
          block
          color="primary"
          className="cs-big-button"
          onClick={() => void navigate('/counselling/book')}
        >
          预约心理咨询
        </Button>
      </section>

      <List header="我的预约">
        {bookings.isPending ? (
          <List.Item>
            <DotLoading />
          </List.Item>
        ) : bookings.isError ? (
          <List.Item>加载失败：{errorMessage(bookings.error)}</List.Item>
        ) : upcoming.length + past.length === 0 ? (
          <List.Item>暂无预约</List.Item>
        ) : (
          [...upcoming, ...past.slice(0, 5)].map((b) => (
            <List.Item
              key={b.id}
              className="cs-list-item"
              data-testid="booking"
              description={
                <>
                  {counsellingModeLabels[b.mode].zh}
                  {b.place ? ` · ${b.place}` : ''} · {b.durationMinutes} 分钟
                  {b.status === 'requested' && <div>等待咨询师确认，确认后会通知您</div>}
                  {b.status === 'cancelled' && b.cancelledBy === 'counsellor' && (
                    <div>咨询师已取消：{b.cancelReason}</div>
                  )}
                </>
              }
              extra={
                <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 6 }}>
                  <Tag color={statusColor[b.status]}>{bookingStatusLabels[b.status].zh}</Tag>
                  {(b.status === 'requested' || b.status === 'confirmed') && (
                    <Button size="small" onClick={() => void cancel(b)} style={{ minHeight: 44 }}>
                      取消
                    </Button>
                  )}
                </div>
              }
            >
              {dayLabel(b.date)} {b.startTime} · {b.counsellor.name}
            </List.Item>
          ))
        )}
      </List>

      <List header="自评记录">
        {screenings.isPending ? (
          <List.Item>
            <DotLoading />
          </List.Item>
        ) : screenings.isError ? (
          <List.Item>加载失败：{errorMessage(screenings.error)}</List.Item>
        ) : screenings.data.length === 0 ? (
          <List.Item>还没有自评记录</List.Item>
        ) : (
          screenings.data.map((s) => (
            <List.Item
              key={s.id}
              className="cs-list-item"
              data-testid="screening"
              description={timeLabel(s.createdAt)}
              extra={<Tag color={s.alert ? 'danger' : 'primary'}>{severityLabels[s.severity].zh}</Tag>}
            >
              {instrumentLabels[s.instrument].zh}：{s.total}/{s.maxTotal} 分
            </List.Item>
          ))
        )}
      </List>
      <Hotlines />
    </div>
  );
}
