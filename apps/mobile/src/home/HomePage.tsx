import { Link, useNavigate } from 'react-router';
import { Button, ErrorBlock, Grid, NavBar, ProgressBar, PullToRefresh, Skeleton, Tag } from 'antd-mobile';
import {
  AppstoreOutline,
  BankcardOutline,
  CalendarOutline,
  CheckShieldOutline,
  HeartOutline,
  LocationOutline,
  MessageOutline,
  PicturesOutline,
  RightOutline,
} from 'antd-mobile-icons';
import { useQuery } from '@tanstack/react-query';
import type { Home, HomeMeasure, HomeTest } from '@taobo/contracts';
import { measureStatusLabels, measureTypeLabels } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { shortDate } from '../dates.ts';

const statusColors: Record<HomeMeasure['status'], string> = {
  pending_report: 'warning',
  executing: 'primary',
  suspended: 'default',
  refused: 'danger',
  terminated: 'default',
  released: 'success',
};

/** The module entries, one tap each. */
export const MODULES = [
  { key: 'appointments', title: '检测预约', icon: <CalendarOutline /> },
  { key: 'uploads', title: '异地上传', icon: <PicturesOutline /> },
  { key: 'checkins', title: '在线报到', icon: <LocationOutline /> },
  { key: 'leave', title: '在线请假', icon: <CheckShieldOutline /> },
  { key: 'counselling', title: '心理康复', icon: <HeartOutline /> },
  { key: 'learning', title: '在线学习', icon: <AppstoreOutline /> },
  { key: 'assistance', title: '帮扶申请', icon: <BankcardOutline /> },
] as const;

const LAST_HOME = 'taobo.home';
function lastHome(): Home | undefined {
  try {
    const raw = localStorage.getItem(LAST_HOME);
    return raw ? (JSON.parse(raw) as Home) : undefined;
  } catch {
    return undefined;
  }
}

/** 12月2日 from 2026-12-02. */
const fullDay = (d: string) => `${d.slice(0, 4)}年${shortDate(d)}`;

