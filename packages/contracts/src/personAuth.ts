import { z } from 'zod';
import { NewPassword } from './auth.ts';
import { Ref } from './common.ts';
import { PhoneInput } from './person.ts';

/** The person app (洮泊家园): activation with a code from staff, then phone + password. */

export const ActivationCode = z
  .string()
  .trim()
  .regex(/^\d{8}$/, '激活码为 8 位数字');

/** What the phone calls itself ("华为 Mate 60"), shown to staff in the session list. */
const Device = z.string().trim().max(100, '设备名称最多 100 字').optional();

export const PersonActivateInput = z.object({
  phone: PhoneInput,
  code: ActivationCode,
  password: NewPassword,
  device: Device,
});
export type PersonActivateInput = z.infer<typeof PersonActivateInput>;

export const PersonLoginInput = z.object({
  phone: PhoneInput,
  password: z.string().min(1, '请输入密码').max(128),
  device: Device,
});
export type PersonLoginInput = z.infer<typeof PersonLoginInput>;

/** The signed-in person, as the app sees themself. */
export const PersonMe = z.object({
  person: Ref,
  activatedAt: z.string(),
});
export type PersonMe = z.infer<typeof PersonMe>;

/** Shown once to staff, to hand to the person; only its hash is kept. */
export const ActivationCodeIssued = z.object({
  code: z.string(),
  expiresAt: z.string(),
});
export type ActivationCodeIssued = z.infer<typeof ActivationCodeIssued>;

export const AppSession = z.object({
  /** A short prefix of the session's token hash: enough to tell sessions apart, useless to sign in. */
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  device: z.string().nullable(),
});
export type AppSession = z.infer<typeof AppSession>;

export const PersonAppSessions = z.object({
  activated: z.boolean(),
  activatedAt: z.string().nullable(),
  sessions: z.array(AppSession),
});
export type PersonAppSessions = z.infer<typeof PersonAppSessions>;

export const AppSessionsRevoked = z.object({ revoked: z.number().int() });
export type AppSessionsRevoked = z.infer<typeof AppSessionsRevoked>;
