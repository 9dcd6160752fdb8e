import { z } from 'zod';
import { DateString, Id, PageQuery } from './common.ts';

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
  'person.search': { zh: '查询人员', en: 'Searched persons' },
  'staff.create': { zh: '新建工作人员账号', en: 'Created a staff account' },
  'test.policy': { zh: '修改检测政策', en: 'Changed the test policy' },
  'checkin.policy': { zh: '修改报到政策', en: 'Changed the check-in policy' },
  'leave.policy': { zh: '修改外出报告政策', en: 'Changed the leave policy' },
  'measure.working_group': { zh: '调整工作小组', en: 'Changed the working group' },
  'audit.query': { zh: '查询审计日志', en: 'Queried the audit log' },
  'audit.seal': { zh: '审计链加密封存', en: 'Sealed the audit chain under its key' },
  'person.activation_code': { zh: '生成洮泊家园激活码', en: 'Issued an app activation code' },
  'person.app_activate': { zh: '激活洮泊家园', en: 'Activated the app' },
  'person.app_activate_failed': { zh: '洮泊家园激活失败', en: 'Failed app activation' },
  'person.app_login': { zh: '登录洮泊家园', en: 'Signed in to the app' },
  'person.app_login_failed': { zh: '洮泊家园登录失败', en: 'Failed app sign-in' },
  'person.app_lockout': { zh: '洮泊家园账号锁定', en: 'App account locked' },
  'person.app_sessions_revoke': { zh: '退出洮泊家园所有设备', en: 'Signed the app out everywhere' },
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.login_failed': { zh: '登录失败', en: 'Failed sign-in' },
  'auth.lockout': { zh: '账号锁定', en: 'Account locked' },
  'auth.password_change': { zh: '修改密码', en: 'Changed password' },
  'person.photo_view': { zh: '查看照片', en: 'Viewed photo' },
  'person.duplicate_check': { zh: '身份信息查重', en: 'Duplicate check' },
};

/** GET /api/audit: the audit log of the caller's subtree, newest first. */
export const AuditQuery = PageQuery.extend({
  /** An action (`person.view`), or a prefix of whole parts (`person` matches every `person.*`). */
  action: z
    .string()
    .trim()
    .max(64)
    .regex(/^[a-z_]+(\.[a-z_]+)*$/, '操作类型格式无效')
    .optional(),
  actorId: Id.optional(),
  /** Business dates (Asia/Shanghai), both inclusive. */
  from: DateString.optional(),
  to: DateString.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditLogItem = AuditEvent.extend({
  /** The actor's role when they acted (null: the person app, the system, or an event from before it was kept). */
  actorRole: z.string().nullable(),
});
export type AuditLogItem = z.infer<typeof AuditLogItem>;
