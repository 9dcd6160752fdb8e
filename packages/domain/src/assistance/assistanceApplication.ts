// 帮扶申请: a person under supervision asks for help (employment, training, subsistence, …) and
// the social worker accepts (受理) and concludes (办结) it. No law sets how fast: that is our policy.

import { addDays } from '../supervision/dates.ts';
import { assertNever } from '../supervision/exhaustive.ts';

/** 已提交 → 受理中 → 已办结, or 已撤回 by the person before a decision. */
export const ASSISTANCE_STATUSES = ['submitted', 'in_progress', 'concluded', 'withdrawn'] as const;
export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];

export type AssistanceAction = 'accept' | 'conclude' | 'withdraw';

/** Staff accept (受理) an application within this many days: the review task's due date (local policy). */
export const ACCEPT_WITHIN_DAYS = 5;

/** When an application made on `appliedOn` must be accepted (受理) by. */
export function assistanceAcceptDue(appliedOn: string): string {
  return addDays(appliedOn, ACCEPT_WITHIN_DAYS);
}

/**
 * 帮扶申请 states: 已提交 → 受理中 → 已办结 (已帮扶 or 未获批), or 已撤回 by the person before
 * a decision. Returns the next status, or null when the action is not allowed from `status`.
 */
export function assistanceTransition(
  status: AssistanceStatus,
  action: AssistanceAction,
): AssistanceStatus | null {
  switch (action) {
    case 'accept':
      return status === 'submitted' ? 'in_progress' : null;
    case 'conclude':
      return status === 'in_progress' ? 'concluded' : null;
    case 'withdraw':
      return status === 'submitted' || status === 'in_progress' ? 'withdrawn' : null;
    default:
      return assertNever(action);
  }
}
