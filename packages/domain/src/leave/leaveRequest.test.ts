import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACTIVE_LEAVE_STATUSES,
  extensionDecisionDeadline,
  isLeaveOverdue,
  LEAVE_STATUSES,
  leaveDatesProblem,
  leaveDecisionDeadline,
  leaveNeedsReport,
  leaveStatusLabels,
  leaveTransition,
  overstay,
  type LeaveEvent,
  type LeaveStatus,
} from './leaveRequest.ts';

function run(events: LeaveEvent[], from: LeaveStatus = 'pending'): LeaveStatus {
  return events.reduce((s, e) => {
    const r = leaveTransition(s, e);
    if (!r.ok) throw new Error(`${e.type} rejected in ${s}: ${r.message}`);
    return r.status;
  }, from);
}

const EVENTS: LeaveEvent[] = [
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

describe('leave request state machine', () => {
  it('walks the happy path: 待审 → 同意 → 续假 → 同意 → 已销假', () => {
    expect(
      run([
        { type: 'approve' },
        { type: 'request_extension' },
        { type: 'approve_extension' },
        { type: 'return' },
      ]),
    ).toBe('closed');
  });

  it('a refused request is final', () => {
    expect(run([{ type: 'refuse' }])).toBe('refused');
    for (const e of EVENTS) expect(leaveTransition('refused', e).ok).toBe(false);
  });

  it('closed is final', () => {
    for (const e of EVENTS) expect(leaveTransition('closed', e).ok).toBe(false);
  });

  it('超时未审批: an undecided request past its deadline lapses, and may still be decided late', () => {
    expect(run([{ type: 'deadline_passed' }])).toBe('lapsed');
    expect(run([{ type: 'deadline_passed' }, { type: 'approve' }])).toBe('approved');
    expect(run([{ type: 'deadline_passed' }, { type: 'refuse' }])).toBe('refused');
    expect(leaveTransition('lapsed', { type: 'return' }).ok).toBe(false);
  });

  it('超时未归: approved leave past its end is overdue, and 销假 still closes it', () => {
    expect(run([{ type: 'approve' }, { type: 'end_passed' }])).toBe('overdue');
    expect(run([{ type: 'approve' }, { type: 'end_passed' }, { type: 'return' }])).toBe('closed');
    expect(leaveTransition('pending', { type: 'end_passed' }).ok).toBe(false);
  });

  it('a refused extension returns to the approved leave, or to overdue once the end has passed', () => {
    expect(
      run([
        { type: 'approve' },
        { type: 'request_extension' },
        { type: 'refuse_extension', endPassed: false },
      ]),
    ).toBe('approved');
    expect(
      run([
        { type: 'approve' },
        { type: 'request_extension' },
        { type: 'refuse_extension', endPassed: true },
      ]),
    ).toBe('overdue');
  });

  it('cannot return from a request that was never approved, nor extend one twice', () => {
    expect(leaveTransition('pending', { type: 'return' })).toMatchObject({ ok: false });
    expect(leaveTransition('extension', { type: 'request_extension' })).toMatchObject({
      ok: false,
      message: '已有续假申请待审批',
    });
  });

  it('a request is running in every state but the final ones', () => {
    const final = LEAVE_STATUSES.filter((s) => !ACTIVE_LEAVE_STATUSES.some((a) => a === s));
    expect(final).toEqual(['refused', 'closed']);
    for (const s of ACTIVE_LEAVE_STATUSES) expect(EVENTS.some((e) => leaveTransition(s, e).ok)).toBe(true);
  });

  it('every state has a label in both languages, and any event sequence stays within the states', () => {
    for (const s of LEAVE_STATUSES) expect(leaveStatusLabels[s].zh).toBeTruthy();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENTS), { maxLength: 12 }), (events) => {
        let s: LeaveStatus = 'pending';
        for (const e of events) {
          const r = leaveTransition(s, e);
          if (r.ok) s = r.status;
        }
        expect(LEAVE_STATUSES).toContain(s);
        // Once final, always final.
        if (s === 'refused' || s === 'closed') expect(ACTIVE_LEAVE_STATUSES).not.toContain(s);
      }),
    );
  });
});

describe('deadlines and dates', () => {
  it('the officer decides by the day before departure, never before the request day', () => {
    expect(leaveDecisionDeadline('2026-11-30', '2026-12-10')).toBe('2026-12-09');
    expect(leaveDecisionDeadline('2026-11-30', '2026-12-01')).toBe('2026-11-30');
    expect(leaveDecisionDeadline('2026-11-30', '2026-11-30')).toBe('2026-11-30');
  });

  it('an extension is decided by the current end date', () => {
    expect(extensionDecisionDeadline('2026-12-05', '2026-12-10')).toBe('2026-12-10');
    expect(extensionDecisionDeadline('2026-12-10', '2026-12-10')).toBe('2026-12-10');
  });

  it('戒毒条例 第十九条: 3 days or more (both ends counted) need the written report', () => {
    expect(leaveNeedsReport('2026-12-01', '2026-12-02')).toBe(false);
    expect(leaveNeedsReport('2026-12-01', '2026-12-03')).toBe(true);
  });

  it('overdue from the day after the end (the end day is the day of return)', () => {
    expect(isLeaveOverdue('2026-12-10', '2026-12-10')).toBe(false);
    expect(isLeaveOverdue('2026-12-10', '2026-12-11')).toBe(true);
  });

  it('splits an overstay: the days after the approved end up to the return day are unreported', () => {
    expect(overstay('2026-12-10', '2026-12-10')).toBeNull();
    expect(overstay('2026-12-10', '2026-12-09')).toBeNull();
    expect(overstay('2026-12-10', '2026-12-11')).toEqual({ from: '2026-12-11', to: '2026-12-11', days: 1 });
    expect(overstay('2026-12-10', '2026-12-13')).toEqual({ from: '2026-12-11', to: '2026-12-13', days: 3 });
    expect(overstay('2026-12-30', '2027-01-02')).toEqual({ from: '2026-12-31', to: '2027-01-02', days: 3 });
  });

  it('a new request starts today or later and ends on or after its start', () => {
    expect(leaveDatesProblem('2026-11-29', '2026-12-01', '2026-11-30')).toMatchObject({ path: 'from' });
    expect(leaveDatesProblem('2026-12-02', '2026-12-01', '2026-11-30')).toMatchObject({ path: 'to' });
    expect(leaveDatesProblem('2026-11-30', '2026-11-30', '2026-11-30')).toBeNull();
  });
});
