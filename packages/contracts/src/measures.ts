import { z } from 'zod';
import {
  COMMUNITY_TERM_MONTHS,
  COMPULSORY_ISOLATION_EXEMPTIONS,
  EXECUTION_PLACE_BASES,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  measureTypeLabels,
  SERIOUS_VIOLATION_REASONS,
  TEST_KINDS,
  TEST_OUTCOMES,
  TEST_PLAN_KINDS,
  TEST_STATUSES,
  termMonthsFor,
  validateTermMonths,
  VIOLATION_KINDS,
  VIOLATION_STATUSES,
} from '@taobo/domain';
import { DateString, Id, Ref } from './common.ts';
import { Gender } from './person.ts';

/** 社区戒毒 (3 years, 戒毒条例 第十四条) or 社区康复 (up to 3 years, 第三十七条). */
export const MeasureType = z.enum(MEASURE_TYPES);
export type MeasureType = z.infer<typeof MeasureType>;

/**
 * A measure type as a request may give it: its code, or its Chinese label as written on the
 * decision (社区戒毒 / 社区康复), read as the code.
 */
const measureTypeByLabel = new Map(MEASURE_TYPES.map((t) => [measureTypeLabels[t].zh, t] as const));
const MeasureTypeInput = z
  .union([MeasureType, z.enum(MEASURE_TYPES.map((t) => measureTypeLabels[t].zh) as [string, ...string[]])], {
    error: '措施类型应为社区戒毒（community_detox）或社区康复（community_rehab）',
  })
  .transform((v): MeasureType => measureTypeByLabel.get(v) ?? (v as MeasureType));

export const MeasureStatus = z.enum(MEASURE_STATUSES);
export type MeasureStatus = z.infer<typeof MeasureStatus>;

export const ExemptionFlag = z.enum(COMPULSORY_ISOLATION_EXEMPTIONS);
export type ExemptionFlag = z.infer<typeof ExemptionFlag>;

export const SeriousViolationReason = z.enum(SERIOUS_VIOLATION_REASONS);

export const WorkingGroupRole = z.enum([
  'officer',
  'police',
  'grid_worker',
  'social_worker',
  'medical',
  'family',
  'volunteer',
]);
export type WorkingGroupRole = z.infer<typeof WorkingGroupRole>;
export const workingGroupRoleLabels: Record<WorkingGroupRole, { zh: string; en: string }> = {
  officer: { zh: '禁毒专干', en: 'Anti-drug officer' },
  police: { zh: '社区民警', en: 'Community police' },
  grid_worker: { zh: '网格员', en: 'Grid worker' },
  social_worker: { zh: '禁毒社工', en: 'Social worker' },
  medical: { zh: '社区医务人员', en: 'Community medical staff' },
  family: { zh: '家庭成员', en: 'Family member' },
  volunteer: { zh: '禁毒志愿者', en: 'Volunteer' },
};

export const WorkingGroupMember = z.object({
  role: WorkingGroupRole,
  name: z.string().trim().min(1, '请输入姓名').max(32),
  staffId: Id.nullable().optional(),
  phone: z.string().trim().max(20).nullable().optional(),
});
export type WorkingGroupMember = z.infer<typeof WorkingGroupMember>;

/** A date's explanation in both languages. */
export const Explained = z.object({ zh: z.string(), en: z.string() });
/** 禁毒法 第三十三条 第二款: the 户籍地, or the 现居住地 with a fixed residence there. */
export const ExecutionPlaceBasis = z.enum(EXECUTION_PLACE_BASES);
export type ExecutionPlaceBasis = z.infer<typeof ExecutionPlaceBasis>;

/** 折抵 (条例 第三十一条): the approved decision changing 强制隔离戒毒 to 社区戒毒 that the credit comes from. */
export const CreditBasis = z.object({
  decisionNo: z.string().trim().min(1, '请输入变更决定书文号').max(64),
  decisionDate: DateString,
});
export type CreditBasis = z.infer<typeof CreditBasis>;

