import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { noEarlyReleaseGrounds } from './noEarlyRelease.ts';
import type { ViolationKind, ViolationStatus } from './violations.ts';

const v = (kind: ViolationKind, date: string, status: ViolationStatus = 'confirmed') => ({
  kind,
  status,
  date,
});
const rehab = {
  type: 'community_rehab' as const,
  measureStatus: 'executing' as const,
  relapseDate: '2026-11-20',
};

describe('noEarlyReleaseGrounds (戒毒条例 第三十八条 第二款)', () => {
  it('a serious violation followed by relapse: applies, with the violation as evidence', () => {
    const serious = v('serious', '2026-10-01');
    expect(noEarlyReleaseGrounds({ ...rehab, violations: [v('evasion', '2026-09-01'), serious] })).toEqual({
      applies: true,
      refused: false,
      grounds: [serious],
    });
  });

  it('a serious violation flagged the same day as the relapse counts; one flagged after does not', () => {
    expect(noEarlyReleaseGrounds({ ...rehab, violations: [v('serious', '2026-11-20')] }).applies).toBe(true);
    expect(noEarlyReleaseGrounds({ ...rehab, violations: [v('serious', '2026-11-21')] }).applies).toBe(false);
  });

  it('a refusal: the refused status, or a confirmed refusal on record before the relapse', () => {
    expect(noEarlyReleaseGrounds({ ...rehab, measureStatus: 'refused', violations: [] })).toMatchObject({
      applies: true,
      refused: true,
    });
    expect(noEarlyReleaseGrounds({ ...rehab, violations: [v('refusal', '2026-06-01')] }).applies).toBe(true);
    // A refusal still to be decided is no ground yet.
    expect(
      noEarlyReleaseGrounds({ ...rehab, violations: [v('refusal', '2026-06-01', 'candidate')] }).applies,
    ).toBe(false);
  });

  it('a relapse alone, or after ordinary violations only, is not enough', () => {
    expect(
      noEarlyReleaseGrounds({
        ...rehab,
        violations: [v('evasion', '2026-09-01'), v('departure', '2026-10-01')],
      }).applies,
    ).toBe(false);
  });

  it('never applies to 社区戒毒 (the article is about 社区康复), whatever happened (property)', () => {
    const kinds = fc.constantFrom<ViolationKind>(
      'evasion',
      'departure',
      'relapse',
      'refusal',
      'late_rereport',
      'serious',
    );
    const statuses = fc.constantFrom<ViolationStatus>('candidate', 'confirmed', 'excused');
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: kinds, status: statuses, date: fc.constant('2026-01-01') })),
        fc.constantFrom('executing' as const, 'refused' as const),
        (violations, measureStatus) => {
          const a = noEarlyReleaseGrounds({
            type: 'community_detox',
            measureStatus,
            violations,
            relapseDate: '2026-11-20',
          });
          expect(a.applies).toBe(false);
        },
      ),
    );
  });
});
