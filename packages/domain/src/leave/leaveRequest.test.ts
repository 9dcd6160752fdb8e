import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../supervision/dates.ts';
import { absenceDays } from '../supervision/violations.ts';
import {
  ACTIVE_LEAVE_STATUSES,
  extensionDecisionDeadline,
  extensionEvent,
  initialLeaveStatus,
  isLeaveOverdue,
  LEAVE_MODES,
  LEAVE_STATUSES,
  leaveDatesProblem,
  leaveDecisionDeadline,
  leaveModeFor,
  leaveModeLabels,
  leaveNeedsReport,
  leaveStatusLabels,
  leaveTransition,
  officerLeaveEvent,
  overstay,
  type LeaveAction,
  type LeaveEvent,
  type LeaveStatus,
} from './leaveRequest.ts';

function run(events: LeaveEvent[], from: LeaveStatus): LeaveStatus {
  return events.reduce((s, e) => {
    const r = leaveTransition(s, e);
    if (!r.ok) throw new Error(`${e.type} rejected in ${s}: ${r.message}`);
    return r.status;
  }, from);
}

const EVENTS: LeaveEvent[] = [
  { type: 'acknowledge' },
  { type: 'report_extension' },
  { type: 'approve' },
  { type: 'refuse' },
  { type: 'request_extension' },
  { type: 'approve_extension' },
  { type: 'refuse_extension', endPassed: false },
  { type: 'refuse_extension', endPassed: true },
  { type: 'deadline_passed' },
  { type: 'end_passed' },
  { type: 'return' },
];
const ACTIONS: LeaveAction[] = ['acknowledge', 'approve', 'refuse', 'approve_extension', 'refuse_extension'];

describe('外出报告 (戒毒条例 第十九条: a written report, not permission — the default)', () => {
  it('戒毒条例 第十九条: a county without a policy of its own takes reports; submitting is reporting', () => {
    expect(leaveModeFor(false)).toBe('report');
    expect(initialLeaveStatus('report')).toBe('reported');
    expect(leaveStatusLabels.reported.zh).toBe('已报告');
    expect(leaveStatusLabels.acknowledged.zh).toBe('已知悉');
  });

  it('walks the path: 已报告 → 已知悉 → 续报 (已报告) → 已知悉 → 已销假', () => {
    expect(
      run(
        [{ type: 'acknowledge' }, { type: 'report_extension' }, { type: 'acknowledge' }, { type: 'return' }],
        'reported',
      ),
    ).toBe('closed');
  });

  it('the person may come back, or report more days, before the officer acknowledges', () => {
    expect(run([{ type: 'return' }], 'reported')).toBe('closed');
    expect(run([{ type: 'report_extension' }, { type: 'report_extension' }], 'reported')).toBe('reported');
  });

  it('戒毒条例 第十九条: a report can never be refused (nor approved), in any state it can be in', () => {
    for (const s of ['reported', 'acknowledged'] as const) {
      expect(leaveTransition(s, { type: 'refuse' })).toMatchObject({ ok: false });
      expect(leaveTransition(s, { type: 'approve' })).toMatchObject({ ok: false });
      expect(leaveTransition(s, { type: 'refuse_extension', endPassed: true })).toMatchObject({ ok: false });
    }
    // From a report, no sequence of events ever reaches 不同意.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENTS), { maxLength: 12 }), (events) => {
        let s: LeaveStatus = 'reported';
        for (const e of events) {
          const r = leaveTransition(s, e);
          if (r.ok) s = r.status;
        }
        expect(['reported', 'acknowledged', 'overdue', 'closed']).toContain(s);
      }),
    );
  });

  it('acknowledging twice is refused; 超时未归 still applies past the reported return date', () => {
    expect(leaveTransition('acknowledged', { type: 'acknowledge' })).toMatchObject({
      ok: false,
      message: '该外出报告已知悉',
    });
    expect(run([{ type: 'end_passed' }], 'reported')).toBe('overdue');
    expect(run([{ type: 'acknowledge' }, { type: 'end_passed' }, { type: 'return' }], 'reported')).toBe(
      'closed',
    );
    // A report is never 超时未审批: there is nothing to decide.
    expect(leaveTransition('reported', { type: 'deadline_passed' }).ok).toBe(false);
  });

  it("the officer's actions on a report: approve means acknowledge (the old route), refuse is not possible", () => {
    expect(officerLeaveEvent('report', 'acknowledge', false)).toEqual({
      ok: true,
      event: { type: 'acknowledge' },
    });
    expect(officerLeaveEvent('report', 'approve', false)).toEqual({
      ok: true,
      event: { type: 'acknowledge' },
    });
    expect(officerLeaveEvent('report', 'approve_extension', false)).toEqual({
      ok: true,
      event: { type: 'acknowledge' },
    });
    expect(officerLeaveEvent('report', 'refuse', false)).toMatchObject({
      ok: false,
      code: 'LEAVE_NOT_REFUSABLE',
    });
    expect(officerLeaveEvent('report', 'refuse_extension', true)).toMatchObject({
      ok: false,
      code: 'LEAVE_NOT_REFUSABLE',
    });
    expect(extensionEvent('report')).toEqual({ type: 'report_extension' });
  });
});

