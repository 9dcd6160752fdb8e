import { z } from 'zod';
import { NewPassword } from './auth.ts';
import { PageQuery } from './common.ts';
import { Role } from './roles.ts';

export const StaffCreateInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{2,31}$/, '用户名为 3–32 位小写字母、数字或下划线，以字母开头'),
  displayName: z.string().trim().min(1, '请输入姓名').max(32),
  role: Role,
  orgUnitId: z.string().min(1, '请选择所属单位'),
  password: NewPassword,
});
export type StaffCreateInput = z.infer<typeof StaffCreateInput>;

export const StaffItem = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffItem = z.infer<typeof StaffItem>;

export const StaffQuery = PageQuery.extend({
  q: z.string().trim().max(50).optional(),
  role: Role.optional(),
  orgUnitId: z.string().max(20).optional(),
});
export type StaffQuery = z.infer<typeof StaffQuery>;
