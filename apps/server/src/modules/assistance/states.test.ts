import { describe, expect, it } from 'vitest';
import { assistanceTransition } from './states.ts';

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
});
