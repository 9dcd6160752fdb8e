import type { MeasureStatus, TestOutcome, TestStatus, ViolationStatus } from '@taobo/contracts';

/** antd Tag colours: warm for what needs action, green for what is done. */
export const measureStatusColors: Record<MeasureStatus, string> = {
  pending_report: 'orange',
  executing: 'blue',
  suspended: 'gold',
  refused: 'red',
  terminated: 'default',
  released: 'green',
};

/** 未开始 grey, 待检测 blue, 已检测 green, 未按期检测 red, 已说明 orange. */
export const testStatusColors: Record<TestStatus, string> = {
  upcoming: 'default',
  due: 'blue',
  done: 'green',
  missed: 'red',
  excused: 'orange',
  cancelled: 'default',
};

export const testOutcomeColors: Record<TestOutcome, string> = {
  negative: 'green',
  positive: 'red',
  pending: 'gold',
};

export const violationStatusColors: Record<ViolationStatus, string> = {
  candidate: 'orange',
  confirmed: 'red',
  excused: 'default',
};
