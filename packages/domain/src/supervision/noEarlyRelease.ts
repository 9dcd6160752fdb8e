// 社区康复: refusal or a serious violation, followed by relapse (戒毒条例 第三十八条 第二款).
//
// 戒毒条例 第三十八条 第二款: "被责令接受社区康复的人员拒绝接受社区康复或者严重违反社区康复协议，并再次
// 吸食、注射毒品被决定强制隔离戒毒的，强制隔离戒毒不得提前解除。" The police decide the 强制隔离戒毒 and
// its release; the township's part is to tell them, with the evidence, that the conditions are met,
// so that the later 强制隔离戒毒 is not released early. Only 社区康复: the article says nothing of
// 社区戒毒.

import { assertValidDate, compareDates } from './dates.ts';
import type { MeasureStatus } from './lifecycle.ts';
import type { MeasureType } from './term.ts';
import type { ViolationKind, ViolationStatus } from './violations.ts';

export interface NoEarlyReleaseInput<V> {
  type: MeasureType;
  measureStatus: MeasureStatus;
  /** The measure's violations, of any kind and status. */
  violations: readonly V[];
  /** The day of the relapse (the positive test). */
  relapseDate: string;
}

export interface NoEarlyReleaseAssessment<V> {
  applies: boolean;
  /** The measure stands refused (视为拒绝接受, 戒毒条例 第十四条) at the relapse. */
  refused: boolean;
  /** The confirmed refusals and serious violations on or before the relapse: the evidence. */
  grounds: V[];
}

/**
 * 戒毒条例 第三十八条 第二款: whether a relapse on `relapseDate` completes the grounds on which a
 * later 强制隔离戒毒 may not be released early: a 社区康复 refused, or seriously violated (戒毒条例
 * 第二十条), before the relapse (on the same day counts: the relapse follows the flag).
 */
export function noEarlyReleaseGrounds<
  V extends { kind: ViolationKind; status: ViolationStatus; date: string },
>({ type, measureStatus, violations, relapseDate }: NoEarlyReleaseInput<V>): NoEarlyReleaseAssessment<V> {
  assertValidDate(relapseDate, 'relapseDate');
  const grounds = violations.filter(
    (v) =>
      (v.kind === 'refusal' || v.kind === 'serious') &&
      v.status === 'confirmed' &&
      compareDates(v.date, relapseDate) <= 0,
  );
  const refused = measureStatus === 'refused';
  return { applies: type === 'community_rehab' && (refused || grounds.length > 0), refused, grounds };
}
