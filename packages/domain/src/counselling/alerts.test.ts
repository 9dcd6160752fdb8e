import { describe, expect, it } from 'vitest';
import { alertFollowUpDue } from './alerts.ts';

describe('alertFollowUpDue', () => {
  it('is the next day, across a month and a year end', () => {
    expect(alertFollowUpDue('2026-11-29')).toBe('2026-11-30');
    expect(alertFollowUpDue('2026-11-30')).toBe('2026-12-01');
    expect(alertFollowUpDue('2026-12-31')).toBe('2027-01-01');
  });
});
