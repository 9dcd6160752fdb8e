// The vocabulary of a drug test (吸毒检测) during a measure: which plan it serves, where it stands,
// how the sample was taken and what it showed.

/** A window of the test schedule, a day of a random draw (随机抽检), or a test outside the plan. */
export const TEST_PLAN_KINDS = ['scheduled', 'random', 'extra'] as const;
export type TestPlanKind = (typeof TEST_PLAN_KINDS)[number];

/**
 * A planned test is upcoming until its window opens, due while it is open, then done, missed (no
 * test in the window: a candidate evasion), excused (not owed: the window fell in 中止, or staff
 * accepted the reason) or cancelled (the measure was terminated first).
 */
export const TEST_STATUSES = ['upcoming', 'due', 'done', 'missed', 'excused', 'cancelled'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

export const testStatusLabels: Record<TestStatus, { zh: string; en: string }> = {
  upcoming: { zh: '未开始', en: 'Upcoming' },
  due: { zh: '待检测', en: 'Due' },
  done: { zh: '已检测', en: 'Done' },
  missed: { zh: '未按期检测', en: 'Missed' },
  excused: { zh: '已说明', en: 'Excused' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** 'remote': a cassette photographed by the person away from home, approved by staff (异地上传). */
export const TEST_KINDS = ['urine', 'hair', 'lab', 'retest', 'remote'] as const;
export type TestKind = (typeof TEST_KINDS)[number];

export const testKindLabels: Record<TestKind, { zh: string; en: string }> = {
  urine: { zh: '现场尿检', en: 'On-site urine test' },
  hair: { zh: '毛发检测', en: 'Hair test' },
  lab: { zh: '实验室检测', en: 'Lab test' },
  retest: { zh: '复检', en: 'Re-test' },
  remote: { zh: '异地上传检测', en: 'Remote upload' },
};

/** 'pending': an on-site positive awaiting confirmation (待确认); it becomes negative or positive. */
export const TEST_OUTCOMES = ['negative', 'positive', 'pending'] as const;
export type TestOutcome = (typeof TEST_OUTCOMES)[number];

export const testOutcomeLabels: Record<TestOutcome, { zh: string; en: string }> = {
  negative: { zh: '阴性', en: 'Negative' },
  positive: { zh: '阳性', en: 'Positive' },
  pending: { zh: '待确认', en: 'Pending confirmation' },
};
