import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { Button, NavBar, ProgressBar } from 'antd-mobile';
import {
  instrumentLabels,
  screeningAnswerLabels,
  screeningItems,
  screeningStem,
  severityLabels,
  severityMessages,
  type Instrument,
} from '@taobo/contracts';
import { scoreScreening } from '@taobo/domain';
import { enqueue, useOutbox } from '../offline/outbox.ts';
import { Hotlines } from './Hotlines.tsx';
import { STATE_TEXT } from '../offline/OutboxStatus.tsx';
import './counselling.css';

/** PHQ-9 or GAD-7, one question per screen; scored here for the person and again on the server. */
export default function ScreeningPage() {
  const { instrument } = useParams();
  if (instrument !== 'phq9' && instrument !== 'gad7') return <Navigate to="/counselling" replace />;
  return <Questionnaire key={instrument} instrument={instrument} />;
}

function Questionnaire({ instrument }: { instrument: Instrument }) {
  const navigate = useNavigate();
  const items = screeningItems[instrument];
  const [answers, setAnswers] = useState<number[]>([]);
  const [sentId, setSentId] = useState<string | null>(null);
  const sent = useOutbox('counselling').find((i) => i.id === sentId);
  const index = answers.length;
  const done = index === items.length;

  async function answer(value: number) {
    const next = [...answers, value];
    setAnswers(next);
    if (next.length === items.length) {
      const item = await enqueue({
        kind: 'counselling',
        label: instrumentLabels[instrument].zh,
        path: '/api/m/counselling/screenings',
        body: { instrument, answers: next },
      });
      setSentId(item.id);
    }
  }

  if (done) {
    const r = scoreScreening(instrument, answers);
    return (
      <div className="cs-page">
        <NavBar onBack={() => void navigate('/counselling')}>{instrumentLabels[instrument].zh}</NavBar>
        <section className={`cs-card cs-score${r.alert ? ' cs-alert' : ''}`} data-testid="screening-result">
          <div className="cs-muted">总分（满分 {items.length * 3}）</div>
          <strong>{r.total}</strong>
          <div style={{ fontSize: 18, fontWeight: 600 }}>{severityLabels[r.severity].zh}</div>
        </section>
        <section className="cs-card">
          <p style={{ margin: 0, lineHeight: 1.7 }}>{severityMessages[r.severity]}</p>
          {r.alertReasons.includes('self_harm_thoughts') && r.severity !== 'severe' && (
            <p style={{ lineHeight: 1.7 }}>您提到有伤害自己的念头。这很重要，心理咨询师会尽快联系您。</p>
          )}
          <p className="cs-muted" role="status" data-testid="screening-state">
            提交状态：{sent ? STATE_TEXT[sent.state] : '待发送'}
            {sent?.state === 'failed' && sent.error ? `：${sent.error}` : ''}
            {(!sent || sent.state === 'pending') && '（联网后自动发送）'}
          </p>
          <p className="cs-muted">
            {r.alert
              ? '接下来：心理咨询师会在 1 个工作日内与您联系。您也可以直接预约咨询。'
              : '接下来：结果已保存在“自评记录”中，建议两周后再做一次。需要时可以预约咨询。'}
          </p>
          <div className="cs-row">
            <Button color="primary" onClick={() => void navigate('/counselling/book')}>
              预约咨询
            </Button>
            <Button onClick={() => void navigate('/counselling')}>返回</Button>
          </div>
        </section>
        {(r.alert || r.severity !== 'minimal') && <Hotlines />}
      </div>
    );
  }

  return (
    <div className="cs-page">
      <NavBar
        onBack={() => (index === 0 ? void navigate('/counselling') : setAnswers(answers.slice(0, -1)))}
        backIcon
      >
        {instrumentLabels[instrument].zh}
      </NavBar>
      <section className="cs-question" aria-live="polite">
        <div className="cs-muted">
          第 {index + 1} / {items.length} 题 · {screeningStem}
        </div>
        <ProgressBar percent={(index / items.length) * 100} style={{ marginTop: 8 }} />
        <h2 data-testid="question">{items[index]}</h2>
        <div className="cs-answers" role="group" aria-label="选择一项">
          {screeningAnswerLabels.map((label, value) => (
            <Button key={label} block onClick={() => void answer(value)}>
              {label}
            </Button>
          ))}
        </div>
        {index > 0 && (
          <Button
            fill="none"
            block
            style={{ marginTop: 12, minHeight: 44 }}
            onClick={() => setAnswers(answers.slice(0, -1))}
          >
            上一题
          </Button>
        )}
      </section>
    </div>
  );
}
