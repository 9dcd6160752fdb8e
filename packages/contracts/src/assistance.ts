import { z } from 'zod';
import { ASSISTANCE_STATUSES } from '@taobo/domain';
import { Id, PageQuery, Ref } from './common.ts';

type Label = { zh: string; en: string };

// ---- 帮扶申请 ----

export const AssistanceType = z.enum([
  'employment',
  'skills_training',
  'startup_loan',
  'subsistence',
  'medical_aid',
  'other',
]);
export type AssistanceType = z.infer<typeof AssistanceType>;
export const assistanceTypeLabels: Record<AssistanceType, Label> = {
  employment: { zh: '就业', en: 'Employment' },
  skills_training: { zh: '技能培训', en: 'Skills training' },
  startup_loan: { zh: '创业担保贷款', en: 'Start-up loan' },
  subsistence: { zh: '低保', en: 'Subsistence allowance' },
  medical_aid: { zh: '医疗救助', en: 'Medical aid' },
  other: { zh: '其他', en: 'Other' },
};

export const AssistanceStatus = z.enum(ASSISTANCE_STATUSES);
export type AssistanceStatus = z.infer<typeof AssistanceStatus>;
export const assistanceStatusLabels: Record<AssistanceStatus, Label> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  in_progress: { zh: '受理中', en: 'In progress' },
  concluded: { zh: '已办结', en: 'Concluded' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const AssistanceOutcome = z.enum(['helped', 'declined']);
export type AssistanceOutcome = z.infer<typeof AssistanceOutcome>;
export const assistanceOutcomeLabels: Record<AssistanceOutcome, Label> = {
  helped: { zh: '已帮扶', en: 'Helped' },
  declined: { zh: '未获批', en: 'Not approved' },
};

export const AssistanceEventKind = z.enum(['submitted', 'accepted', 'helped', 'declined', 'withdrawn']);
export type AssistanceEventKind = z.infer<typeof AssistanceEventKind>;
export const assistanceEventLabels: Record<AssistanceEventKind, Label> = {
  submitted: { zh: '提交申请', en: 'Submitted' },
  accepted: { zh: '受理', en: 'Accepted' },
  helped: { zh: '办结：已帮扶', en: 'Concluded: helped' },
  declined: { zh: '办结：未获批', en: 'Concluded: not approved' },
  withdrawn: { zh: '本人撤回', en: 'Withdrawn' },
};

/** Attachments: photos or PDF, checked by content, at most 3 of 5 MB each. */
export const ASSISTANCE_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const ASSISTANCE_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const ASSISTANCE_MAX_FILES = 3;

/** The text fields of an application (sent as multipart fields with the files). */
export const AssistanceApplyInput = z
  .object({
    type: AssistanceType,
    otherType: z.string().trim().max(30, '类别不超过 30 字').nullable().optional(),
    description: z
      .string()
      .trim()
      .min(10, '请具体说明您的情况和需要（至少 10 字）')
      .max(1000, '说明不超过 1000 字'),
  })
  .refine((a) => a.type !== 'other' || !!a.otherType, {
    message: '选择“其他”时请写明需要哪类帮扶',
    path: ['otherType'],
  });
export type AssistanceApplyInput = z.infer<typeof AssistanceApplyInput>;

export const AssistanceAttachment = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
});
export type AssistanceAttachment = z.infer<typeof AssistanceAttachment>;

export const AssistanceEvent = z.object({
  kind: AssistanceEventKind,
  at: z.string(),
  /** Staff who did it; null when the person did. */
  by: Ref.nullable(),
  note: z.string().nullable(),
});
export type AssistanceEvent = z.infer<typeof AssistanceEvent>;

export const AssistanceApplication = z.object({
  id: z.string(),
  person: Ref,
  type: AssistanceType,
  otherType: z.string().nullable(),
  description: z.string(),
  status: AssistanceStatus,
  outcome: AssistanceOutcome.nullable(),
  outcomeText: z.string().nullable(),
  attachments: z.array(AssistanceAttachment),
  events: z.array(AssistanceEvent),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssistanceApplication = z.infer<typeof AssistanceApplication>;

/** A row of the staff list: no description (that is in the audited detail). */
export const AssistanceListItem = z.object({
  id: z.string(),
  person: Ref,
  type: AssistanceType,
  otherType: z.string().nullable(),
  status: AssistanceStatus,
  outcome: AssistanceOutcome.nullable(),
  attachmentCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssistanceListItem = z.infer<typeof AssistanceListItem>;

export const AssistanceQuery = z.object({
  type: AssistanceType.optional(),
  status: AssistanceStatus.optional(),
  /** Name, pinyin or initials of the person. */
  q: z.string().trim().max(30).optional(),
  personId: Id.optional(),
  ...PageQuery.shape,
});
export type AssistanceQuery = z.infer<typeof AssistanceQuery>;

export const AssistanceAcceptInput = z.object({
  note: z.string().trim().max(500, '不超过 500 字').nullable().optional(),
});
export type AssistanceAcceptInput = z.infer<typeof AssistanceAcceptInput>;

export const AssistanceConcludeInput = z.object({
  outcome: AssistanceOutcome,
  text: z.string().trim().min(2, '请写明帮扶内容或未获批的原因').max(500, '不超过 500 字'),
});
export type AssistanceConcludeInput = z.infer<typeof AssistanceConcludeInput>;
