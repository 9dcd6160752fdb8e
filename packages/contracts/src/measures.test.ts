import { describe, expect, it } from 'vitest';
import { MeasureCreateInput } from './measures.ts';

const decision = {
  decisionNo: '永公（禁）决字〔2026〕1号',
  decisionDate: '2026-03-01',
  receivedDate: '2026-03-02',
};

const termProblem = (input: object) =>
  MeasureCreateInput.safeParse({ ...decision, ...input }).error?.issues.find(
    (i) => i.path[0] === 'termMonths',
  )?.message;

describe('MeasureCreateInput term (戒毒条例 第十四条、第三十七条)', () => {
  it('社区戒毒 needs no term, and takes none but 36 months', () => {
    expect(termProblem({ type: 'community_detox' })).toBeUndefined();
    expect(termProblem({ type: 'community_detox', termMonths: 36 })).toBeUndefined();
    expect(termProblem({ type: 'community_detox', termMonths: 12 })).toBe('社区戒毒期限为3年（36个月）');
  });

  it('社区康复 takes 1 to 36 months', () => {
    expect(termProblem({ type: 'community_rehab' })).toBeUndefined();
    expect(termProblem({ type: 'community_rehab', termMonths: 12 })).toBeUndefined();
    expect(termProblem({ type: 'community_rehab', termMonths: 37 })).toBe(
      '社区康复期限不得超过3年（36个月）',
    );
  });
});
