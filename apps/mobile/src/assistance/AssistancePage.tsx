import { useNavigate } from 'react-router';
import { Button, Dialog, DotLoading, ErrorBlock, NavBar, Tag, Toast } from 'antd-mobile';
import {
  assistanceEventLabels,
  assistanceOutcomeLabels,
  assistanceStatusLabels,
  assistanceTypeLabels,
  type AssistanceApplication,
} from '@taobo/contracts';
import { errorMessage } from '../api.ts';
import { enqueue } from '../offline/outbox.ts';
import { KindOutbox } from '../offline/OutboxStatus.tsx';
import { timeLabel } from '../dates.ts';
import { ASSISTANCE_KEY, useMyApplications } from './queries.ts';
import '../counselling/counselling.css';

const statusColor: Record<AssistanceApplication['status'], string> = {
  submitted: 'warning',
  in_progress: 'primary',
  concluded: 'success',
  withdrawn: 'default',
};

const NEXT: Record<AssistanceApplication['status'], string> = {
  submitted: '已送达工作人员，等待受理（一般 5 日内）。',
  in_progress: '工作人员正在办理，有结果会通知您。',
  concluded: '',
  withdrawn: '您已撤回此申请。',
};

export const typeName = (a: Pick<AssistanceApplication, 'type' | 'otherType'>) =>
  a.type === 'other' && a.otherType ? `其他：${a.otherType}` : assistanceTypeLabels[a.type].zh;

/** 帮扶申请: my applications with their state and outcome; apply; withdraw before a decision. */
export default function AssistancePage() {
  const navigate = useNavigate();
  const apps = useMyApplications();

  async function withdraw(a: AssistanceApplication) {
    const ok = await Dialog.confirm({
      title: '撤回这份申请？',
      content: `${typeName(a)}。撤回后工作人员将不再办理，如有需要可重新申请。`,
      confirmText: '撤回',
      cancelText: '不撤回',
    });
    if (!ok) return;
    await enqueue({
      kind: 'assistance',
      label: `撤回帮扶申请（${typeName(a)}）`,
      path: '/api/m/assistance/{id}/withdraw',
      params: { id: a.id },
    });
    Toast.show({ content: '已提交撤回' });
  }

  return (
    <div className="cs-page">
      <NavBar onBack={() => void navigate('/')}>帮扶申请</NavBar>
      <KindOutbox
        kind="assistance"
        refresh={[ASSISTANCE_KEY]}
        next={{ pending: '联网后自动提交，无需重复填写' }}
        showSentMs={0}
        maxAgeMs={24 * 3_600_000}
        title="待发送的操作"
        testId="outbox-item"
      />
      <section className="cs-card">
        <p className="cs-muted" style={{ marginTop: 0 }}>
          就业、技能培训、创业担保贷款、低保、医疗救助等方面有困难，可以在这里申请，社工和禁毒专干会协调有关部门帮您办理。
        </p>
        <Button
          block
          color="primary"
          className="cs-big-button"
          onClick={() => void navigate('/assistance/new')}
        >
          申请帮扶
        </Button>
      </section>
      {apps.isPending ? (
        <div style={{ textAlign: 'center', padding: 32 }}>
          <DotLoading color="primary" />
        </div>
      ) : apps.isError ? (
        <ErrorBlock status="disconnected" title="加载失败" description={errorMessage(apps.error)}>
          <Button color="primary" onClick={() => void apps.refetch()}>
            重试
          </Button>
        </ErrorBlock>
      ) : apps.data.length === 0 ? (
        <ErrorBlock status="empty" title="还没有申请" description="提交后可以在这里看到办理进度" />
      ) : (
        apps.data.map((a) => (
          <section key={a.id} className="cs-card" data-testid="application" aria-label={typeName(a)}>
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
              <h2 style={{ margin: 0 }}>{typeName(a)}</h2>
              <Tag color={statusColor[a.status]}>{assistanceStatusLabels[a.status].zh}</Tag>
            </div>
            <div className="cs-muted">
              提交于 {timeLabel(a.createdAt)} · 附件 {a.attachments.length} 个
            </div>
            <p style={{ margin: '8px 0', lineHeight: 1.6, wordBreak: 'break-all' }}>{a.description}</p>
            {a.outcome ? (
              <div
                className={`cs-outcome cs-outcome-${a.outcome}`}
                style={{ margin: '8px 0' }}
                data-testid="outcome"
              >
                <strong>{assistanceOutcomeLabels[a.outcome].zh}</strong>：{a.outcomeText}
              </div>
            ) : (
              <div className="cs-muted">{NEXT[a.status]}</div>
            )}
            <ul className="cs-events" aria-label="办理记录">
              {a.events.map((e, i) => (
                <li key={i}>
                  {timeLabel(e.at)} {assistanceEventLabels[e.kind].zh}
                  {e.by ? `（${e.by.name}）` : ''}
                  {e.note && e.kind === 'accepted' ? `：${e.note}` : ''}
                </li>
              ))}
            </ul>
            {(a.status === 'submitted' || a.status === 'in_progress') && (
              <div className="cs-row">
                <Button fill="outline" color="danger" onClick={() => void withdraw(a)}>
                  撤回申请
                </Button>
              </div>
            )}
          </section>
        ))
      )}
    </div>
  );
}