/** 禁毒法 第三十九条 第一款: the facts recorded for a woman (pregnant, nursing her baby under one). */
export const ExemptionFacts = z.object({
  pregnant: z.boolean(),
  /** Birth date of her own baby she is nursing; null when she is not nursing. */
  nursingChildBirthDate: DateString.nullable(),
});
export type ExemptionFacts = z.infer<typeof ExemptionFacts>;

const notAfter = (a: string | undefined | null, b: string | undefined | null) => !a || !b || a <= b;

export const MeasureCreateInput = z
  .object({
    type: MeasureTypeInput,
    decisionNo: z.string().trim().min(1, '请输入决定书文号').max(64),
    decisionDate: DateString,
    receivedDate: DateString,
    decidingAuthority: z.string().trim().max(64).nullable().optional(),
    /** The township of execution; defaults to the person's managing township. */
    townshipId: z.string().max(24).optional(),
    /** 社区康复: 1–36 months; 社区戒毒 is always 36. */
    termMonths: z.number().int().optional(),
    /** 折抵 (条例 第三十一条): days of compulsory isolation counted toward this term. */
    creditDays: z.number().int().min(0).max(1095).optional(),
    /** Required with credit days: the change decision they come from (社区戒毒 only). */
    creditBasis: CreditBasis.nullable().optional(),
    /** Where the measure is carried out and why (禁毒法 第三十三条 第二款); household when absent. */
    executionPlaceBasis: ExecutionPlaceBasis.optional(),
    /** With 'residence': staff confirm the person has a fixed residence there. */
    fixedResidence: z.boolean().optional(),
    pregnant: z.boolean().optional(),
    nursingChildBirthDate: DateString.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (!notAfter(v.decisionDate, v.receivedDate))
      ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: '收到决定书日期不能早于决定日期' });
    const err = validateTermMonths(v.type, v.termMonths ?? termMonthsFor(v.type));
    if (err) ctx.addIssue({ code: 'custom', path: ['termMonths'], message: err });
  });
export type MeasureCreateInput = z.infer<typeof MeasureCreateInput>;

export const Measure = z.object({
  id: z.string(),
  personId: z.string(),
  type: MeasureType,
  status: MeasureStatus,
  decisionNo: z.string(),
  decisionDate: DateString,
  receivedDate: DateString,
  decidingAuthority: z.string().nullable(),
  township: Ref,
  termMonths: z.number().int(),
  /**
   * received + 15 days (条例 第十四条); after a transfer, transfer + 15 days (第二十二条); moved past a
   * 法定休假日 (民法典 第二百零三条); or the date an officer set for good reason. See `explain`.
   */
  reportDeadline: DateString,
  /** How the report deadline was counted, citing the articles (= explain.reportDeadline.zh). */
  reportDeadlineExplained: z.string(),
  /**
   * 条例 第十四条 "无正当理由": the deadline passed and an officer must decide between 正当理由 and
   * 视为拒绝; the status stays pending_report until then.
   */
  refusalCandidate: z.boolean(),
  /** The day the execution place last changed (条例 第二十二条), or null. */
  transferredOn: DateString.nullable(),
  /** The police's 解除社区戒毒通知书 as recorded by the township (条例 第二十三条). */
  releaseNotice: z
    .object({ noticeNo: z.string(), date: DateString, issuer: z.string(), recordedAt: z.string() })
    .nullable(),
  reportedDate: DateString.nullable(),
  reportPlace: z.string().nullable(),
  reportTakenBy: Ref.nullable(),
  agreementSignedDate: DateString.nullable(),
  /** When the agreement is due: 报到 + 7 days; flagged when passed without one. */
  agreementDueBy: DateString.nullable(),
  agreementOverdue: z.boolean(),
  termStart: DateString.nullable(),
  /** The 解除 date: term start + term, + 中止 days, − 折抵 days. */
  termEnd: DateString.nullable(),
  suspendedDays: z.number().int(),
  creditDays: z.number().int(),
  /** The change decision the credited days come from (条例 第三十一条); null without credit. */
  creditBasis: CreditBasis.nullable(),
  executionPlaceBasis: ExecutionPlaceBasis,
  fixedResidence: z.boolean(),
  seriousViolation: z.boolean(),
  seriousViolationReasons: z.array(SeriousViolationReason),
  /** 禁毒法 第三十九条 第一款, judged today from the facts and the person's file. */
  exemptions: z.array(ExemptionFlag),
  exemptionFacts: ExemptionFacts,
  /** 社区康复 refused or seriously violated, then relapse: 强制隔离戒毒不得提前解除 (条例 第三十八条). */
  noEarlyRelease: z.boolean(),
  workingGroup: z.array(WorkingGroupMember),
  /**
   * How each computed date was counted, from the same domain function that computed it: the
   * report deadline, the agreement's due day, the 解除 date, and the police's release-notice day.
   */
  explain: z.object({
    reportDeadline: Explained,
    agreementDueBy: Explained.nullable(),
    termEnd: Explained.nullable(),
    releaseNoticeBy: Explained.nullable(),
  }),
  createdAt: z.string(),
});
export type Measure = z.infer<typeof Measure>;