describe("请假审批 (local policy: the county's agreement adds an approval step)", () => {
  it('a county whose agreement says so runs the approval workflow', () => {
    expect(leaveModeFor(true)).toBe('approval');
    expect(initialLeaveStatus('approval')).toBe('pending');
    expect(leaveModeLabels.approval.zh).toContain('地方政策');
    expect(extensionEvent('approval')).toEqual({ type: 'request_extension' });
  });

  it('walks the happy path: 待审批 → 已同意 → 续假 → 已同意 → 已销假', () => {
    expect(
      run(
        [
          { type: 'approve' },
          { type: 'request_extension' },
          { type: 'approve_extension' },
          { type: 'return' },
        ],
        'pending',
      ),
    ).toBe('closed');
  });

  it('a refused request is final', () => {
    expect(run([{ type: 'refuse' }], 'pending')).toBe('refused');
    for (const e of EVENTS) expect(leaveTransition('refused', e).ok).toBe(false);
  });

  it('超时未审批: an undecided request past its deadline lapses, and may still be decided late', () => {
    expect(run([{ type: 'deadline_passed' }], 'pending')).toBe('lapsed');
    expect(run([{ type: 'deadline_passed' }, { type: 'approve' }], 'pending')).toBe('approved');
    expect(run([{ type: 'deadline_passed' }, { type: 'refuse' }], 'pending')).toBe('refused');
    expect(leaveTransition('lapsed', { type: 'return' }).ok).toBe(false);
  });

  it('超时未归: approved leave past its end is overdue, and 销假 still closes it', () => {
    expect(run([{ type: 'approve' }, { type: 'end_passed' }], 'pending')).toBe('overdue');
    expect(run([{ type: 'approve' }, { type: 'end_passed' }, { type: 'return' }], 'pending')).toBe('closed');
    expect(leaveTransition('pending', { type: 'end_passed' }).ok).toBe(false);
  });

  it('a refused extension returns to the approved leave, or to overdue once the end has passed', () => {
    const ask: LeaveEvent[] = [{ type: 'approve' }, { type: 'request_extension' }];
    expect(run([...ask, { type: 'refuse_extension', endPassed: false }], 'pending')).toBe('approved');
    expect(run([...ask, { type: 'refuse_extension', endPassed: true }], 'pending')).toBe('overdue');
  });

  it('cannot return from a request that was never approved, nor extend one twice, nor acknowledge one', () => {
    expect(leaveTransition('pending', { type: 'return' })).toMatchObject({ ok: false });
    expect(leaveTransition('extension', { type: 'request_extension' })).toMatchObject({
      ok: false,
      message: '已有续假申请待审批',
    });
    expect(leaveTransition('pending', { type: 'acknowledge' }).ok).toBe(false);
    expect(officerLeaveEvent('approval', 'acknowledge', false)).toMatchObject({
      ok: false,
      code: 'LEAVE_NEEDS_DECISION',
    });
    expect(officerLeaveEvent('approval', 'refuse_extension', true)).toEqual({
      ok: true,
      event: { type: 'refuse_extension', endPassed: true },
    });
  });
});

describe('both modes', () => {
  it('a request is running in every state but the final ones', () => {
    const final = LEAVE_STATUSES.filter((s) => !ACTIVE_LEAVE_STATUSES.some((a) => a === s));
    expect(final).toEqual(['refused', 'closed']);
    for (const s of ACTIVE_LEAVE_STATUSES) expect(EVENTS.some((e) => leaveTransition(s, e).ok)).toBe(true);
  });

  it('every state and mode has a label in both languages; any event sequence stays within the states', () => {
    for (const s of LEAVE_STATUSES) expect(leaveStatusLabels[s].zh).toBeTruthy();
    for (const m of LEAVE_MODES) expect(leaveModeLabels[m].en).toBeTruthy();
    fc.assert(
      fc.property(
        fc.constantFrom(...LEAVE_MODES),
        fc.array(fc.constantFrom(...ACTIONS, 'end_passed', 'return', 'extend'), { maxLength: 12 }),
        (mode, steps) => {
          let s = initialLeaveStatus(mode);
          for (const step of steps) {
            const event: LeaveEvent | null =
              step === 'end_passed' || step === 'return'
                ? { type: step }
                : step === 'extend'
                  ? extensionEvent(mode)
                  : (() => {
                      const e = officerLeaveEvent(mode, step, false);
                      return e.ok ? e.event : null;
                    })();
            const r = event && leaveTransition(s, event);
            if (r?.ok) s = r.status;
          }
          expect(LEAVE_STATUSES).toContain(s);
          // 戒毒条例 第十九条: only a county's approval policy can ever end in 不同意.
          if (mode === 'report') expect(s).not.toBe('refused');
        },
      ),
    );
  });
});

