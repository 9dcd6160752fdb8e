import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { creditProblem } from './credit.ts';

const basis = { decisionNo: '冷公（禁）变字〔2026〕12号', decisionDate: '2026-11-01' };
const detox = { type: 'community_detox' as const, measureDecisionDate: '2026-11-20' };

describe('creditProblem (折抵, 戒毒条例 第三十一条)', () => {
  it('takes a credit on 社区戒毒 with the change decision it comes from', () => {
    expect(creditProblem({ ...detox, creditDays: 200, basis })).toBeNull();
  });

  it('has nothing to check when nothing is credited', () => {
    expect(creditProblem({ ...detox, creditDays: 0, basis: null })).toBeNull();
    expect(
      creditProblem({
        type: 'community_rehab',
        creditDays: 0,
        basis: null,
        measureDecisionDate: '2026-11-20',
      }),
    ).toBeNull();
  });

  it('refuses any credit on 社区康复, even one day, even with a basis', () => {
    const p = creditProblem({
      type: 'community_rehab',
      creditDays: 1,
      basis,
      measureDecisionDate: '2026-11-20',
    });
    expect(p).toMatchObject({ code: 'CREDIT_NOT_ALLOWED', path: 'creditDays' });
    expect(p?.message).toContain('社区康复不得折抵');
    expect(p?.message).toContain('第三十一条');
  });

  it('requires the change decision (its number) for a credit on 社区戒毒', () => {
    expect(creditProblem({ ...detox, creditDays: 1, basis: null })).toMatchObject({
      code: 'CREDIT_BASIS_REQUIRED',
      path: 'creditBasis.decisionNo',
    });
    expect(creditProblem({ ...detox, creditDays: 1, basis: { ...basis, decisionNo: '  ' } })?.code).toBe(
      'CREDIT_BASIS_REQUIRED',
    );
  });

  it('accepts a change approved on the day of the 社区戒毒 decision, not one after it', () => {
    const on = (decisionDate: string) =>
      creditProblem({ ...detox, creditDays: 30, basis: { ...basis, decisionDate } });
    expect(on('2026-11-20')).toBeNull();
    expect(on('2026-11-21')).toMatchObject({ path: 'creditBasis.decisionDate' });
  });

  it('refuses a negative or fractional number of days', () => {
    expect(creditProblem({ ...detox, creditDays: -1, basis })?.path).toBe('creditDays');
    expect(creditProblem({ ...detox, creditDays: 1.5, basis })?.path).toBe('creditDays');
  });

  it('never allows a credit on 社区康复 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1095 }), fc.boolean(), (creditDays, withBasis) => {
        const p = creditProblem({
          type: 'community_rehab',
          creditDays,
          basis: withBasis ? basis : null,
          measureDecisionDate: '2026-11-20',
        });
        expect(p?.code).toBe('CREDIT_NOT_ALLOWED');
      }),
    );
  });
});