function MeasureCard({ m }: { m: HomeMeasure }) {
  return (
    <section className="card" aria-label="我的措施">
      <div className="card-head">
        <strong>我的{measureTypeLabels[m.type].zh}</strong>
        <Tag color={statusColors[m.status]} fill="outline">
          {measureStatusLabels[m.status].zh}
        </Tag>
      </div>
      {m.status === 'pending_report' && !m.reportOverdue && (
        <p className="next-step">
          请于 <b>{fullDay(m.reportDeadline)}</b> 前到{m.township.name}报到。报到后期限开始计算。
        </p>
      )}
      {m.status === 'pending_report' && m.reportOverdue && (
        <p className="next-step" data-testid="report-overdue">
          报到期限（{fullDay(m.reportDeadline)}）已过。请尽快到{m.township.name}
          报到；因住院、被羁押等原因未能报到的，请联系专干说明并提供证明，经审查可以延长期限。
        </p>
      )}
      {m.termStart && m.termEnd && (
        <>
          <div className="term-dates muted">
            {fullDay(m.termStart)} 至 {fullDay(m.termEnd)}
          </div>
          {m.progressPercent !== null && (
            <>
              <ProgressBar percent={m.progressPercent} text={`${m.progressPercent}%`} aria-label="期限进度" />
              <div className="muted" style={{ marginTop: 6 }}>
                {m.status === 'suspended'
                  ? '期限中止期间不计入，恢复执行后继续计算。'
                  : m.daysLeft
                    ? `已完成 ${m.progressPercent}%，距期满还有 ${m.daysLeft} 天。`
                    : '期限已满，请等待工作人员办理解除。'}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

function TestCard({ t }: { t: HomeTest }) {
  const navigate = useNavigate();
  const urgent = t.status === 'due' && t.daysToClose <= 2;
  return (
    <section className={urgent ? 'card card-urgent' : 'card'} aria-label="下一次检测">
      <div className="card-head">
        <strong>下一次检测</strong>
        {t.status === 'due' ? (
          <Tag color={urgent ? 'danger' : 'warning'}>
            {t.daysToClose === 0 ? '今天截止' : `还剩 ${t.daysToClose + 1} 天`}
          </Tag>
        ) : (
          <Tag color="default">未开始</Tag>
        )}
      </div>
      {t.status === 'due' ? (
        <p className="next-step">
          请在 <b>{shortDate(t.lastDay)}</b> 前完成本期检测（{shortDate(t.windowStart)}
          起）。逾期未检测将记为未按期检测。
        </p>
      ) : (
        <p className="next-step">
          下一期检测 <b>{shortDate(t.windowStart)}</b> 开始，<b>{shortDate(t.lastDay)}</b> 前完成。
        </p>
      )}
      <div className="action-row">
        <Button color="primary" onClick={() => navigate('/appointments')}>
          预约检测
        </Button>
        <Button color="primary" fill="outline" onClick={() => navigate('/uploads')}>
          异地上传
        </Button>
      </div>
    </section>
  );
}

/** 首页: the measure and term, what is due next and what to do, messages, and the modules. */
export default function HomePage() {
  const navigate = useNavigate();
  const home = useQuery<Home>({
    queryKey: ['home'],
    queryFn: async ({ signal }) => {
      const h = await api.get('/api/m/home', { signal });
      localStorage.setItem(LAST_HOME, JSON.stringify(h));
      return h;
    },
    placeholderData: () => lastHome(),
  });
  const h = home.data;

  return (
    <div className="home">
      <NavBar back={null}>洮泊家园</NavBar>
      <PullToRefresh onRefresh={async () => void (await home.refetch())}>
        <div className="page-pad">
          {!h && home.isPending && <Skeleton.Paragraph lineCount={6} animated />}
          {!h && home.isError && (
            <ErrorBlock status="default" title="首页加载失败" description={errorMessage(home.error)}>
              <Button color="primary" onClick={() => void home.refetch()}>
                重试
              </Button>
            </ErrorBlock>
          )}
          {h && (
            <>
              <h1 className="greeting">{h.person.name}，您好</h1>
              {home.isPlaceholderData && <p className="muted">当前显示的是上次联网时的信息。</p>}
              {h.measure ? (
                <MeasureCard m={h.measure} />
              ) : (
                <section className="card muted">目前没有正在执行的社区戒毒（康复）措施。</section>
              )}
              {h.nextTest && <TestCard t={h.nextTest} />}
              {h.due.map((d) => (
                <Link
                  key={`${d.kind}:${d.link}:${d.date}`}
                  to={d.link.replace(/^\/m/, '') || '/'}
                  className="card due-item"
                >
                  <div>
                    <strong>{d.title}</strong>
                    {d.urgent && (
                      <Tag color="danger" style={{ marginLeft: 6 }}>
                        待办
                      </Tag>
                    )}
                    <div className="muted">
                      {d.date ? `${shortDate(d.date)} · ` : ''}
                      {d.detail}
                    </div>
                  </div>
                  <RightOutline />
                </Link>
              ))}
              <Link to="/inbox" className="card due-item">
                <span>
                  <MessageOutline /> {h.unread ? `您有 ${h.unread} 条未读消息` : '没有未读消息'}
                </span>
                <RightOutline />
              </Link>
            </>
          )}
          <section className="card" aria-label="服务">
            <Grid columns={4} gap={4}>
              {MODULES.map((m) => (
                <Grid.Item key={m.key}>
                  <button type="button" className="module-entry" onClick={() => navigate(`/${m.key}`)}>
                    <span className="module-icon">{m.icon}</span>
                    <span>{m.title}</span>
                  </button>
                </Grid.Item>
              ))}
            </Grid>
          </section>
        </div>
      </PullToRefresh>
    </div>
  );
}