describe('deadlines and dates', () => {
  it('the officer acknowledges (or decides) by the day before departure, never before the request day', () => {
    expect(leaveDecisionDeadline('2026-11-30', '2026-12-10')).toBe('2026-12-09');
    expect(leaveDecisionDeadline('2026-11-30', '2026-12-01')).toBe('2026-11-30');
    expect(leaveDecisionDeadline('2026-11-30', '2026-11-30')).toBe('2026-11-30');
  });

  it('an extension is acknowledged (or decided) by the current end date', () => {
    expect(extensionDecisionDeadline('2026-12-05', '2026-12-10')).toBe('2026-12-10');
    expect(extensionDecisionDeadline('2026-12-10', '2026-12-10')).toBe('2026-12-10');
  });

  it('戒毒条例 第十九条 + 民法典 第二百零一条: leave Tuesday, back Thursday (2 days) needs no report; back Friday (3) or Saturday (4) does', () => {
    // 2026-12-01 is a Tuesday.
    expect(leaveNeedsReport('2026-12-01', '2026-12-01')).toBe(false);
    expect(leaveNeedsReport('2026-12-01', '2026-12-03')).toBe(false);
    expect(leaveNeedsReport('2026-12-01', '2026-12-04')).toBe(true);
    expect(leaveNeedsReport('2026-12-01', '2026-12-05')).toBe(true);
  });

  it('overdue from the day after the end (the end day is the day of return)', () => {
    expect(isLeaveOverdue('2026-12-10', '2026-12-09')).toBe(false);
    expect(isLeaveOverdue('2026-12-10', '2026-12-10')).toBe(false);
    expect(isLeaveOverdue('2026-12-10', '2026-12-11')).toBe(true);
  });

  it('民法典 第二百零一条: an overstay starts on the reported day of return (not counted): back that day 0, the day after 1', () => {
    expect(overstay('2026-12-10', '2026-12-09')).toBeNull();
    expect(overstay('2026-12-10', '2026-12-10')).toBeNull();
    expect(overstay('2026-12-10', '2026-12-11')).toEqual({ from: '2026-12-10', to: '2026-12-11', days: 1 });
    expect(overstay('2026-12-10', '2026-12-12')).toEqual({ from: '2026-12-10', to: '2026-12-12', days: 2 });
    expect(overstay('2026-12-10', '2026-12-13')).toEqual({ from: '2026-12-10', to: '2026-12-13', days: 3 });
    expect(overstay('2026-12-30', '2027-01-02')).toEqual({ from: '2026-12-30', to: '2027-01-02', days: 3 });
  });

  it('民法典 第二百零一条: reported Monday–Friday, back the next Wednesday: 4 reported + 5 unreported = 9 days', () => {
    // 2026-11-30 is a Monday.
    const over = overstay('2026-12-04', '2026-12-09')!;
    expect(over).toEqual({ from: '2026-12-04', to: '2026-12-09', days: 5 });
    expect(absenceDays('2026-11-30', '2026-12-04') + over.days).toBe(absenceDays('2026-11-30', '2026-12-09'));
    // Any split adds up (property).
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.nat({ max: 40 }), (reported, extra) => {
        const from = '2026-01-01';
        const to = addDays(from, reported);
        const back = addDays(to, extra);
        expect(absenceDays(from, to) + (overstay(to, back)?.days ?? 0)).toBe(absenceDays(from, back));
      }),
    );
  });

  it('a new request starts today or later and ends on or after its start', () => {
    expect(leaveDatesProblem('2026-11-29', '2026-12-01', '2026-11-30')).toMatchObject({ path: 'from' });
    expect(leaveDatesProblem('2026-12-02', '2026-12-01', '2026-11-30')).toMatchObject({ path: 'to' });
    expect(leaveDatesProblem('2026-11-30', '2026-11-30', '2026-11-30')).toBeNull();
  });
});
