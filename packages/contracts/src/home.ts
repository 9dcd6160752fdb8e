import { z } from 'zod';
import { DateString, Page, Ref } from './common.ts';
import { MeasureStatus, MeasureType } from './measures.ts';

/** The person app's shell: home screen, inbox and web push (洮泊家园). */

// ── Home ────────────────────────────────────────────────────────────────────

export const HomeMeasure = z.object({
  id: z.string(),
  type: MeasureType,
  status: MeasureStatus,
  township: Ref,
  /** 报到 day; null until the person has reported. */
  termStart: DateString.nullable(),
  /** The 解除 date. */
  termEnd: DateString.nullable(),
  /** Whole percent of the term served; null before the term starts. */
  progressPercent: z.number().int().nullable(),
  daysLeft: z.number().int().nullable(),
  /** When the person must report, while the measure waits for 报到. */
  reportDeadline: DateString,
  /** The deadline has passed without a report: the person is asked to come or explain why. */
  reportOverdue: z.boolean(),
});
export type HomeMeasure = z.infer<typeof HomeMeasure>;

export const HomeTest = z.object({
  id: z.string(),
  /** 'due': the window is open now; 'upcoming': it opens on windowStart. */
  status: z.enum(['due', 'upcoming']),
  windowStart: DateString,
  /** The last day the test may be taken (the window's exclusive end minus one day). */
  lastDay: DateString,
  /** Days from today to lastDay (0: today is the last day). */
  daysToClose: z.number().int(),
});
export type HomeTest = z.infer<typeof HomeTest>;

/**
 * Something due that a module contributes to the home screen ("what happens next"): an
 * appointment, a check-in, a leave return. Modules add providers in modules/home/service.ts.
 */
export const HomeDueItem = z.object({
  kind: z.string(),
  title: z.string(),
  /** One line of what to do, in Chinese. */
  detail: z.string(),
  date: DateString.nullable(),
  /** The app path that handles it, e.g. /m/checkins. */
  link: z.string(),
  urgent: z.boolean(),
});
export type HomeDueItem = z.infer<typeof HomeDueItem>;

export const Home = z.object({
  person: Ref,
  today: DateString,
  measure: HomeMeasure.nullable(),
  nextTest: HomeTest.nullable(),
  /** Other due items from the modules, soonest first. */
  due: z.array(HomeDueItem),
  unread: z.number().int(),
});
export type Home = z.infer<typeof Home>;

// ── Inbox ───────────────────────────────────────────────────────────────────

export const NotificationItem = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof NotificationItem>;

export const NotificationPage = Page(NotificationItem).extend({ unread: z.number().int() });
export type NotificationPage = z.infer<typeof NotificationPage>;

export const NotificationsRead = z.object({ updated: z.number().int(), unread: z.number().int() });
export type NotificationsRead = z.infer<typeof NotificationsRead>;

// ── Web push ────────────────────────────────────────────────────────────────

export const PushKey = z.object({ publicKey: z.string() });
export type PushKey = z.infer<typeof PushKey>;

const Base64Url = (what: string, max: number) =>
  z
    .string()
    .min(1, `缺少${what}`)
    .max(max, `${what}过长`)
    .regex(/^[A-Za-z0-9_-]+=*$/, `${what}格式无效`);

const PushEndpoint = z
  .string()
  .max(2048, '推送地址过长')
  .url('推送地址无效')
  .refine((s) => s.startsWith('https://'), '推送地址须为 https');

export const PushSubscribeInput = z.object({
  endpoint: PushEndpoint,
  keys: z.object({ p256dh: Base64Url('p256dh 公钥', 200), auth: Base64Url('auth 密钥', 100) }),
});
export type PushSubscribeInput = z.infer<typeof PushSubscribeInput>;

export const PushUnsubscribeInput = z.object({ endpoint: PushEndpoint });
export type PushUnsubscribeInput = z.infer<typeof PushUnsubscribeInput>;

export const PushStatus = z.object({ subscribed: z.boolean() });
export type PushStatus = z.infer<typeof PushStatus>;
