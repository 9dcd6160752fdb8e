import { z } from 'zod';
import { DateString, PageQuery, Ref } from './common.ts';
import { WindowRef } from './appointments.ts';

// ——— 异地上传: a photographed test cassette and a selfie, reviewed by staff ———

/** Why the person may test remotely: approved leave, or staff allowed it. */
export const UploadBasis = z.enum(['leave', 'permission']);
export type UploadBasis = z.infer<typeof UploadBasis>;
export const uploadBasisLabels: Record<UploadBasis, { zh: string; en: string }> = {
  leave: { zh: '请假外出', en: 'On approved leave' },
  permission: { zh: '工作人员准许', en: 'Allowed by staff' },
};

export const UploadStatus = z.enum(['pending', 'approved', 'rejected_missed', 'rejected_retest']);
export type UploadStatus = z.infer<typeof UploadStatus>;
export const uploadStatusLabels: Record<UploadStatus, { zh: string; en: string }> = {
  pending: { zh: '待审核', en: 'Pending review' },
  approved: { zh: '已通过（阴性）', en: 'Approved (negative)' },
  rejected_missed: { zh: '未通过（按未检测）', en: 'Rejected (counts as missed)' },
  rejected_retest: { zh: '未通过（须重新检测）', en: 'Rejected (re-test needed)' },
};

/**
 * Images ≤ 8 MB (JPEG, PNG, WebP); a short video ≤ 20 MB (MP4, WebM, QuickTime). No HEIC: the
 * server re-encodes every photo to drop its EXIF, and cannot decode HEVC (phones send JPEG from
 * a web page's camera anyway).
 */
export const UPLOAD_IMAGE_MAX_BYTES = 8 * 1024 * 1024;
export const UPLOAD_VIDEO_MAX_BYTES = 20 * 1024 * 1024;
export const UPLOAD_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const UPLOAD_VIDEO_TYPES = ['video/mp4', 'video/webm', 'video/quicktime'] as const;

export const RemoteEligibility = z.object({
  allowed: z.boolean(),
  basis: UploadBasis.nullable(),
  /** Last day the permission or leave covers. */
  until: DateString.nullable(),
  /** Why not, in the person's words. */
  reason: z.string().nullable(),
  /** The open test window today. */
  window: WindowRef.nullable(),
});
export type RemoteEligibility = z.infer<typeof RemoteEligibility>;

/** The text parts of the multipart upload (the files are `cassette` and `selfie`). */
export const UploadFields = z.object({
  deviceTime: z.iso.datetime({ offset: true, message: '设备时间格式无效' }).optional(),
  latitude: z.coerce.number().min(-90).max(90).optional(),
  longitude: z.coerce.number().min(-180).max(180).optional(),
  accuracy: z.coerce.number().min(0).max(1_000_000).optional(),
  locationError: z.string().trim().max(200).optional(),
  /** EXIF read on the phone, as JSON: `{ cassette: {...}, selfie: {...} }`. */
  exif: z.string().max(50_000, 'EXIF 数据过大').optional(),
  note: z.string().trim().max(200, '备注不超过 200 字').optional(),
});
export type UploadFields = z.infer<typeof UploadFields>;

export const MyUpload = z.object({
  id: z.string(),
  receivedAt: z.string(),
  date: DateString,
  status: UploadStatus,
  reason: z.string().nullable(),
});
export type MyUpload = z.infer<typeof MyUpload>;

export const UploadListItem = z.object({
  id: z.string(),
  person: Ref,
  receivedAt: z.string(),
  date: DateString,
  basis: UploadBasis,
  status: UploadStatus,
  deviceTime: z.string().nullable(),
  hasLocation: z.boolean(),
  window: WindowRef.nullable(),
});
export type UploadListItem = z.infer<typeof UploadListItem>;

export const UploadListQuery = PageQuery.extend({
  status: UploadStatus.optional(),
  q: z.string().trim().max(50).optional(),
});

export const UploadDetail = UploadListItem.extend({
  cassetteType: z.string(),
  selfieType: z.string(),
  /** Device time minus server time, in seconds (null without a device time). */
  clockDriftSeconds: z.number().nullable(),
  location: z
    .object({ latitude: z.number(), longitude: z.number(), accuracy: z.number().nullable() })
    .nullable(),
  locationError: z.string().nullable(),
  clientExif: z.record(z.string(), z.unknown()),
  serverExif: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedBy: Ref.nullable(),
  decidedAt: z.string().nullable(),
});
export type UploadDetail = z.infer<typeof UploadDetail>;

export const UploadApproveInput = z.object({ note: z.string().trim().max(200).nullable().optional() });
export type UploadApproveInput = z.infer<typeof UploadApproveInput>;

export const UploadRejectInput = z.object({
  /** 'missed': nothing is recorded, the window stays as it is; 'retest': the person is asked to test again. */
  outcome: z.enum(['missed', 'retest']),
  reason: z.string().trim().min(1, '请输入不通过的原因').max(200, '原因不超过 200 字'),
});
export type UploadRejectInput = z.infer<typeof UploadRejectInput>;

export const RemotePermission = z.object({
  id: z.string(),
  from: DateString,
  to: DateString,
  reason: z.string(),
  grantedBy: Ref,
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  /** Not revoked and not yet over. */
  active: z.boolean(),
});
export type RemotePermission = z.infer<typeof RemotePermission>;

export const RemotePermissionInput = z
  .object({
    from: DateString,
    to: DateString,
    reason: z.string().trim().min(1, '请输入准许原因').max(200, '原因不超过 200 字'),
  })
  .refine((v) => v.from <= v.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type RemotePermissionInput = z.infer<typeof RemotePermissionInput>;
