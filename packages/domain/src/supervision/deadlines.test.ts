import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { workdayCalendar } from '../calendar/workdays.ts';
import { daysBetween } from './dates.ts';
import {
  agreementDueBy,
  earliestExtendedDeadline,
  extendedDeadlineProblem,
  extendedReportDeadline,
  isAgreementOverdue,
  releaseNoticeDeadline,
  reportDeadline,
  reportDeadlineAfterRelease,
  reportDeadlineFor,
  transferReportDeadline,
} from './deadlines.ts';

const calendar = workdayCalendar();
/** A calendar with no rest days at all: the plain arithmetic of 民法典 第二百零一条. */
const noRestDays = { isRestDay: () => false, restDayReason: () => null, knowsYear: () => true };

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const detoxDeadline = (received: string) => reportDeadline('community_detox', received, calendar).date;

describe('reportDeadline (戒毒条例 第十四条, counted per 民法典 第二百零一条)', () => {
  it('does not count the day of receipt: received 2024-03-03 → report by 2024-03-18', () => {
    expect(detoxDeadline('2024-03-03')).toBe('2024-03-18');
  });

  it('crosses month and leap-day boundaries', () => {
    expect(reportDeadline('community_detox', '2024-02-20', noRestDays).date).toBe('2024-03-06');
    expect(reportDeadline('community_detox', '2023-02-20', noRestDays).date).toBe('2023-03-07');
    expect(reportDeadline('community_detox', '2024-12-25', noRestDays).date).toBe('2025-01-09');
  });

  it('is always 15 days later without rest days (property)', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(daysBetween(d, reportDeadline('community_detox', d, noRestDays).date)).toBe(15);
      }),
    );
  });

  it('never ends on a rest day and never moves earlier (民法典 第二百零三条, property)', () => {
    fc.assert(
      fc.property(date, (d) => {
        const deadline = detoxDeadline(d);
        expect(calendar.isRestDay(deadline)).toBe(false);
        expect(daysBetween(d, deadline)).toBeGreaterThanOrEqual(15);
      }),
    );
  });
});

describe('民法典 第二百零三条: a period ending on a 法定休假日 ends on the next working day', () => {
  it('received 2026-09-21: the 15th day, 10月6日, is a National Day holiday, so 报到 is due 10月8日', () => {
    const d = reportDeadline('community_detox', '2026-09-21', calendar);
    expect(d.date).toBe('2026-10-08');
    expect(d.explain.zh).toBe(
      '9月21日收到决定书，次日起算15日，届满日10月6日为法定节假日（国庆节），顺延至10月8日（民法典第二百零一条、第二百零三条；戒毒条例第十四条）',
    );
    expect(d.explain.en).toContain('2026-10-08');
  });

  it('day before / day of / day after the holiday tail: 09-22 → 10-08, 09-23 → 10-08, 09-24 → 10-09', () => {
    expect(detoxDeadline('2026-09-22')).toBe('2026-10-08'); // 10-07, last holiday day
    expect(detoxDeadline('2026-09-23')).toBe('2026-10-08'); // 10-08, first working day: not moved
    expect(detoxDeadline('2026-09-24')).toBe('2026-10-09');
    expect(reportDeadline('community_detox', '2026-09-23', calendar).explain.zh).toBe(
      '9月23日收到决定书，次日起算15日，至10月8日届满（民法典第二百零一条；戒毒条例第十四条）',
    );
  });

  it('a weekend day worked under 调休 is a working day: ending Saturday 2026-10-10 is not moved', () => {
    expect(detoxDeadline('2026-09-25')).toBe('2026-10-10');
    expect(detoxDeadline('2026-09-05')).toBe('2026-09-20'); // Sunday worked
  });

  it('an ordinary weekend moves the end to Monday', () => {
    const d = reportDeadline('community_detox', '2026-11-20', calendar);
    expect(d.date).toBe('2026-12-07');
    expect(d.explain.zh).toContain('届满日12月5日为休息日（星期六），顺延至12月7日');
  });

  it('says when the year of the end has no schedule entered, and names the year across a year end', () => {
    const d = reportDeadline('community_detox', '2026-12-20', calendar);
    expect(d.date).toBe('2027-01-04');
    expect(d.explain.zh).toContain('至2027年1月4日届满');
    expect(d.explain.zh).toContain('2027年放假安排尚未录入');
    const entered = workdayCalendar([{ date: '2027-01-04', kind: 'rest', name: '元旦' }]);
    expect(reportDeadline('community_detox', '2026-12-20', entered).date).toBe('2027-01-05');
  });

  it('cites 第三十八条 for 社区康复 (same 15 days)', () => {
    const d = reportDeadline('community_rehab', '2024-03-03', calendar);
    expect(d.date).toBe('2024-03-18');
    expect(d.explain.zh).toContain('戒毒条例第三十八条');
  });
});

