import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ASSISTANCE_STATUSES,
  assistanceAcceptDue,
  assistanceTransition,
  type AssistanceAction,
} from './assistanceApplication.ts';

const ACTIONS: AssistanceAction[] = ['accept', 'conclude', 'withdraw'];

describe('assistanceAcceptDue', () => {
  it('gives staff 5 days to accept, across a month end', () => {
    expect(assistanceAcceptDue('2026-11-28')).toBe('2026-12-03');
  });
});

describe('assistanceTransition', () => {
  it('goes 已提交 → 受理中 → 已办结', () => {
    expect(assistanceTransition('submitted', 'accept')).toBe('in_progress');
    expect(assistanceTransition('in_progress', 'conclude')).toBe('concluded');
  });

  it('lets the person withdraw only before a decision', () => {
    expect(assistanceTransition('submitted', 'withdraw')).toBe('withdrawn');
    expect(assistanceTransition('in_progress', 'withdraw')).toBe('withdrawn');
    expect(assistanceTransition('concluded', 'withdraw')).toBeNull();
    expect(assistanceTransition('withdrawn', 'withdraw')).toBeNull();
  });

  it('refuses skipping or repeating a step', () => {
    expect(assistanceTransition('submitted', 'conclude')).toBeNull();
    expect(assistanceTransition('in_progress', 'accept')).toBeNull();
    expect(assistanceTransition('concluded', 'accept')).toBeNull();
    expect(assistanceTransition('withdrawn', 'conclude')).toBeNull();
  });

  it('any sequence of actions stays within the states, and 已办结 / 已撤回 are final', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ACTIONS), { maxLength: 12 }), (actions) => {
        let s: (typeof ASSISTANCE_STATUSES)[number] = 'submitted';
        for (const a of actions) {
          const next = assistanceTransition(s, a);
          if (s === 'concluded' || s === 'withdrawn') expect(next).toBeNull();
          if (next) s = next;
          expect(ASSISTANCE_STATUSES).toContain(s);
        }
      }),
    );
  });
});
