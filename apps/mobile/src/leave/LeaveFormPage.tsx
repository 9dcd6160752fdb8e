import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, NavBar, Toast } from 'antd-mobile';
import { LeaveExtensionInput, LeaveRequestInput } from '@taobo/contracts';
import { errorMessage } from '../api.ts';
import { enqueue } from '../offline/outbox.ts';
import {
  absenceDays,
  leaveDatesProblem,
  leaveNeedsReport,
  REPORTABLE_ABSENCE_DAYS,
  todayInShanghai,
} from '@taobo/domain';
import { shortDate } from '../dates.ts';
import { useLeavePolicy, useMyLeave } from './queries.ts';
import '../checkins/supervision.css';

interface Draft {
  destination: string;
  destinationCountyId: string;
  from: string;
  to: string;
  reason: string;
}
const EMPTY: Draft = { destination: '', destinationCountyId: '', from: '', to: '', reason: '' };

function useDraft(key: string) {
  const [draft, setDraft] = useState<Draft>(() => {
    try {
      return { ...EMPTY, ...(JSON.parse(sessionStorage.getItem(key) ?? '{}') as Partial<Draft>) };
    } catch {
      return EMPTY;
    }
  });
  // Nothing typed is lost when the person leaves the page and comes back.
  useEffect(() => sessionStorage.setItem(key, JSON.stringify(draft)), [key, draft]);
  return [draft, setDraft] as const;
}

function Field({ label, error, children }: { label: string; error?: string; children: ReactNode }) {
  return (
    <label style={{ display: 'block' }}>
      <div className="ck-label">{label}</div>
      {children}
      {error && <div className="ck-error">{error}</div>}
    </label>
  );
}

/**
 * A new 外出报告 (`/leave/new`) or more days on a running one (`/leave/:id/extend`). Under the law a
 * trip of 3 days or more is reported, not asked for (戒毒条例 第十九条); where the county's agreement
 * adds an approval step (local policy), the same form is a request to wait on.
 */
