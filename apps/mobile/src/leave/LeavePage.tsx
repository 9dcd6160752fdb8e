import { useNavigate } from 'react-router';
import { Button, Dialog, DotLoading, ErrorBlock, NavBar, Toast } from 'antd-mobile';
import type { LeaveRequest } from '@taobo/contracts';
import { leaveStatusLabels } from '@taobo/domain';
import { errorMessage } from '../api.ts';
import { enqueue } from '../offline/outbox.ts';
import { todayInShanghai } from '@taobo/domain';
import { shortDate } from '../dates.ts';
import { KindOutbox } from '../offline/OutboxStatus.tsx';
import { LEAVE_NEXT, LEAVE_REFRESH, useLeavePolicy, useMyLeave } from './queries.ts';
import '../checkins/supervision.css';

function statusLine(r: LeaveRequest): string {
  const back = '请按时返回，返回当天点击“我已返回，销假”。';
  switch (r.status) {
    case 'reported':
      return r.extension && r.extension.decision === null
        ? `已续报，返回日期改为 ${shortDate(r.to)}，无须等待同意。专干确认知悉后会通知您。${back}`
        : `已报告，无须等待同意。专干确认知悉后会通知您（最迟 ${shortDate(r.decisionDeadline)}）。${back}`;
    case 'acknowledged':
      return `专干已知悉。${back}`;
    case 'pending':
      return `本县协议约定外出须经同意（地方政策）。等待专干审批，最迟 ${shortDate(r.decisionDeadline)} 前答复。`;
    case 'lapsed':
      return '专干未在期限内审批，请联系您的专干。';
    case 'approved':
      return `已同意。${back}`;
    case 'extension':
      return `续假至 ${shortDate(r.extension!.to)} 待审批，最迟 ${shortDate(r.extension!.deadline)} 前答复。`;
    case 'overdue':
      return `已超过报告的返回日期 ${r.overstayDays} 天。请尽快返回并销假；超出的天数不在报告之内，达3天按擅自离开执行地处理。`;
    case 'refused':
      return `未获同意${r.decisionNote ? `：${r.decisionNote}` : ''}。如确需外出，请与专干联系。`;
    case 'closed':
      return `已于 ${shortDate(r.returnedOn!)} 销假${r.overstayDays ? `（逾期 ${r.overstayDays} 天）` : ''}。`;
  }
}

/** 外出报告 / 在线请假: the person's reports (or requests), their state, and 销假 / 续报. */
export default function LeavePage() {
  const navigate = useNavigate();
  const leave = useMyLeave();
  const approval = useLeavePolicy().data?.approvalRequired === true;
  const today = todayInShanghai();

  async function comeBack(r: LeaveRequest) {
    const ok = await Dialog.confirm({
      title: '确认销假',
      content: `确认您已回到执行地（${shortDate(today)}）？`,
      confirmText: '我已返回',
      cancelText: '取消',
    });
    if (!ok) return;
    try {
      await enqueue({
        kind: 'leave',
        label: `销假（${r.destination}）`,
        path: '/api/m/leave/{id}/return',
        params: { id: r.id },
      });
      Toast.show({ content: '销假已提交' });
    } catch (e) {
      Toast.show({ content: errorMessage(e) });
    }
  }

  return (
    <div className="ck-page">
      <NavBar onBack={() => void navigate('/')}>在线请假</NavBar>
      <div className="ck-hint" data-testid="leave-rule">
        {approval ? (
          <>
            离开执行地所在县（市、区）3日以上须书面报告（《戒毒条例》第十九条）。本县协议还约定外出须经专干同意（地方政策），请提交请假申请并等待答复。
          </>
        ) : (
          <>外出3日以上须书面报告，提交即视为已报告；专干确认知悉后会通知您。不满3日的外出无须报告。</>
        )}
        <br />
        天数不算离开当天。超过报告的返回日期未归的，超出的天数按未报告处理。
      </div>
      <div style={{ margin: 12 }}>
        <Button
          block
          color="primary"
          size="large"
          className="ck-button"
          onClick={() => void navigate('/leave/new')}
        >
          {approval ? '申请请假' : '报告外出'}
        </Button>
      </div>
      <KindOutbox kind="leave" refresh={LEAVE_REFRESH} next={LEAVE_NEXT} />
      {leave.isPending ? (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <DotLoading color="primary" />
        </div>
      ) : leave.isError ? (
        <ErrorBlock status="disconnected" title="加载失败" description={errorMessage(leave.error)}>
          <Button color="primary" onClick={() => void leave.refetch()}>
            重试
          </Button>
        </ErrorBlock>
      ) : leave.data.length === 0 ? (
        <ErrorBlock
          status="empty"
          title="暂无外出记录"
          description={`外出3日以上时，点击上方“${approval ? '申请请假' : '报告外出'}”`}
        />
      ) : (
        leave.data.map((r) => (
          <section
            key={r.id}
            className="ck-card"
            data-testid="leave-item"
            aria-label={`外出：${r.destination}`}
          >
            <div className="ck-item-head">
              <h2 style={{ margin: 0 }}>{r.destination}</h2>
              <span className={`ck-status ck-status-${r.status}`} data-testid="leave-status">
                {leaveStatusLabels[r.status].zh}
              </span>
            </div>
            <div className="ck-muted">
              {shortDate(r.from)} 至 {shortDate(r.to)}，共 {r.days} 天
              {r.to !== r.originalTo && `（原定 ${shortDate(r.originalTo)}）`}
              {!r.needsReport && '（不满3天，无须报告）'}
            </div>
            <div className="ck-muted">事由：{r.reason}</div>
            {r.decisionNote && r.status !== 'refused' && (
              <div className="ck-muted">
                {r.mode === 'report' ? '专干提醒' : '审批意见'}：{r.decisionNote}
              </div>
            )}
            <div style={{ marginTop: 8, lineHeight: 1.6 }}>{statusLine(r)}</div>
            <div className="ck-row">
              {['reported', 'acknowledged', 'approved', 'extension', 'overdue'].includes(r.status) &&
                today >= r.from && (
                  <Button color="primary" onClick={() => void comeBack(r)}>
                    我已返回，销假
                  </Button>
                )}
              {(r.status === 'reported' || r.status === 'acknowledged') && today <= r.to && (
                <Button onClick={() => void navigate(`/leave/${r.id}/extend`)}>续报（延长）</Button>
              )}
              {r.status === 'approved' && today <= r.to && (
                <Button onClick={() => void navigate(`/leave/${r.id}/extend`)}>申请续假</Button>
              )}
            </div>
          </section>
        ))
      )}
    </div>
  );
}
