import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  personStatusFor,
  initialMeasureState,
  isFinalStatus,
  MEASURE_STATUSES,
  measureEventLabels,
  measureStatusLabels,
  transition,
  type MeasureEvent,
  type MeasureEventType,
  type MeasureState,
  type MeasureStatus,
} from './lifecycle.ts';

const START = '2024-01-15';

function run(events: MeasureEvent[], from: MeasureState = initialMeasureState()): MeasureState {
  return events.reduce((state, event) => {
    const result = transition(state, event);
    if (!result.ok) throw new Error(`${event.type} rejected in ${state.status}: ${result.message}`);
    return result.state;
  }, from);
}

const eventOf = (type: MeasureEventType, date = '2024-02-01'): MeasureEvent =>
  type === 'report' ? { type, date } : { type };

describe('measure lifecycle', () => {
  it('executes from the 报到 date and is released on expiry (戒毒条例 第十四条、第二十三条)', () => {
    const executing = run([{ type: 'report', date: START }]);
    expect(executing).toEqual({ status: 'executing', termStart: START });
    expect(run([{ type: 'expire' }], executing)).toEqual({ status: 'released', termStart: START });
  });

  it("视为拒绝接受 is the officer's decision that there was no good reason (戒毒条例 第十四条、第二十一条)", () => {
    expect(run([{ type: 'refuse' }]).status).toBe('refused');
  });

  it('a person detained before 报到 is suspended and, on release, is back to 待报到 (戒毒条例 第二十四条)', () => {
    const suspended = run([{ type: 'suspend' }]);
    expect(suspended).toEqual({ status: 'suspended', termStart: null });
    expect(run([{ type: 'resume' }], suspended)).toEqual({ status: 'pending_report', termStart: null });
    expect(transition(suspended, { type: 'refuse' })).toMatchObject({ ok: false });
  });

  it('accepts a late report when good reason is shown, since refusal is only "无正当理由" (戒毒条例 第十四条)', () => {
    expect(run([{ type: 'refuse' }, { type: 'report', date: '2024-02-10' }])).toEqual({
      status: 'executing',
      termStart: '2024-02-10',
    });
  });

  it('suspends on detention and resumes on release (戒毒条例 第二十四条)', () => {
    const suspended = run([{ type: 'report', date: START }, { type: 'suspend' }]);
    expect(suspended.status).toBe('suspended');
    expect(run([{ type: 'resume' }], suspended)).toEqual({ status: 'executing', termStart: START });
  });

  it('cannot expire while suspended: days of 中止 do not count (戒毒条例 第二十四条)', () => {
    const suspended = run([{ type: 'report', date: START }, { type: 'suspend' }]);
    const result = transition(suspended, { type: 'expire' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('terminates on imprisonment or compulsory education from any open state (戒毒条例 第二十四条)', () => {
    expect(run([{ type: 'terminate' }]).status).toBe('terminated');
    expect(run([{ type: 'report', date: START }, { type: 'terminate' }]).status).toBe('terminated');
    expect(run([{ type: 'report', date: START }, { type: 'suspend' }, { type: 'terminate' }]).status).toBe(
      'terminated',
    );
    expect(run([{ type: 'refuse' }, { type: 'terminate' }]).status).toBe('terminated');
  });

  it('a change of execution place goes back to 待报到 and keeps the term start (戒毒条例 第二十二条)', () => {
    const transferred = run([{ type: 'report', date: START }, { type: 'transfer' }]);
    expect(transferred).toEqual({ status: 'pending_report', termStart: START });
    expect(run([{ type: 'report', date: '2025-03-01' }], transferred)).toEqual({
      status: 'executing',
      termStart: START,
    });
  });

  it('not reporting at the new place is never 视为拒绝: an overdue task and, after review, a violation of the agreement (戒毒条例 第二十二条)', () => {
    const transferred = run([{ type: 'report', date: START }, { type: 'transfer' }]);
    expect(transition(transferred, { type: 'refuse' })).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      message: '变更执行地后逾期未报到不视为拒绝接受（戒毒条例第二十二条），应按违反协议处理',
    });
  });

  it('rejects a second report', () => {
    const executing = run([{ type: 'report', date: START }]);
    expect(transition(executing, { type: 'report', date: '2024-02-01' })).toEqual({
      ok: false,
      code: 'ALREADY_REPORTED',
      message: '已报到，无需重复报到',
    });
  });

  it('released and terminated accept nothing', () => {
    for (const status of ['released', 'terminated'] as const) {
      for (const type of Object.keys(measureEventLabels) as MeasureEventType[]) {
        const result = transition({ status, termStart: START }, eventOf(type));
        expect(result).toMatchObject({ ok: false, code: 'MEASURE_CLOSED' });
      }
    }
    expect(transition({ status: 'released', termStart: START }, { type: 'suspend' })).toMatchObject({
      message: '措施已解除，不能再中止',
    });
  });

  it('rejects an invalid report date', () => {
    expect(() => transition(initialMeasureState(), { type: 'report', date: '2024-02-30' })).toThrow(
      RangeError,
    );
  });

  // The whole table: the status each event leads to from each status, or null when it is refused.
  const table: Record<MeasureStatus, Record<MeasureEventType, MeasureStatus | null>> = {
    pending_report: {
      report: 'executing',
      refuse: 'refused',
      suspend: 'suspended',
      resume: null,
      terminate: 'terminated',
      transfer: null,
      expire: null,
    },
    executing: {
      report: null,
      refuse: null,
      suspend: 'suspended',
      resume: null,
      terminate: 'terminated',
      transfer: 'pending_report',
      expire: 'released',
    },
    suspended: {
      report: null,
      refuse: null,
      suspend: null,
      resume: 'executing',
      terminate: 'terminated',
      transfer: null,
      expire: null,
    },
    refused: {
      report: 'executing',
      refuse: null,
      suspend: null,
      resume: null,
      terminate: 'terminated',
      transfer: null,
      expire: null,
    },
    terminated: {
      report: null,
      refuse: null,
      suspend: null,
      resume: null,
      terminate: null,
      transfer: null,
      expire: null,
    },
    released: {
      report: null,
      refuse: null,
      suspend: null,
      resume: null,
      terminate: null,
      transfer: null,
      expire: null,
    },
  };

  it.each(
    MEASURE_STATUSES.flatMap((status) =>
      (Object.keys(measureEventLabels) as MeasureEventType[]).map((type) => ({
        status,
        type,
        expected: table[status][type],
      })),
    ),
  )('$status + $type → $expected', ({ status, type, expected }) => {
    const result = transition(
      { status, termStart: status === 'pending_report' ? null : START },
      eventOf(type),
    );
    if (expected === null) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    } else {
      expect(result).toMatchObject({ ok: true, state: { status: expected } });
    }
  });

  it('has a Chinese label for every status and event', () => {
    for (const status of MEASURE_STATUSES) expect(measureStatusLabels[status].zh).toMatch(/[\u4e00-\u9fff]/);
    for (const label of Object.values(measureEventLabels)) expect(label.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  const anyEvent: fc.Arbitrary<MeasureEvent> = fc.oneof(
    fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => ({ type: 'report' as const, date: d.toISOString().slice(0, 10) })),
    fc.constantFrom<MeasureEvent>(
      { type: 'refuse' },
      { type: 'suspend' },
      { type: 'resume' },
      { type: 'terminate' },
      { type: 'transfer' },
      { type: 'expire' },
    ),
  );

  it('never leaves the set of states, keeps final states final and the term start fixed (property)', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
        let state = initialMeasureState();
        for (const event of events) {
          const before = structuredClone(state);
          const result = transition(state, event);
          expect(state).toEqual(before); // never mutated
          if (isFinalStatus(state.status)) expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.message).toMatch(/[\u4e00-\u9fff]/);
            continue;
          }
          expect(MEASURE_STATUSES).toContain(result.state.status);
          if (state.termStart !== null) expect(result.state.termStart).toBe(state.termStart);
          if (result.state.status === 'executing') expect(result.state.termStart).not.toBeNull();
          state = result.state;
        }
      }),
    );
  });
});

describe('personStatusFor: the file follows its measure', () => {
  it.each([
    [{ type: 'community_detox', status: 'pending_report' }, 'pending_report'],
    [{ type: 'community_detox', status: 'executing' }, 'community_detox'],
    [{ type: 'community_rehab', status: 'executing' }, 'community_rehab'],
    [{ type: 'community_rehab', status: 'suspended' }, 'suspended'],
    [{ type: 'community_detox', status: 'released' }, 'released'],
    [{ type: 'community_detox', status: 'refused' }, 'other'],
    [{ type: 'community_rehab', status: 'terminated' }, 'other'],
  ] as const)('%o → %s', (m, expected) => {
    expect(personStatusFor(m)).toBe(expected);
  });

  it('a new measure puts the file at 待报到', () => {
    expect(personStatusFor({ type: 'community_rehab', status: initialMeasureState().status })).toBe(
      'pending_report',
    );
  });
});
