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

describe('MeasureCreateInput type: the code, or the Chinese label on the decision', () => {
  const parse = (type: unknown) => MeasureCreateInput.safeParse({ ...decision, type });

  it('reads 社区戒毒 and 社区康复 as their codes', () => {
    expect(parse('社区戒毒').data?.type).toBe('community_detox');
    expect(parse('社区康复').data?.type).toBe('community_rehab');
    expect(parse('community_rehab').data?.type).toBe('community_rehab');
  });

  it('refuses anything else, in Chinese', () => {
    for (const type of ['强制隔离戒毒', '社区 戒毒', 'Community detox', 1, null]) {
      const issue = parse(type).error?.issues.find((i) => i.path[0] === 'type');
      expect(issue?.message).toContain('措施类型应为');
    }
  });
});
