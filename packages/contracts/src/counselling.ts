import { z } from 'zod';
import { DateString, Id, PageQuery, Ref } from './common.ts';

type Label = { zh: string; en: string };

// ---- 心理康复: availability and bookings ----

export const CounsellingMode = z.enum(['online', 'phone', 'in_person']);
export type CounsellingMode = z.infer<typeof CounsellingMode>;
export const counsellingModeLabels: Record<CounsellingMode, Label> = {
  online: { zh: '线上视频', en: 'Online' },
  phone: { zh: '电话', en: 'Phone' },
  in_person: { zh: '面谈', en: 'In person' },
};

export const weekdayLabels: Record<number, Label> = {
  1: { zh: '周一', en: 'Mon' },
  2: { zh: '周二', en: 'Tue' },
  3: { zh: '周三', en: 'Wed' },
  4: { zh: '周四', en: 'Thu' },
  5: { zh: '周五', en: 'Fri' },
  6: { zh: '周六', en: 'Sat' },
  7: { zh: '周日', en: 'Sun' },
};

const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');

export const AvailabilityInput = z
  .object({
    kind: z.enum(['weekly', 'once']),
    /** ISO weekday, 1 Monday … 7 Sunday (weekly slots). */
    weekday: z.number().int().min(1, '请选择星期').max(7, '请选择星期').nullable().optional(),
    /** One specific day (once). */
    date: DateString.nullable().optional(),
    startTime: TimeOfDay,
    durationMinutes: z.number().int().min(15, '时长至少 15 分钟').max(240, '时长不超过 240 分钟'),
    mode: CounsellingMode,
    place: z.string().trim().max(100, '地点不超过 100 字').nullable().optional(),
  })
  .refine((a) => a.kind !== 'weekly' || !!a.weekday, { message: '请选择星期', path: ['weekday'] })
  .refine((a) => a.kind !== 'once' || !!a.date, { message: '请选择日期', path: ['date'] })
  .refine((a) => a.mode !== 'in_person' || !!a.place, { message: '面谈请填写地点', path: ['place'] });
export type AvailabilityInput = z.infer<typeof AvailabilityInput>;

export const Availability = z.object({
  id: z.string(),
  kind: z.enum(['weekly', 'once']),
  weekday: z.number().nullable(),
  date: z.string().nullable(),
  startTime: z.string(),
  durationMinutes: z.number(),
  mode: CounsellingMode,
  place: z.string().nullable(),
  createdAt: z.string(),
});
export type Availability = z.infer<typeof Availability>;

/** A time the person may book: one occurrence of an availability. */
export const BookableSlot = z.object({
  availabilityId: z.string(),
  counsellor: Ref,
  date: z.string(),
  startTime: z.string(),
  durationMinutes: z.number(),
  mode: CounsellingMode,
  place: z.string().nullable(),
});
export type BookableSlot = z.infer<typeof BookableSlot>;

export const BookingInput = z.object({
  availabilityId: Id,
  date: DateString,
});
export type BookingInput = z.infer<typeof BookingInput>;

