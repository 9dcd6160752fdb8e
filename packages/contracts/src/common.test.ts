import { describe, expect, it } from 'vitest';
import { DateString } from './common.ts';

describe('DateString', () => {
  it('takes a real calendar day', () => {
    for (const d of ['2024-02-29', '2026-12-31', '2027-01-01'])
      expect(DateString.safeParse(d).success).toBe(true);
  });

  it('refuses days the calendar does not have, and other shapes', () => {
    for (const d of ['2023-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '20260105', '']) {
      expect(DateString.safeParse(d).success).toBe(false);
    }
  });
});