export default function LeaveFormPage() {
  const { id } = useParams();
  const extending = !!id;
  const navigate = useNavigate();
  const leave = useMyLeave();
  const current = leave.data?.find((r) => r.id === id);
  // A running request keeps the mode it was made in; a new one takes the county's policy.
  const policy = useLeavePolicy();
  const approval = current ? current.mode === 'approval' : policy.data?.approvalRequired === true;
  const draftKey = extending ? `taobo.leave.extend.${id}` : 'taobo.leave.new';
  const [draft, setDraft] = useDraft(draftKey);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const today = todayInShanghai();
  const set = (k: keyof Draft, v: string) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };

  async function submit() {
    const extension = LeaveExtensionInput.safeParse({ to: draft.to, reason: draft.reason });
    const request = LeaveRequestInput.safeParse({
      destination: draft.destination,
      destinationCountyId: draft.destinationCountyId.trim() || null,
      from: draft.from,
      to: draft.to,
      reason: draft.reason,
    });
    const parsed = extending ? extension : request;
    const problems: Record<string, string> = {};
    if (!parsed.success) for (const i of parsed.error.issues) problems[String(i.path[0])] ??= i.message;
    // The same date rule the server applies (packages/domain leave).
    const datesProblem =
      !extending && draft.from && draft.to ? leaveDatesProblem(draft.from, draft.to, today) : null;
    if (datesProblem) problems[datesProblem.path] ??= datesProblem.message;
    if (extending && current && draft.to && draft.to <= current.to)
      problems.to ??= `新的返回日期须晚于 ${shortDate(current.to)}`;
    if (!draft.to) problems.to = '请选择返回日期';
    if (!extending && !draft.from) problems.from = '请选择出发日期';
    setErrors(problems);
    if (Object.keys(problems).length) {
      Toast.show({ content: Object.values(problems)[0] });
      return;
    }
    setBusy(true);
    try {
      if (extending && extension.success) {
        await enqueue({
          kind: 'leave',
          label: `${approval ? '续假' : '续报'}至 ${shortDate(draft.to)}（${current?.destination ?? ''}）`,
          path: '/api/m/leave/{id}/extension',
          params: { id },
          body: extension.data,
        });
      } else if (request.success) {
        await enqueue({
          kind: 'leave',
          label: `${approval ? '请假' : '外出报告'}：${draft.destination}（${shortDate(draft.from)} 至 ${shortDate(draft.to)}）`,
          path: '/api/m/leave',
          body: request.data,
        });
      }
      sessionStorage.removeItem(draftKey);
      Toast.show({
        content: approval
          ? '已提交，等待专干审批，结果会通知您'
          : '已报告，无须等待同意；专干确认知悉后会通知您',
        duration: 2500,
      });
      void navigate('/leave', { replace: true });
    } catch (e) {
      Toast.show({ content: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  const days = draft.from && draft.to && draft.to >= draft.from ? absenceDays(draft.from, draft.to) : null;
  const short = !extending && days !== null && !leaveNeedsReport(draft.from, draft.to);

  return (
    <div className="ck-page">
      <NavBar onBack={() => void navigate('/leave')}>
        {extending ? (approval ? '申请续假' : '续报（延长返回日期）') : approval ? '申请请假' : '报告外出'}
      </NavBar>
      <section className="ck-card">
        {extending ? (
          current && (
            <div className="ck-muted">
              {current.destination}，{shortDate(current.from)} 至 {shortDate(current.to)}。
              {approval
                ? `续假须在 ${shortDate(current.to)} 前获得同意（本县协议约定）。`
                : `请在 ${shortDate(current.to)} 前报告新的返回日期，提交即视为已报告。`}
            </div>
          )
        ) : (
          <>
            <Field label="目的地" error={errors.destination}>
              <input
                className="ck-input"
                placeholder="如：广东省东莞市长安镇"
                maxLength={100}
                value={draft.destination}
                onChange={(e) => set('destination', e.target.value)}
              />
            </Field>
            <Field label="目的地县（区）代码（选填，6 位数字）" error={errors.destinationCountyId}>
              <input
                className="ck-input"
                inputMode="numeric"
                placeholder="不清楚可不填"
                maxLength={6}
                value={draft.destinationCountyId}
                onChange={(e) => set('destinationCountyId', e.target.value.replace(/\D/g, ''))}
              />
            </Field>
            <Field label="出发日期" error={errors.from}>
              <input
                className="ck-input"
                type="date"
                min={today}
                value={draft.from}
                onChange={(e) => set('from', e.target.value)}
              />
            </Field>
          </>
        )}
        <Field label={extending ? '新的返回日期' : '返回日期'} error={errors.to}>
          <input
            className="ck-input"
            type="date"
            min={extending ? current?.to : draft.from || today}
            value={draft.to}
            onChange={(e) => set('to', e.target.value)}
          />
        </Field>
        {!extending && days !== null && (
          <div className="ck-muted" style={{ marginTop: 6 }} data-testid="leave-days">
            共 {days} 天（离开当天不算）。
            {leaveNeedsReport(draft.from, draft.to)
              ? approval
                ? '本县协议约定须经专干同意后方可离开。'
                : '外出3日以上须书面报告，提交即视为已报告。'
              : `不满 ${REPORTABLE_ABSENCE_DAYS} 天，无须报告，可以直接出行；愿意的话也可以提交告知专干，不影响任何记录。`}
          </div>
        )}
        <Field label={extending ? (approval ? '续假事由' : '延长事由') : '外出事由'} error={errors.reason}>
          <textarea
            className="ck-input"
            placeholder={extending ? '请说明需要延长的原因' : '如：外出务工、探亲、就医'}
            maxLength={500}
            value={draft.reason}
            onChange={(e) => set('reason', e.target.value)}
          />
        </Field>
        <div className="ck-row" style={{ marginTop: 20 }}>
          <Button
            block
            color="primary"
            size="large"
            className="ck-button"
            loading={busy}
            onClick={() => void submit()}
          >
            {approval ? '提交申请' : extending ? '提交续报' : short ? '提交告知' : '提交外出报告'}
          </Button>
        </div>
        <div className="ck-muted" style={{ marginTop: 8 }} data-testid="leave-next">
          {approval
            ? '提交后由您的禁毒专干审批（本县协议约定，地方政策），结果会在“消息”中通知您。'
            : '提交即视为已报告，无须等待同意；专干确认知悉后会在“消息”中通知您。'}
          没有网络时会先保存在手机上，有网络时自动发送。
        </div>
      </section>
    </div>
  );
}
