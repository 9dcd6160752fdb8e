import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween } from './dates.ts';
import {
  agreementDueBy,
  isAgreementOverdue,
  releaseNoticeDeadline,
  reportDeadline,
  transferReportDeadline,
} from './deadlines.ts';

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('reportDeadline (戒毒条例 第十四条, counted per 民法典 第二百零一条)', () => {
  it('does not count the day of receipt: received 2024-03-03 → report by 2024-03-18', () => {
    expect(reportDeadline('2024-03-03')).toBe('2024-03-18');
  });

  it('crosses month and leap-day boundaries', () => {
    expect(reportDeadline('2024-02-20')).toBe('2024-03-06');
    expect(reportDeadline('2023-02-20')).toBe('2023-03-07');
    expect(reportDeadline('2024-12-25')).toBe('2025-01-09');
  });

  it('moves past rest days at the end of the period (民法典 第二百零三条)', () => {
    // 2024-03-16/17 are a weekend; the 18th is a Monday, so nothing moves.
    expect(reportDeadline('2024-03-03', new Set(['2024-03-16', '2024-03-17']))).toBe('2024-03-18');
    // Received 2024-09-16: the 15th day is 2024-10-01, inside the 10-01…10-07 National Day holiday.
    const nationalDay = new Set(Array.from({ length: 7 }, (_, i) => `2024-10-0${i + 1}`));
    expect(reportDeadline('2024-09-16', nationalDay)).toBe('2024-10-08');
    expect(reportDeadline('2024-09-15', nationalDay)).toBe('2024-09-30');
  });

  it('is always 15 days later without rest days (property)', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(daysBetween(d, reportDeadline(d))).toBe(15);
      }),
    );
  });
});

describe('agreementDueBy (戒毒条例 第十六条, our 7-day policy)', () => {
  it('is 7 days after 报到', () => {
    expect(agreementDueBy('2024-03-18')).toBe('2024-03-25');
  });

  it('flags a missing agreement only after the due day', () => {
    const reportDate = '2024-03-18';
    expect(isAgreementOverdue({ reportDate, signedDate: null, today: '2024-03-25' })).toBe(false);
    expect(isAgreementOverdue({ reportDate, signedDate: null, today: '2024-03-26' })).toBe(true);
    expect(isAgreementOverdue({ reportDate, signedDate: '2024-03-30', today: '2024-04-01' })).toBe(false);
  });
});

describe('releaseNoticeDeadline (戒毒条例 第二十三条: notify within 7 days)', () => {
  it('is 7 days after the 解除 date', () => {
    expect(releaseNoticeDeadline('2027-01-15')).toBe('2027-01-22');
    expect(releaseNoticeDeadline('2027-12-28')).toBe('2028-01-04');
  });
});

describe('transferReportDeadline (戒毒条例 第二十二条: report at the new place within 15 days)', () => {
  it('is 15 days after the change of execution place', () => {
    expect(transferReportDeadline('2025-02-20')).toBe('2025-03-07');
    expect(transferReportDeadline('2024-02-20')).toBe('2024-03-06');
  });
});
