import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { educationDueBy, violationResponse } from './education.ts';
import { VIOLATION_KINDS, VIOLATION_STATUSES } from './violations.ts';

describe('violationResponse (禁毒法 第三十五条 第二款: 批评、教育 before escalation)', () => {
  it('educates a confirmed ordinary violation while the measure is not seriously violated', () => {
    for (const kind of ['evasion', 'departure', 'late_rereport'] as const)
      expect(violationResponse({ kind, status: 'confirmed' }, false)).toBe('educate');
  });

  it('reports the same violation to the police once the measure is seriously violated (条例 第二十条)', () => {
    for (const kind of ['evasion', 'departure', 'late_rereport'] as const)
      expect(violationResponse({ kind, status: 'confirmed' }, true)).toBe('report_to_police');
  });

  it('reports a relapse, a refusal or a serious violation, never educates it', () => {
    for (const kind of ['relapse', 'refusal', 'serious'] as const) {
      expect(violationResponse({ kind, status: 'confirmed' }, false)).toBe('report_to_police');
      expect(violationResponse({ kind, status: 'confirmed' }, true)).toBe('report_to_police');
    }
  });

  it('does nothing for a candidate (not yet confirmed) or an excused violation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VIOLATION_KINDS),
        fc.constantFrom(...VIOLATION_STATUSES.filter((s) => s !== 'confirmed')),
        fc.boolean(),
        (kind, status, serious) => {
          expect(violationResponse({ kind, status }, serious)).toBe('none');
        },
      ),
    );
  });
});

describe('educationDueBy (local policy: within 7 days)', () => {
  it('is due 7 days after confirmation, across a year end', () => {
    expect(educationDueBy('2026-11-29')).toBe('2026-12-06');
    expect(educationDueBy('2026-12-28')).toBe('2027-01-04');
  });
});
