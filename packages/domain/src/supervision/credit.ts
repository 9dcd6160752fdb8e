// 折抵: days of 强制隔离戒毒 counted toward a 社区戒毒 term (戒毒条例 第三十一条).
//
// 戒毒条例 第三十一条 lets 强制隔离戒毒 be changed to 社区戒毒 by an approved decision; the days
// already served then count toward the 社区戒毒 term. Nothing in the law credits days toward
// 社区康复, which follows a completed 强制隔离戒毒 (禁毒法 第四十八条, 戒毒条例 第三十七条). A credit
// therefore rests on one record: the approved change decision, kept beside the days it credits.

import { assertValidDate, compareDates } from './dates.ts';
import type { MeasureType } from './term.ts';

/** The decision changing 强制隔离戒毒 to 社区戒毒 that a credit comes from. */
export interface CreditBasis {
  /** 变更决定书文号. */
  decisionNo: string;
  /** The day the change was approved. */
  decisionDate: string;
}

export interface CreditInput {
  type: MeasureType;
  /** Days to credit; 0 or absent is no credit. */
  creditDays: number;
  basis: CreditBasis | null;
  /** The date of the 社区戒毒 decision itself: the change it rests on cannot come after it. */
  measureDecisionDate: string;
}

export type CreditProblemCode = 'CREDIT_NOT_ALLOWED' | 'CREDIT_BASIS_REQUIRED' | 'VALIDATION';

export interface CreditProblem {
  code: CreditProblemCode;
  /** The input field it belongs to. */
  path: 'creditDays' | 'creditBasis.decisionNo' | 'creditBasis.decisionDate';
  message: string;
}

/**
 * 戒毒条例 第三十一条: whether `creditDays` may be credited, or what is wrong; null when it may (or
 * when there is nothing to credit). Only a 社区戒毒 can take a credit, and only with the change
 * decision it comes from, dated no later than the 社区戒毒 decision.
 */
export function creditProblem({
  type,
  creditDays,
  basis,
  measureDecisionDate,
}: CreditInput): CreditProblem | null {
  if (!Number.isSafeInteger(creditDays) || creditDays < 0)
    return { code: 'VALIDATION', path: 'creditDays', message: '折抵天数应为非负整数' };
  if (creditDays === 0) return null;
  if (type !== 'community_detox') {
    return {
      code: 'CREDIT_NOT_ALLOWED',
      path: 'creditDays',
      message: '折抵仅适用于经批准由强制隔离戒毒变更为社区戒毒的情形，社区康复不得折抵（戒毒条例第三十一条）',
    };
  }
  if (!basis || !basis.decisionNo.trim()) {
    return {
      code: 'CREDIT_BASIS_REQUIRED',
      path: 'creditBasis.decisionNo',
      message: '折抵须注明由强制隔离戒毒变更为社区戒毒的批准决定书文号（戒毒条例第三十一条）',
    };
  }
  assertValidDate(measureDecisionDate, 'measureDecisionDate');
  assertValidDate(basis.decisionDate, 'creditBasis.decisionDate');
  if (compareDates(basis.decisionDate, measureDecisionDate) > 0) {
    return {
      code: 'VALIDATION',
      path: 'creditBasis.decisionDate',
      message: '变更批准日期不能晚于社区戒毒决定日期',
    };
  }
  return null;
}
