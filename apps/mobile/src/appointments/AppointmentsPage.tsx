import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Dialog, DotLoading, ErrorBlock, NavBar, Selector, Toast } from 'antd-mobile';
import { useQuery } from '@tanstack/react-query';
import type {
  DayAvailability,
  MyAppointment,
  MyAppointments,
  MyStation,
  SlotAvailability,
} from '@taobo/contracts';
import { api, errorMessage } from '../api.ts';
import { enqueue, useOutbox } from '../offline/outbox.ts';
import { dayLabel, shortDate } from '../dates.ts';
import { KindOutbox } from '../offline/OutboxStatus.tsx';
import './appointments.css';

const MINE = ['appointments', 'mine'] as const;
const STATIONS = ['appointments', 'stations'] as const;
const availabilityKey = (stationId: string) => ['appointments', 'availability', stationId] as const;
const REFRESH = [MINE, ['appointments', 'availability'], ['home']] as const;

const STATUS_TEXT: Record<MyAppointment['status'], string> = {
  booked: '已预约',
  arrived: '已到检',
  tested: '已检测',
  cancelled: '已取消',
};

function Loading() {
  return (
    <div style={{ textAlign: 'center', padding: 32 }}>
      <DotLoading color="primary" />
    </div>
  );
}

/** 当前检测期: the window a booking should serve, and whether it has one. */
function WindowCard({ mine }: { mine: MyAppointments }) {
  const w = mine.current;
  if (!w) {
    return (
      <section className="ap-card ap-window" data-testid="current-window">
        <h2>当前检测期</h2>
        <div className="muted">您当前没有待完成的检测，无需预约。如有疑问请联系负责您的工作人员。</div>
      </section>
    );
  }
  return (
    <section
      className={`ap-card ap-window${mine.currentBooked ? ' ap-window-done' : ''}`}
      data-testid="current-window"
    >
      <h2>当前检测期</h2>
      <div>
        {shortDate(w.start)} 至 <strong>{shortDate(w.deadline)}</strong>
        {w.plan === 'random' ? '（随机抽检）' : ''}
      </div>
      <div className="muted" style={{ marginTop: 4 }}>
        {mine.currentBooked
          ? '本期已预约，请按时到检测站检测。'
          : `请在 ${shortDate(w.deadline)} 前预约并完成检测，逾期未检测将按未按期检测处理。`}
      </div>
    </section>
  );
}

function Booking({ a, onMove }: { a: MyAppointment; onMove: (a: MyAppointment) => void }) {
  async function cancel() {
    const ok = await Dialog.confirm({
      title: '取消预约？',
      content: `将取消 ${dayLabel(a.date)} ${a.start}–${a.end} 在${a.station.name}的检测预约。取消后请在 ${shortDate(a.window.deadline)} 前重新预约。`,
      confirmText: '取消预约',
      cancelText: '不取消',
    });
    if (!ok) return;
    await enqueue({
      kind: 'appointment',
      label: `取消预约（${shortDate(a.date)} ${a.start}）`,
      path: '/api/m/appointments/{id}/cancel',
      params: { id: a.id },
    });
  }
  return (
    <div className="ap-booking" data-testid="my-appointment" data-status={a.status}>
      <div>
        <strong>
          {dayLabel(a.date)} {a.start}–{a.end}
        </strong>
        <span className={`ap-status ap-status-${a.status}`}>{STATUS_TEXT[a.status]}</span>
      </div>
      <div className="muted">
        {a.station.name} · {a.station.address}
        {a.station.phone ? ` · ${a.station.phone}` : ''}
      </div>
      <div className="muted">
        服务检测期：{shortDate(a.window.start)} 至 {shortDate(a.window.deadline)}
      </div>
      {a.cancelledByStaff && a.cancelReason && (
        <div className="ap-error">工作人员已取消：{a.cancelReason}。请重新预约。</div>
      )}
      {a.changeable && (
        <div className="action-row">
          <Button size="small" color="primary" fill="outline" onClick={() => onMove(a)}>
            改约
          </Button>
          <Button size="small" color="danger" fill="outline" onClick={() => void cancel()}>
            取消预约
          </Button>
        </div>
      )}
    </div>
  );
}

