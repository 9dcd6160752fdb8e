import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, DotLoading, ErrorBlock, NavBar, Selector, Toast } from 'antd-mobile';
import { useQuery } from '@tanstack/react-query';
import { type CheckinAnswers, type CheckinMood, type CheckinNeed, type CheckinWork } from '@taobo/contracts';
import { checkinMoodLabels, checkinNeedLabels, checkinWorkLabels } from '@taobo/domain';
import { api, errorMessage } from '../api.ts';
import { enqueue, useOutbox } from '../offline/outbox.ts';
import { todayInShanghai } from '@taobo/domain';
import { shortDate } from '../dates.ts';
import { KindOutbox } from '../offline/OutboxStatus.tsx';
import { downscalePhoto, locate, readyDespiteLocating, type Position } from '../media/capture.ts';
import './supervision.css';

export const CHECKINS_KEY = ['checkins', 'mine'] as const;
const REFRESH = [CHECKINS_KEY, ['home']] as const;
/** Longest side of the selfie sent: enough to recognise a face, small for a weak connection. */
const SELFIE_MAX_SIDE = 800;

const options = <K extends string>(labels: Record<K, { zh: string }>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value].zh }));

interface Draft {
  mood: CheckinMood | null;
  work: CheckinWork | null;
  needs: CheckinNeed[];
  needsOther: string;
  callback: boolean | null;
}
const EMPTY: Draft = { mood: null, work: null, needs: [], needsOther: '', callback: null };
const DRAFT_KEY = 'taobo.checkin.draft';