export const BookingStatus = z.enum(['requested', 'confirmed', 'completed', 'cancelled']);
export type BookingStatus = z.infer<typeof BookingStatus>;
export const bookingStatusLabels: Record<BookingStatus, Label> = {
  requested: { zh: '待确认', en: 'Requested' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  completed: { zh: '已完成', en: 'Completed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const Booking = z.object({
  id: z.string(),
  person: Ref,
  counsellor: Ref,
  date: z.string(),
  startTime: z.string(),
  durationMinutes: z.number(),
  mode: CounsellingMode,
  place: z.string().nullable(),
  status: BookingStatus,
  cancelledBy: z.enum(['person', 'counsellor']).nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
});
export type Booking = z.infer<typeof Booking>;

export const BookingCancelInput = z.object({
  reason: z.string().trim().max(200, '原因不超过 200 字').nullable().optional(),
});
export type BookingCancelInput = z.infer<typeof BookingCancelInput>;

export const BookingQuery = z.object({
  status: BookingStatus.optional(),
  ...PageQuery.shape,
});

/** 咨询记录: a counsellor's note on one session. Counsellors only, encrypted at rest. */
export const SessionNote = z.object({
  bookingId: z.string(),
  body: z.string(),
  counsellor: Ref,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionNote = z.infer<typeof SessionNote>;

export const SessionNoteInput = z.object({
  body: z.string().trim().min(1, '请填写咨询记录').max(5000, '咨询记录不超过 5000 字'),
});
export type SessionNoteInput = z.infer<typeof SessionNoteInput>;

// ---- Self-screening: PHQ-9 and GAD-7 ----

export const Instrument = z.enum(['phq9', 'gad7']);
export type Instrument = z.infer<typeof Instrument>;
export const instrumentLabels: Record<Instrument, Label> = {
  phq9: { zh: '抑郁自评（PHQ-9）', en: 'Depression (PHQ-9)' },
  gad7: { zh: '焦虑自评（GAD-7）', en: 'Anxiety (GAD-7)' },
};

/** Both questionnaires ask about the last two weeks, with the same four answers. */
export const screeningStem = '在过去两周里，您有多少时间受到以下问题的困扰？';
export const screeningAnswerLabels = ['完全不会', '有几天', '一半以上的天数', '几乎每天'] as const;

/** PHQ-9 (Patient Health Questionnaire, public domain), in Chinese. Item 9 asks about self-harm. */
export const phq9Items = [
  '做事时提不起劲或没有兴趣',
  '感到心情低落、沮丧或绝望',
  '入睡困难、睡不安稳或睡眠过多',
  '感觉疲倦或没有活力',
  '食欲不振或吃得太多',
  '觉得自己很糟，或觉得自己很失败，或让自己或家人失望',
  '对事物专注有困难，例如阅读报纸或看电视时',
  '动作或说话速度缓慢到别人已经觉察？或正好相反，烦躁或坐立不安、动来动去的情况比平常更多',
  '有不如死掉或用某种方式伤害自己的念头',
] as const;

/** GAD-7 (Generalized Anxiety Disorder scale, public domain), in Chinese. */
export const gad7Items = [
  '感觉紧张、焦虑或急切',
  '不能够停止或控制担忧',
  '对各种各样的事情担忧过多',
  '很难放松下来',
  '由于不安而无法静坐',
  '变得容易烦恼或急躁',
  '感到似乎将有可怕的事情发生而害怕',
] as const;

export const screeningItems: Record<Instrument, readonly string[]> = { phq9: phq9Items, gad7: gad7Items };

export const Severity = z.enum(['minimal', 'mild', 'moderate', 'moderately_severe', 'severe']);
export type Severity = z.infer<typeof Severity>;
export const severityLabels: Record<Severity, Label> = {
  minimal: { zh: '没有或极轻微', en: 'None or minimal' },
  mild: { zh: '轻度', en: 'Mild' },
  moderate: { zh: '中度', en: 'Moderate' },
  moderately_severe: { zh: '中重度', en: 'Moderately severe' },
  severe: { zh: '重度', en: 'Severe' },
};

/** What the person reads with their result: kind, plain, and what to do next. */
export const severityMessages: Record<Severity, string> = {
  minimal: '您目前的情绪状态总体平稳。保持规律作息、适量运动，和家人朋友多交流。',
  mild: '您最近可能有一些情绪困扰，这很常见。可以试着和信任的人聊聊，也欢迎预约心理咨询师。',
  moderate: '您最近的情绪困扰比较明显。建议预约心理咨询师谈一谈，我们会陪您一起面对。',
  moderately_severe: '您最近承受了不少压力。请尽快预约心理咨询师，您不必独自扛着。',
  severe: '您最近很辛苦。心理咨询师会尽快与您联系；如果感到难以承受，请立即拨打心理援助热线。',
};

export const HOTLINES = [
  { name: '全国心理援助热线', number: '12356' },
  { name: '希望24热线（心理危机干预）', number: '400-161-9995' },
] as const;

export const ScreeningInput = z.object({
  instrument: Instrument,
  answers: z.array(z.number().int().min(0, '答案应为 0–3').max(3, '答案应为 0–3')).min(1, '请回答全部题目'),
});
export type ScreeningInput = z.infer<typeof ScreeningInput>;

export const AlertReason = z.enum(['severe_score', 'self_harm_thoughts']);
export const alertReasonLabels: Record<z.infer<typeof AlertReason>, Label> = {
  severe_score: { zh: '总分达重度', en: 'Severe score' },
  self_harm_thoughts: { zh: '有自伤念头（第 9 题）', en: 'Self-harm thoughts (item 9)' },
};

/** A screening result without the answers: what the person and the officers see. */
export const Screening = z.object({
  id: z.string(),
  instrument: Instrument,
  total: z.number(),
  maxTotal: z.number(),
  severity: Severity,
  alert: z.boolean(),
  alertReasons: z.array(AlertReason),
  createdAt: z.string(),
});
export type Screening = z.infer<typeof Screening>;

/** A screening as a counsellor sees it: with the person, the answers and the follow-up. */
export const StaffScreening = Screening.extend({
  person: Ref,
  answers: z.array(z.number()),
  reviewedAt: z.string().nullable(),
  reviewedBy: Ref.nullable(),
});
export type StaffScreening = z.infer<typeof StaffScreening>;

export const ScreeningQuery = z.object({
  /** Only alerts not yet followed up. */
  openAlerts: z.stringbool().optional(),
  ...PageQuery.shape,
});

export const ScreeningReviewInput = z.object({
  note: z.string().trim().min(1, '请填写跟进情况').max(500, '不超过 500 字'),
});
export type ScreeningReviewInput = z.infer<typeof ScreeningReviewInput>;

/** The person file's 心理康复 tab for officers: scores and sessions, never answers or notes. */
export const PersonCounselling = z.object({
  screenings: z.array(Screening),
  sessions: z.array(
    z.object({
      id: z.string(),
      date: z.string(),
      startTime: z.string(),
      status: BookingStatus,
      counsellor: Ref,
    }),
  ),
});
export type PersonCounselling = z.infer<typeof PersonCounselling>;
