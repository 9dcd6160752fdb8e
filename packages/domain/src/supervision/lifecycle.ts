// The lifecycle of a community measure (社区戒毒 / 社区康复) as a state machine.
//
//   pending_report ──report──▶ executing ──expire──▶ released
//        │  │  ▲                 │  ▲  │
//        │  │  └────transfer─────┘  │  └──suspend──▶ suspended ──resume──▶ executing
//        │  └──suspend (detained before 报到)──▶ suspended ──resume──▶ pending_report
//        └─refuse (officer's decision)──▶ refused ──report (good reason shown)──▶ executing
//   terminate: from pending_report, executing, suspended or refused ──▶ terminated
//
// 视为拒绝 is never automatic: a passed deadline makes a candidate, and `refuse` is the officer's
// decision that there was no good reason (戒毒条例 第十四条 "无正当理由逾期不报到"). It applies to the
// first 报到 only: a missed re-report after 变更执行地 is not a refusal (第二十二条 does not say so).
//
// released and terminated are final. The rules for 社区康复 follow those for 社区戒毒 (禁毒法
// 第四十八条, 戒毒条例 第三十八条).

import { assertValidDate } from './dates.ts';
import { assertNever } from './exhaustive.ts';
import type { PersonStatus } from '../persons/personStatus.ts';
import type { MeasureType } from './term.ts';