function dayDisabledReason(d: DayAvailability): string | null {
  if (d.closed) return `停诊：${d.closed}`;
  if (!d.slots.length) return '当日不开放';
  if (!d.window) return '当日没有待完成的检测';
  if (d.slots.every((s) => s.started || s.remaining === 0)) return '已约满';
  return null;
}

/** Picks a day of the next 14 and a slot with places left; books (or moves `moving` to it) through the outbox. */
function BookPanel({
  stations,
  moving,
  onDone,
}: {
  stations: MyStation[];
  moving: MyAppointment | null;
  onDone: () => void;
}) {
  const [stationId, setStationId] = useState<string>(moving?.station.id ?? stations[0]?.id ?? '');
  const [date, setDate] = useState<string | null>(null);
  const availability = useQuery({
    queryKey: availabilityKey(stationId),
    queryFn: ({ signal }) =>
      api.get('/api/m/stations/{id}/availability', { params: { id: stationId }, signal }),
    enabled: !!stationId,
  });
  const days = availability.data?.days;
  const day = days?.find((d) => d.date === date) ?? null;
  // Open on the first day that can be booked.
  useEffect(() => {
    if (!date && days?.length) setDate(days.find((d) => !dayDisabledReason(d))?.date ?? days[0]!.date);
  }, [date, days]);

  async function pick(d: DayAvailability, s: SlotAvailability) {
    const station = availability.data!.station;
    const what = `${dayLabel(d.date)} ${s.start}–${s.end}`;
    const ok = await Dialog.confirm({
      title: moving ? '确认改约' : '确认预约',
      content: (
        <div style={{ lineHeight: '22px' }}>
          <div>
            <strong>{what}</strong>
          </div>
          <div>{station.name}</div>
          <div className="muted">{station.address}</div>
          {d.window && (
            <div className="muted">本次检测计入 {shortDate(d.window.deadline)} 截止的检测期。</div>
          )}
        </div>
      ),
      confirmText: moving ? '确认改约' : '确认预约',
      cancelText: '再看看',
    });
    if (!ok) return;
    try {
      const body = { slotId: s.slotId, date: d.date };
      await (moving
        ? enqueue({
            kind: 'appointment',
            label: `改约到 ${shortDate(d.date)} ${s.start}`,
            path: '/api/m/appointments/{id}/reschedule',
            params: { id: moving.id },
            body,
          })
        : enqueue({
            kind: 'appointment',
            label: `预约检测（${shortDate(d.date)} ${s.start}）`,
            path: '/api/m/appointments',
            body,
          }));
      onDone();
    } catch (e) {
      Toast.show({ content: errorMessage(e) });
    }
  }

  return (
    <section className="ap-card" aria-label={moving ? '改约' : '预约检测'} data-testid="book-panel">
      <h2>{moving ? `改约：${dayLabel(moving.date)} ${moving.start} → 选择新的时段` : '预约检测'}</h2>
      {stations.length > 1 && (
        <Selector
          aria-label="检测站点"
          columns={1}
          options={stations.map((s) => ({ value: s.id, label: s.name, description: s.address }))}
          value={[stationId]}
          onChange={(v) => {
            if (v[0]) {
              setStationId(v[0]);
              setDate(null);
            }
          }}
        />
      )}
      {stations.length === 1 && (
        <div className="muted" style={{ marginBottom: 8 }}>
          {stations[0]!.name} · {stations[0]!.address}
        </div>
      )}
      {availability.isPending ? (
        <Loading />
      ) : availability.isError ? (
        <div className="ap-error">{errorMessage(availability.error)}</div>
      ) : (
        <>
          <div className="ap-days" role="group" aria-label="选择日期">
            {(days ?? []).map((d) => {
              const reason = dayDisabledReason(d);
              return (
                <button
                  key={d.date}
                  type="button"
                  className="ap-day"
                  aria-pressed={d.date === date}
                  disabled={!!reason && d.date !== date}
                  onClick={() => setDate(d.date)}
                  data-testid={`day-${d.date}`}
                >
                  {Number(d.date.slice(5, 7))}/{Number(d.date.slice(8, 10))}
                  <small>{dayLabel(d.date).split(' ')[1]}</small>
                  <small>{d.closed ? '停诊' : reason ? '—' : '可约'}</small>
                </button>
              );
            })}
          </div>
          {day && (
            <div>
              {dayDisabledReason(day) && <div className="muted">{dayDisabledReason(day)}</div>}
              {day.window && day.windowBooked && !moving && (
                <div className="ap-error">该检测期已有预约，如需更换时间请在上方“我的预约”中改约。</div>
              )}
              {!day.closed &&
                day.window &&
                day.slots.map((s) => {
                  const full = s.remaining === 0;
                  const disabled = s.started || full || (day.windowBooked && !moving);
                  return (
                    <button
                      key={s.slotId}
                      type="button"
                      className="ap-slot"
                      disabled={disabled}
                      onClick={() => void pick(day, s)}
                      data-testid="slot"
                    >
                      <strong>
                        {s.start}–{s.end}
                      </strong>
                      <span>{s.started ? '已开始' : full ? '已约满' : `剩余 ${s.remaining} 个`}</span>
                    </button>
                  );
                })}
            </div>
          )}
        </>
      )}
      {moving && (
        <Button block fill="none" style={{ marginTop: 8, minHeight: 44 }} onClick={onDone}>
          不改约了
        </Button>
      )}
    </section>
  );
}