/**
 * The officer's decision on a missed 报到 (条例 第十四条): 视为拒绝 (then the police are told,
 * 第二十一条), or 正当理由 with a new deadline. `newDeadline` is required for 'justified'; for a
 * person in custody, suspend the measure instead (第二十四条).
 */
export const RefusalDecisionInput = z
  .object({
    decision: z.enum(['refused', 'justified'], {
      message: '决定应为 refused（视为拒绝）或 justified（正当理由）',
    }),
    reason: z.string().trim().min(2, '请填写理由').max(500),
    newDeadline: DateString.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'justified' && !v.newDeadline)
      ctx.addIssue({
        code: 'custom',
        path: ['newDeadline'],
        message: '有正当理由的，请填写新的报到期限；人员被羁押的，请办理中止',
      });
  });
export type RefusalDecisionInput = z.infer<typeof RefusalDecisionInput>;

/** The police's 解除社区戒毒通知书 (条例 第二十三条), as the township received it. */
export const ReleaseNoticeInput = z.object({
  noticeNo: z.string().trim().min(1, '请填写通知书文号').max(64),
  date: DateString,
  issuer: z.string().trim().min(2, '请填写出具机关').max(64),
});
export type ReleaseNoticeInput = z.infer<typeof ReleaseNoticeInput>;

export const ReportInput = z.object({
  date: DateString,
  place: z.string().trim().max(100).nullable().optional(),
  /** Who took the report; defaults to the caller. */
  takenById: Id.optional(),
});
export type ReportInput = z.infer<typeof ReportInput>;

export const AgreementInput = z.object({ signedDate: DateString });
export type AgreementInput = z.infer<typeof AgreementInput>;

export const SuspendReason = z.enum(['detention', 'arrest', 'other']);
export const suspendReasonLabels: Record<z.infer<typeof SuspendReason>, { zh: string; en: string }> = {
  detention: { zh: '被拘留', en: 'Detained' },
  arrest: { zh: '被逮捕', en: 'Arrested' },
  other: { zh: '其他', en: 'Other' },
};
export const SuspendInput = z.object({
  date: DateString,
  reason: SuspendReason,
  note: z.string().trim().max(200).nullable().optional(),
});
export type SuspendInput = z.infer<typeof SuspendInput>;

export const ResumeInput = z.object({
  date: DateString,
  note: z.string().trim().max(200).nullable().optional(),
});
export type ResumeInput = z.infer<typeof ResumeInput>;

export const TerminateReason = z.enum([
  'imprisonment',
  'compulsory_education',
  'compulsory_isolation',
  'death',
  'other',
]);
export const terminateReasonLabels: Record<z.infer<typeof TerminateReason>, { zh: string; en: string }> = {
  imprisonment: { zh: '被判处刑罚（收监执行）', en: 'Imprisoned' },
  compulsory_education: { zh: '被收容教育', en: 'Compulsory education' },
  compulsory_isolation: { zh: '被责令强制隔离戒毒', en: 'Compulsory isolation detox ordered' },
  death: { zh: '死亡', en: 'Died' },
  other: { zh: '其他', en: 'Other' },
};
export const TerminateInput = z.object({
  date: DateString,
  reason: TerminateReason,
  note: z.string().trim().max(200).nullable().optional(),
});
export type TerminateInput = z.infer<typeof TerminateInput>;