export const MEASURE_STATUSES = [
  'pending_report',
  'executing',
  'suspended',
  'refused',
  'terminated',
  'released',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const measureStatusLabels: Record<MeasureStatus, { zh: string; en: string }> = {
  pending_report: { zh: '待报到', en: 'Awaiting report' },
  executing: { zh: '执行中', en: 'Executing' },
  suspended: { zh: '中止', en: 'Suspended' },
  refused: { zh: '视为拒绝接受', en: 'Deemed refused' },
  terminated: { zh: '终止', en: 'Terminated' },
  released: { zh: '解除', en: 'Released' },
};

/** A measure's place in its lifecycle. */
export interface MeasureState {
  status: MeasureStatus;
  /**
   * The 报到 date the term is counted from (戒毒条例 第十四条); null until the first report. A report
   * at a new execution place after a transfer keeps it: the term continues (戒毒条例 第二十二条).
   */
  termStart: string | null;
}

export type MeasureEvent =
  /** The person reported (报到) at the township on `date`. */
  | { type: 'report'; date: string }
  /**
   * The officer decided that the 报到 deadline passed without good reason: 视为拒绝接受
   * (戒毒条例 第十四条). Never taken by the sweep.
   */
  | { type: 'refuse' }
  /** Detained or arrested (戒毒条例 第二十四条). */
  | { type: 'suspend' }
  /** Released from detention: supervision resumes (戒毒条例 第二十四条). */
  | { type: 'resume' }
  /** Imprisoned, placed in compulsory education (戒毒条例 第二十四条), or sent to 强制隔离戒毒. */
  | { type: 'terminate' }
  /** The execution place changed (变更执行地, 戒毒条例 第二十二条). */
  | { type: 'transfer' }
  /** The term is complete (戒毒条例 第二十三条). */
  | { type: 'expire' };

export type MeasureEventType = MeasureEvent['type'];

export const measureEventLabels: Record<MeasureEventType, { zh: string; en: string }> = {
  report: { zh: '报到', en: 'Report' },
  refuse: { zh: '认定视为拒绝', en: 'Decide deemed refusal' },
  suspend: { zh: '中止', en: 'Suspend' },
  resume: { zh: '恢复执行', en: 'Resume' },
  terminate: { zh: '终止', en: 'Terminate' },
  transfer: { zh: '变更执行地', en: 'Change execution place' },
  expire: { zh: '期满解除', en: 'Release on expiry' },
};

export type TransitionErrorCode = 'MEASURE_CLOSED' | 'ALREADY_REPORTED' | 'INVALID_TRANSITION';

export type TransitionResult =
  { ok: true; state: MeasureState } | { ok: false; code: TransitionErrorCode; message: string };

/** A newly ordered measure: the person has the decision and must report (戒毒条例 第十四条). */
export function initialMeasureState(): MeasureState {
  return { status: 'pending_report', termStart: null };
}

/** released and terminated accept no further events. */
export function isFinalStatus(status: MeasureStatus): boolean {
  return status === 'released' || status === 'terminated';
}

/** The state after `event`, or why the event is not allowed now. Never mutates `state`. */
export function transition(state: MeasureState, event: MeasureEvent): TransitionResult {
  if (event.type === 'report') assertValidDate(event.date, 'report date');
  const { status } = state;
  switch (status) {
    case 'pending_report':
      return fromPendingReport(state, event);
    case 'executing':
      return fromExecuting(state, event);
    case 'suspended':
      return fromSuspended(state, event);
    case 'refused':
      return fromRefused(state, event);
    case 'terminated':
    case 'released':
      return {
        ok: false,
        code: 'MEASURE_CLOSED',
        message: `措施已${measureStatusLabels[status].zh}，不能再${measureEventLabels[event.type].zh}`,
      };
    default:
      return assertNever(status);
  }
}

function fromPendingReport(state: MeasureState, event: MeasureEvent): TransitionResult {
  switch (event.type) {
    // 戒毒条例 第十四条: the term counts from the 报到 date. After a transfer the person reports
    // again and the term continues from the original start (戒毒条例 第二十二条).
    case 'report':
      return ok({ status: 'executing', termStart: state.termStart ?? event.date });
    // 戒毒条例 第十四条: no report within 15 days *without good reason* = 视为拒绝接受社区戒毒, as
    // the officer decides; then reported to public security (第二十一条). Not after a transfer:
    // 第二十二条 attaches no deemed refusal to a missed re-report.
    case 'refuse':
      if (state.termStart !== null)
        return {
          ok: false,
          code: 'INVALID_TRANSITION',
          message: '变更执行地后逾期未报到不视为拒绝接受（戒毒条例第二十二条），应按违反协议处理',
        };
      return ok({ ...state, status: 'refused' });
    // 戒毒条例 第二十四条: imprisonment or compulsory education ends the measure at any stage.
    case 'terminate':
      return ok({ ...state, status: 'terminated' });
    // 戒毒条例 第二十四条: a person detained or arrested before 报到 is suspended too; the deadline
    // starts again on release.
    case 'suspend':
      return ok({ ...state, status: 'suspended' });
    case 'resume':
    case 'transfer':
    case 'expire':
      return invalid(state, event);
    default:
      return assertNever(event);
  }
}

function fromExecuting(state: MeasureState, event: MeasureEvent): TransitionResult {
  switch (event.type) {
    case 'report':
      return { ok: false, code: 'ALREADY_REPORTED', message: '已报到，无需重复报到' };
    // 戒毒条例 第二十四条: detention or arrest suspends (中止) the measure.
    case 'suspend':
      return ok({ ...state, status: 'suspended' });
    // 戒毒条例 第二十四条: imprisonment or compulsory education ends (终止) it; so does a 强制隔离戒毒
    // decision after refusal, relapse or a serious violation (禁毒法 第三十八条).
    case 'terminate':
      return ok({ ...state, status: 'terminated' });
    // 戒毒条例 第二十二条: the file moves; the person reports at the new place within 15 days; the
    // term continues, so termStart is kept.
    case 'transfer':
      return ok({ ...state, status: 'pending_report' });
    // 戒毒条例 第二十三条: 解除 when the term is complete.
    case 'expire':
      return ok({ ...state, status: 'released' });
    case 'refuse':
    case 'resume':
      return invalid(state, event);
    default:
      return assertNever(event);
  }
}

function fromSuspended(state: MeasureState, event: MeasureEvent): TransitionResult {
  switch (event.type) {
    // 戒毒条例 第二十四条: released from custody, the person continues 社区戒毒; one detained before
    // 报到 still has to report.
    case 'resume':
      return ok({ ...state, status: state.termStart === null ? 'pending_report' : 'executing' });
    // 戒毒条例 第二十四条: a detained person who is then sentenced to prison: 终止.
    case 'terminate':
      return ok({ ...state, status: 'terminated' });
    case 'report':
      return { ok: false, code: 'ALREADY_REPORTED', message: '已报到，无需重复报到' };
    // Days of 中止 do not count toward the term (戒毒条例 第二十四条), so it cannot expire meanwhile.
    case 'expire':
      return {
        ok: false,
        code: 'INVALID_TRANSITION',
        message: '中止期间不计入社区戒毒期限，不能期满解除；请先恢复执行',
      };
    case 'refuse':
    case 'suspend':
    case 'transfer':
      return invalid(state, event);
    default:
      return assertNever(event);
  }
}

function fromRefused(state: MeasureState, event: MeasureEvent): TransitionResult {
  switch (event.type) {
    // 戒毒条例 第十四条 deems refusal only "无正当理由": a late report that staff accept because good
    // reason was shown puts the measure into execution.
    case 'report':
      return ok({ status: 'executing', termStart: state.termStart ?? event.date });
    // Refusal is a ground for 强制隔离戒毒 (禁毒法 第三十八条), which ends the community measure.
    case 'terminate':
      return ok({ ...state, status: 'terminated' });
    case 'refuse':
    case 'suspend':
    case 'resume':
    case 'transfer':
    case 'expire':
      return invalid(state, event);
    default:
      return assertNever(event);
  }
}

function ok(state: MeasureState): TransitionResult {
  return { ok: true, state };
}

function invalid(state: MeasureState, event: MeasureEvent): TransitionResult {
  return {
    ok: false,
    code: 'INVALID_TRANSITION',
    message: `措施当前为「${measureStatusLabels[state.status].zh}」，不能${measureEventLabels[event.type].zh}`,
  };
}

/**
 * The status a person's file shows while a measure is in a given state (the list's 状态 column).
 * 视为拒绝接受 and 终止 leave the file at 'other' until a new decision is recorded.
 */
export function personStatusFor(m: { type: MeasureType; status: MeasureStatus }): PersonStatus {
  switch (m.status) {
    case 'pending_report':
      return 'pending_report';
    case 'executing':
      return m.type === 'community_detox' ? 'community_detox' : 'community_rehab';
    case 'suspended':
      return 'suspended';
    case 'released':
      return 'released';
    case 'refused':
    case 'terminated':
      return 'other';
    default:
      return assertNever(m.status);
  }
}