describe('agreementDueBy (戒毒条例 第十六条, our 7-day policy)', () => {
  it('is 7 days after 报到, moved past rest days', () => {
    expect(agreementDueBy('2024-03-18', calendar).date).toBe('2024-03-25');
    // 2026-09-29 + 7 = 10-06, a holiday → 10-08.
    expect(agreementDueBy('2026-09-29', calendar).date).toBe('2026-10-08');
    expect(agreementDueBy('2026-09-29', calendar).explain.zh).toContain('本地政策7日');
  });

  it('flags a missing agreement only after the due day', () => {
    const reportDate = '2024-03-18';
    const at = (today: string, signedDate: string | null = null) =>
      isAgreementOverdue({ reportDate, signedDate, today, calendar });
    expect(at('2024-03-25')).toBe(false);
    expect(at('2024-03-26')).toBe(true);
    expect(at('2024-04-01', '2024-03-30')).toBe(false);
  });
});

describe('releaseNoticeDeadline (戒毒条例 第二十三条: the police notify within 7 days)', () => {
  it('is 7 days after the 解除 date, moved past rest days', () => {
    expect(releaseNoticeDeadline('2024-01-15', calendar).date).toBe('2024-01-22');
    expect(releaseNoticeDeadline('2026-09-29', calendar).date).toBe('2026-10-08');
    expect(releaseNoticeDeadline('2024-01-15', calendar).explain.zh).toContain('公安机关');
  });
});

describe('transferReportDeadline (戒毒条例 第二十二条: report at the new place within 15 days)', () => {
  it('is 15 days after the change of execution place, moved past rest days', () => {
    expect(transferReportDeadline('2025-02-20', calendar).date).toBe('2025-03-07');
    expect(transferReportDeadline('2026-09-21', calendar).date).toBe('2026-10-08');
    expect(transferReportDeadline('2026-09-21', calendar).explain.zh).toContain('戒毒条例第二十二条');
  });
});

describe('reportDeadlineFor: one entry point for every basis of a 报到 deadline', () => {
  it('counts from the decision, the transfer or the release; takes an extension as the officer set it', () => {
    const base = { type: 'community_detox' as const, from: '2026-09-21' };
    expect(reportDeadlineFor({ ...base, basis: 'decision' }, calendar)).toEqual(
      reportDeadline('community_detox', '2026-09-21', calendar),
    );
    expect(reportDeadlineFor({ ...base, basis: 'transfer' }, calendar)).toEqual(
      transferReportDeadline('2026-09-21', calendar),
    );
    expect(reportDeadlineFor({ ...base, basis: 'release' }, calendar)).toEqual(
      reportDeadlineAfterRelease('2026-09-21', calendar),
    );
    const extended = reportDeadlineFor(
      { ...base, basis: 'extension', extendedTo: '2026-10-20', reason: '住院治疗' },
      calendar,
    );
    expect(extended).toEqual(extendedReportDeadline('2026-10-20', '住院治疗'));
    expect(extended.explain.zh).toBe(
      '经审查有正当理由（住院治疗），报到期限延长至10月20日（戒毒条例第十四条）',
    );
  });
});

describe('extendedDeadlineProblem (戒毒条例 第十四条: a new deadline for good reason)', () => {
  it('takes a day after the deadline that passed and not before today; today itself when the deadline is long past', () => {
    expect(earliestExtendedDeadline('2026-10-08', '2026-10-09')).toBe('2026-10-09');
    expect(earliestExtendedDeadline('2026-10-08', '2026-10-05')).toBe('2026-10-09');
    expect(extendedDeadlineProblem('2026-10-09', '2026-10-08', '2026-10-09')).toBeNull();
    expect(extendedDeadlineProblem('2026-10-08', '2026-10-08', '2026-10-05')).toBe(
      '新的报到期限应晚于原期限（2026-10-08）',
    );
    expect(extendedDeadlineProblem('2026-10-08', '2026-09-30', '2026-10-09')).toBe(
      '新的报到期限不能早于今天',
    );
  });
});
