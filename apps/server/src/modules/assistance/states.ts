import type { AssistanceStatus } from '@taobo/contracts';

export type AssistanceAction = 'accept' | 'conclude' | 'withdraw';

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
    default: {
      const unreachable: never = action;
      throw new Error(`Unknown action ${String(unreachable)}`);
    }
  }
}