/** 变更执行地 (条例 第二十二条): the file moves, the person re-reports within 15 days, the term continues. */
export const TransferInput = z.object({
  date: DateString,
  toTownshipId: z.string().min(1, '请选择新的执行地').max(24),
  reason: z.string().trim().max(200).nullable().optional(),
});
export type TransferInput = z.infer<typeof TransferInput>;

export const WorkingGroupInput = z.object({ members: z.array(WorkingGroupMember).max(20) });
export type WorkingGroupInput = z.infer<typeof WorkingGroupInput>;

// ——— Tests (检测) ———

export const TestKind = z.enum(TEST_KINDS);
export type TestKind = z.infer<typeof TestKind>;
export const TestOutcome = z.enum(TEST_OUTCOMES);
export type TestOutcome = z.infer<typeof TestOutcome>;

/** A planned test: a window of the schedule, or a random draw's day. */
export const TestPlanKind = z.enum(TEST_PLAN_KINDS);
export const TestStatus = z.enum(TEST_STATUSES);
export type TestStatus = z.infer<typeof TestStatus>;

export const TestItem = z.object({
  id: z.string(),
  plan: TestPlanKind,
  /** Position in the schedule (scheduled tests only). */
  index: z.number().int().nullable(),
  windowStart: DateString,
  /** Exclusive: the test must be taken before this day. */
  windowEnd: DateString,
  status: TestStatus,
  kind: TestKind.nullable(),
  outcome: TestOutcome.nullable(),
  date: DateString.nullable(),
  collectors: z.array(Ref),
  sampleRetentionUntil: DateString.nullable(),
  note: z.string().nullable(),
  recordedAt: z.string().nullable(),
});
export type TestItem = z.infer<typeof TestItem>;

export const RandomDraw = z.object({
  id: z.string(),
  periodStart: DateString,
  periodEnd: DateString,
  quota: z.number().int(),
  seed: z.string(),
  algorithm: z.string(),
  days: z.array(DateString),
  createdAt: z.string(),
});
export type RandomDraw = z.infer<typeof RandomDraw>;

/** Staff who may collect a sample for this measure, with gender for the female-collector rule. */
export const Collector = Ref.extend({ gender: Gender.nullable() });
export type Collector = z.infer<typeof Collector>;

export const MeasureTests = z.object({ tests: z.array(TestItem), randomDraws: z.array(RandomDraw) });
export type MeasureTests = z.infer<typeof MeasureTests>;

export const TestResultInput = z
  .object({
    kind: TestKind,
    outcome: TestOutcome,
    date: DateString,
    /** Two collectors (吸毒检测程序规定); for a woman's urine test at least one is female. */
    collectorIds: z.array(Id).length(2, '须由两名工作人员采集'),
    note: z.string().trim().max(200).nullable().optional(),
  })
  .refine((v) => v.collectorIds[0] !== v.collectorIds[1], {
    path: ['collectorIds'],
    message: '两名采集人员不能是同一人',
  })
  .refine((v) => v.kind !== 'remote', {
    path: ['kind'],
    message: '异地检测须由本人上传、经审核后登记',
  });
export type TestResultInput = z.infer<typeof TestResultInput>;

// ——— Absences and violations ———

export const AbsenceInput = z
  .object({
    from: DateString,
    to: DateString,
    /** Was a written report (外出报告) made before leaving? */
    reported: z.boolean(),
    destination: z.string().trim().max(100).nullable().optional(),
    note: z.string().trim().max(200).nullable().optional(),
  })
  .refine((v) => v.from <= v.to, { path: ['to'], message: '返回日期不能早于离开日期' });
export type AbsenceInput = z.infer<typeof AbsenceInput>;

export const Absence = z.object({
  id: z.string(),
  from: DateString,
  to: DateString,
  days: z.number().int(),
  reported: z.boolean(),
  unauthorisedDeparture: z.boolean(),
  destination: z.string().nullable(),
  source: z.enum(['staff', 'leave_request']),
  createdAt: z.string(),
});
export type Absence = z.infer<typeof Absence>;

