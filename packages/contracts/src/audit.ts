import { z } from 'zod';

export const AuditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  reason: z.string().nullable(),
  /** Non-personal details, e.g. which fields changed (never their values). */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const auditActionLabels: Record<string, { zh: string; en: string }> = {
  'person.create': { zh: '新建档案', en: 'Created file' },
  'person.view': { zh: '查看档案', en: 'Viewed file' },
  'person.update': { zh: '修改档案', en: 'Edited file' },
  'person.reveal': { zh: '查看敏感信息', en: 'Revealed a sensitive value' },
  'person.audit.view': { zh: '查看审计记录', en: 'Viewed audit trail' },
  'person.photo_view': { zh: '查看照片', en: 'Viewed photo' },
  'person.duplicate_check': { zh: '身份信息查重', en: 'Duplicate check' },
};