/** 检测预约: the current test window, my bookings (reschedule / cancel), and booking a slot. */
export default function AppointmentsPage() {
  const navigate = useNavigate();
  const mine = useQuery({
    queryKey: MINE,
    queryFn: ({ signal }) => api.get('/api/m/appointments', { signal }),
  });
  const stations = useQuery({
    queryKey: STATIONS,
    queryFn: ({ signal }) => api.get('/api/m/stations', { signal }),
  });
  const [moving, setMoving] = useState<MyAppointment | null>(null);
  const waiting = useOutbox('appointment').some((i) => i.state === 'pending' || i.state === 'sending');
  const active = useMemo(
    () => (mine.data?.items ?? []).filter((a) => a.status === 'booked' || a.status === 'arrived'),
    [mine.data],
  );
  const past = (mine.data?.items ?? [])
    .filter((a) => a.status !== 'booked' && a.status !== 'arrived')
    .slice(0, 10);

  return (
    <div className="ap-page">
      <NavBar onBack={() => void navigate('/')}>检测预约</NavBar>
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <ErrorBlock status="disconnected" title="加载失败" description={errorMessage(mine.error)}>
          <Button color="primary" onClick={() => void mine.refetch()}>
            重试
          </Button>
        </ErrorBlock>
      ) : (
        <>
          <WindowCard mine={mine.data} />
          <KindOutbox
            kind="appointment"
            refresh={REFRESH}
            next={{
              pending: '已保存在手机上，联网后自动提交，无需重复操作。',
              sent: '已提交成功，结果见下方“我的预约”，也会发消息通知您。检测前一天会提醒您。',
            }}
          />
          {active.length > 0 && (
            <section className="ap-card" aria-label="我的预约">
              <h2>我的预约</h2>
              {active.map((a) => (
                <Booking key={a.id} a={a} onMove={setMoving} />
              ))}
            </section>
          )}
          {stations.isPending ? (
            <Loading />
          ) : stations.isError ? (
            <div className="ap-card ap-error">{errorMessage(stations.error)}</div>
          ) : stations.data.length === 0 ? (
            <section className="ap-card muted">
              本县（区）暂未开放检测预约，请联系负责您的工作人员安排检测。
            </section>
          ) : (
            (moving || (mine.data.current && !mine.data.currentBooked && !waiting)) && (
              <BookPanel
                key={moving?.id ?? 'new'}
                stations={stations.data}
                moving={moving}
                onDone={() => setMoving(null)}
              />
            )
          )}
          {!moving && mine.data.currentBooked && (
            <div className="muted" style={{ margin: '0 16px' }}>
              需要换时间？点“改约”选择新的时段；不能按时到场请提前取消并重新预约。时段开始后不能再更改。
            </div>
          )}
          {past.length > 0 && (
            <section className="ap-card" aria-label="历史预约">
              <h2>历史预约</h2>
              {past.map((a) => (
                <Booking key={a.id} a={a} onMove={setMoving} />
              ))}
            </section>
          )}
        </>
      )}
    </div>
  );
}