function loadDraft(): Draft {
  try {
    return { ...EMPTY, ...(JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}') as Partial<Draft>) };
  } catch {
    return EMPTY;
  }
}

function locationText(l: Position): string {
  switch (l.status) {
    case 'locating':
      return '正在获取位置…';
    case 'ok':
      return `已获取位置${l.accuracy !== null ? `（精度约 ${l.accuracy} 米）` : ''}`;
    case 'denied':
      return '您未允许获取位置，本次报到将记录为“拒绝授权”。';
    case 'unavailable':
      return '暂时无法获取位置，本次报到将记录为“无法获取”。';
  }
}

/** 在线报到: this period's status, the questionnaire with a selfie and the location, and past check-ins. */
export default function CheckinPage() {
  const navigate = useNavigate();
  const mine = useQuery({
    queryKey: CHECKINS_KEY,
    queryFn: ({ signal }) => api.get('/api/m/checkins', { signal }),
  });
  const queued = useOutbox('checkin').some((i) => i.state !== 'sent' && i.state !== 'failed');
  const [formOpen, setFormOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [selfie, setSelfie] = useState<Blob | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [location, setLocation] = useState<Position>({ status: 'locating' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // Nothing typed is lost: the answers survive leaving the page (the photo is taken again).
  useEffect(() => sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft)), [draft]);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const period = mine.data?.period ?? null;
  const showForm = formOpen || (period?.owed === true && !period.done && !queued);
  useEffect(() => {
    if (showForm && location.status === 'locating') void locate().then(setLocation);
  }, [showForm, location.status]);

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };

  async function takePhoto(file: File | undefined) {
    if (!file) return;
    const small = await downscalePhoto(file, SELFIE_MAX_SIDE, 0.8);
    setSelfie(small);
    setPreview(URL.createObjectURL(small));
    setErrors((e) => ({ ...e, selfie: '' }));
  }

  async function submit() {
    const problems: Record<string, string> = {};
    if (!draft.mood) problems.mood = '请选择最近的心情';
    if (!draft.work) problems.work = '请选择工作情况';
    if (draft.callback === null) problems.callback = '请选择是否需要社工回电';
    if (draft.needs.includes('other') && !draft.needsOther.trim()) problems.needsOther = '请填写其他需求';
    if (!selfie) problems.selfie = '请拍摄一张自拍照';
    setErrors(problems);
    if (Object.keys(problems).length) {
      Toast.show({ content: Object.values(problems)[0] });
      return;
    }
    if (!(await readyDespiteLocating(location))) return;
    setBusy(true);
    try {
      const answers: CheckinAnswers = {
        mood: draft.mood!,
        work: draft.work!,
        needs: draft.needs,
        needsOther: draft.needs.includes('other') ? draft.needsOther.trim() : null,
        callback: draft.callback!,
        location: location.status === 'locating' ? { status: 'unavailable' } : location,
        deviceTime: new Date().toISOString(),
      };
      await enqueue({
        kind: 'checkin',
        label: `在线报到（${shortDate(todayInShanghai())}）`,
        path: '/api/m/checkins',
        body: { answers },
        files: { selfie: new File([selfie!], 'selfie.jpg', { type: selfie!.type || 'image/jpeg' }) },
      });
      sessionStorage.removeItem(DRAFT_KEY);
      setDraft(EMPTY);
      setSelfie(null);
      setPreview(null);
      setFormOpen(false);
      Toast.show({ content: '报到已保存，有网络时自动发送', duration: 2500 });
    } catch (e) {
      Toast.show({ content: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ck-page">
      <NavBar onBack={() => void navigate('/')}>在线报到</NavBar>

      {mine.isPending ? (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <DotLoading color="primary" />
        </div>
      ) : mine.isError ? (
        <ErrorBlock status="disconnected" title="加载失败" description={errorMessage(mine.error)}>
          <Button color="primary" onClick={() => void mine.refetch()}>
            重试
          </Button>
        </ErrorBlock>
      ) : (
        <section className="ck-card" data-testid="checkin-period">
          {!period ? (
            <div className="ck-muted">您当前没有执行中的社区戒毒（康复），无需在线报到。</div>
          ) : (
            <>
              <h2>
                本期报到{' '}
                <span className={`ck-status ck-status-${period.done ? 'done' : queued ? 'pending' : 'todo'}`}>
                  {period.done ? '已完成' : queued ? '待发送' : period.owed ? '未完成' : '本期无需报到'}
                </span>
              </h2>
              <div className="ck-muted">
                报到周期：{shortDate(period.start)} 至 {shortDate(period.lastDay)}
                {period.intervalMonths > 1 ? `（每 ${period.intervalMonths} 个月一次）` : '（每月一次）'}
                {!period.done && period.owed && `，请在 ${shortDate(period.lastDay)} 前完成。`}
              </div>
              {!showForm && !queued && (
                <div className="ck-row">
                  <Button className="ck-button" onClick={() => setFormOpen(true)}>
                    {period.done ? '再次报到（有新情况时）' : '开始报到'}
                  </Button>
                </div>
              )}
            </>
          )}
        </section>
      )}

      <KindOutbox
        kind="checkin"
        refresh={REFRESH}
        next={{
          pending: '已保存在手机上，有网络时会自动发送，无需重复提交。',
          sent: '报到成功。如您选择了需要回电，社工会在 2 天内联系您。',
        }}
      />

      {showForm && period && (
        <section className="ck-card" aria-label="报到问卷">
          <div className="ck-label" id="mood-label">
            1. 最近的心情
          </div>
          <Selector
            className="ck-selector"
            aria-labelledby="mood-label"
            options={options(checkinMoodLabels)}
            value={draft.mood ? [draft.mood] : []}
            onChange={(v) => set('mood', (v[0] as CheckinMood | undefined) ?? null)}
          />
          {errors.mood && <div className="ck-error">{errors.mood}</div>}

          <div className="ck-label" id="work-label">
            2. 工作情况
          </div>
          <Selector
            className="ck-selector"
            aria-labelledby="work-label"
            options={options(checkinWorkLabels)}
            value={draft.work ? [draft.work] : []}
            onChange={(v) => set('work', (v[0] as CheckinWork | undefined) ?? null)}
          />
          {errors.work && <div className="ck-error">{errors.work}</div>}

          <div className="ck-label" id="needs-label">
            3. 需要哪些帮助（可多选）
          </div>
          <Selector
            className="ck-selector"
            aria-labelledby="needs-label"
            multiple
            options={options(checkinNeedLabels)}
            value={draft.needs}
            onChange={(v) => set('needs', v as CheckinNeed[])}
          />
          {draft.needs.includes('other') && (
            <textarea
              className="ck-input"
              style={{ marginTop: 8 }}
              aria-label="其他需求"
              placeholder="请写下您需要的帮助"
              maxLength={200}
              value={draft.needsOther}
              onChange={(e) => set('needsOther', e.target.value)}
            />
          )}
          {errors.needsOther && <div className="ck-error">{errors.needsOther}</div>}

          <div className="ck-label" id="callback-label">
            4. 是否希望社工给您回电
          </div>
          <Selector
            className="ck-selector"
            aria-labelledby="callback-label"
            options={[
              { value: 'yes', label: '希望回电' },
              { value: 'no', label: '不需要' },
            ]}
            value={draft.callback === null ? [] : [draft.callback ? 'yes' : 'no']}
            onChange={(v) => set('callback', v[0] === undefined ? null : v[0] === 'yes')}
          />
          {errors.callback && <div className="ck-error">{errors.callback}</div>}

          <div className="ck-label">5. 自拍照</div>
          <div className="ck-muted">请正对镜头，在光线充足处拍摄，用于确认是本人报到。</div>
          <input
            ref={fileInput}
            type="file"
            accept="image/*"
            capture="user"
            hidden
            data-testid="selfie-input"
            onChange={(e) => void takePhoto(e.target.files?.[0])}
          />
          <div className="ck-row">
            <Button
              className="ck-button"
              color="primary"
              fill="outline"
              onClick={() => fileInput.current?.click()}
            >
              {selfie ? '重新拍摄' : '拍摄自拍'}
            </Button>
          </div>
          {preview && <img className="ck-selfie" src={preview} alt="自拍预览" />}
          {errors.selfie && <div className="ck-error">{errors.selfie}</div>}

          <div className="ck-label">6. 位置</div>
          <div className="ck-muted" data-testid="location-status">
            {locationText(location)}
          </div>
          {(location.status === 'denied' || location.status === 'unavailable') && (
            <div className="ck-row">
              <Button
                onClick={() => {
                  setLocation({ status: 'locating' });
                }}
              >
                重新获取位置
              </Button>
            </div>
          )}

          <div className="ck-row" style={{ marginTop: 20 }}>
            <Button
              block
              color="primary"
              size="large"
              className="ck-button"
              loading={busy}
              onClick={() => void submit()}
            >
              提交报到
            </Button>
          </div>
          <div className="ck-muted" style={{ marginTop: 8 }}>
            没有网络也可以提交：报到会先保存在手机上，有网络时自动发送。
          </div>
        </section>
      )}

      {mine.data && mine.data.items.length > 0 && (
        <section className="ck-card" aria-label="报到记录">
          <h2>报到记录</h2>
          {mine.data.items.map((c) => (
            <div key={c.id} className="ck-item" data-testid="checkin-item">
              <div className="ck-item-head">
                <strong>{shortDate(c.date)}</strong>
                <span className="ck-muted">
                  心情{checkinMoodLabels[c.mood].zh} · {checkinWorkLabels[c.work].zh}
                </span>
              </div>
              {c.followUpPlanned && (
                <div className="ck-muted">{c.followedUp ? '社工已回访' : '社工会尽快与您联系'}</div>
              )}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