export const ViolationKind = z.enum(VIOLATION_KINDS);
export type ViolationKind = z.infer<typeof ViolationKind>;
export const ViolationStatus = z.enum(VIOLATION_STATUSES);
export type ViolationStatus = z.infer<typeof ViolationStatus>;

export const Violation = z.object({
  id: z.string(),
  measureId: z.string(),
  kind: ViolationKind,
  status: ViolationStatus,
  date: DateString,
  /** What it rests on: the missed test, the absence, the positive result… */
  testId: z.string().nullable(),
  absenceId: z.string().nullable(),
  reason: z.string().nullable(),
  decidedBy: Ref.nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Violation = z.infer<typeof Violation>;

export const ViolationDecisionInput = z.object({ reason: z.string().trim().max(200).nullable().optional() });
export const ViolationExcuseInput = z.object({ reason: z.string().trim().min(2, '请填写说明理由').max(200) });

// ——— Tasks and the worklist ———

export const TaskKind = z.enum([
  'report_to_police',
  'record_release_notice',
  'sign_agreement',
  'report_overdue',
  // Issue 9: the officer decides a missed 报到 (条例 第十四条); 批评教育 (禁毒法 第三十五条).
  'decide_refusal',
  'educate',
  // The person app's modules (issue 4): each opens tasks for the staff who answer it.
  'upload_review',
  'checkin_missed',
  'checkin_followup',
  'leave_decision',
  'counselling_alert',
  'assistance_review',
  // Issue 10: an ID number or phone already on a file the caller cannot see (the city office reviews).
  'duplicate_review',
]);
export type TaskKind = z.infer<typeof TaskKind>;
export const taskKindLabels: Record<TaskKind, { zh: string; en: string }> = {
  report_to_police: { zh: '报告公安机关', en: 'Report to police' },
  record_release_notice: { zh: '登记解除通知书', en: 'Record release notice' },
  sign_agreement: { zh: '签订协议', en: 'Sign agreement' },
  report_overdue: { zh: '逾期未报到', en: 'Report overdue' },
  decide_refusal: { zh: '审查逾期未报到', en: 'Decide missed report' },
  educate: { zh: '批评教育', en: 'Criticism and education' },
  upload_review: { zh: '审核异地检测', en: 'Review remote test' },
  checkin_missed: { zh: '未按时在线报到', en: 'Missed check-in' },
  checkin_followup: { zh: '报到需跟进', en: 'Check-in follow-up' },
  leave_decision: { zh: '外出报告（知悉或审批）', en: 'Leave report' },
  counselling_alert: { zh: '心理筛查预警', en: 'Screening alert' },
  assistance_review: { zh: '办理帮扶申请', en: 'Handle assistance request' },
  duplicate_review: { zh: '身份信息查重核查', en: 'Review a duplicate ID number or phone' },
};
export const Task = z.object({
  id: z.string(),
  kind: TaskKind,
  title: z.string(),
  person: Ref,
  measureId: z.string().nullable(),
  dueDate: DateString.nullable(),
  overdue: z.boolean(),
  status: z.enum(['open', 'done', 'cancelled']),
  /** What the report must carry: violations, dates, articles. */
  evidence: z.array(z.object({ label: z.string(), date: DateString.nullable(), ref: z.string().nullable() })),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
});
export type Task = z.infer<typeof Task>;

export const TaskQuery = z.object({
  mine: z.coerce.number().int().min(0).max(1).optional(),
  status: z.enum(['open', 'done', 'all']).default('open'),
  kind: TaskKind.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

export const TaskDoneInput = z.object({ note: z.string().trim().max(500).nullable().optional() });

export const WorklistCategory = z.enum([
  'to_report',
  'to_sign',
  'tests_due',
  'overdue',
  'to_confirm',
  'to_police',
  'to_discharge',
  'from_app',
  'duplicates',
]);
export type WorklistCategory = z.infer<typeof WorklistCategory>;
export const worklistCategoryLabels: Record<WorklistCategory, { zh: string; en: string }> = {
  to_report: { zh: '待报到', en: 'To report' },
  to_sign: { zh: '待签协议', en: 'To sign' },
  tests_due: { zh: '本周待检', en: 'Tests due this week' },
  overdue: { zh: '已逾期', en: 'Overdue' },
  to_confirm: { zh: '待确认违规', en: 'To confirm' },
  to_police: { zh: '待报告公安', en: 'Report to police' },
  to_discharge: { zh: '待解除', en: 'To discharge' },
  from_app: { zh: '洮泊家园', en: 'From the app' },
  duplicates: { zh: '查重核查', en: 'Duplicates' },
};

/** Tasks that answer what a person did in the app (issue 4): they make up the 洮泊家园 category. */
export const APP_TASK_KINDS: readonly TaskKind[] = [
  'upload_review',
  'checkin_missed',
  'checkin_followup',
  'leave_decision',
  'counselling_alert',
  'assistance_review',
];

export const WorklistItem = z.object({
  category: WorklistCategory,
  person: Ref,
  measureId: z.string().nullable(),
  /** The thing to act on: a test, a violation or a task id. */
  refId: z.string().nullable(),
  title: z.string(),
  dueDate: DateString.nullable(),
  /** The task itself, when the item is one (so it can be closed from the list). */
  task: Task.nullable(),
});
export type WorklistItem = z.infer<typeof WorklistItem>;

export const Worklist = z.object({
  counts: z.record(WorklistCategory, z.number().int()),
  /** Distinct things to act on: an item in two categories (an overdue agreement task) counts once. */
  open: z.number().int(),
  items: z.array(WorklistItem),
});
export type Worklist = z.infer<typeof Worklist>;

export const TimelineEvent = z.object({
  at: z.string(),
  date: DateString.nullable(),
  kind: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  actor: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

// ——— Policy and the sweep ———

export const TestPolicyPhase = z.object({
  fromMonth: z.number().int().min(0).max(COMMUNITY_TERM_MONTHS),
  toMonth: z.number().int().min(1).max(COMMUNITY_TERM_MONTHS),
  intervalMonths: z.number().int().min(1).max(12),
});
export const TestPolicy = z.object({
  countyId: z.string(),
  community_detox: z.object({ phases: z.array(TestPolicyPhase).min(1) }),
  community_rehab: z.object({ phases: z.array(TestPolicyPhase).min(1) }),
  /** Unannounced random tests per calendar quarter, each day equally likely. */
  randomPerQuarter: z.number().int().min(0).max(30),
  updatedAt: z.string().nullable(),
});
export type TestPolicy = z.infer<typeof TestPolicy>;
export const TestPolicyInput = TestPolicy.omit({ countyId: true, updatedAt: true });
export type TestPolicyInput = z.infer<typeof TestPolicyInput>;

export const SweepResult = z.object({
  date: DateString,
  /**
   * 报到 deadlines passed: first reports missed, now awaiting the officer's decision (条例 第十四条,
   * never an automatic 视为拒绝), and re-reports after a transfer missed (第二十二条).
   */
  refusalCandidates: z.number().int(),
  lateRereports: z.number().int(),
  missedTests: z.number().int(),
  excusedTests: z.number().int(),
  released: z.number().int(),
  agreementsOverdue: z.number().int(),
  seriousViolations: z.number().int(),
  abstinent: z.number().int(),
  randomDraws: z.number().int(),
  tasksOpened: z.number().int(),
  /** 在线请假: requests not decided by their deadline (超时未审批), leaves not closed after their end (超时未归). */
  leaveLapsed: z.number().int(),
  leaveOverdue: z.number().int(),
  /** 在线报到: periods closed without a check-in (a task each), reminders sent before a period ends. */
  checkinsMissed: z.number().int(),
  checkinReminders: z.number().int(),
  /** 检测提醒: persons reminded that their test window closes within 3 days. */
  testReminders: z.number().int(),
  appointmentReminders: z.number().int(),
  /** Housekeeping: expired sessions and activation codes, week-old idempotency keys. */
  purged: z.number().int(),
});
export type SweepResult = z.infer<typeof SweepResult>;
