import { z } from 'zod';
import { DateString } from './common.ts';
import { OrgLevel } from './org.ts';
import { Permission, Role } from './roles.ts';

export const LoginInput = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  orgUnit: z.object({ id: z.string(), name: z.string(), level: OrgLevel, path: z.string() }),
  permissions: z.array(Permission),
  mustChangePassword: z.boolean(),
  /** The server's business date (Asia/Shanghai), which TAOBO_CLOCK may fix: forms default to it. */
  today: DateString,
});
export type Me = z.infer<typeof Me>;

/** At least 8 characters with a letter and a digit. */
export const NewPassword = z
  .string()
  .min(8, '密码至少 8 位')
  .max(128, '密码最多 128 位')
  .regex(/[A-Za-z]/, '密码须包含字母')
  .regex(/\d/, '密码须包含数字');

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, '请输入当前密码'),
  newPassword: NewPassword,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;
