import { sql } from 'kysely';
import { DomainError } from '../../errors.ts';
import { dummyHash, verifyPassword } from './password.ts';

/** Five failed attempts in a row lock an account (staff or person app) for 15 minutes. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

/** An account that may be tried now: not locked, or locked until a time now past. */
export const notLocked = (now: Date) => sql<boolean>`(locked_until IS NULL OR locked_until <= ${now})`;

/**
 * The `.set()` that claims one attempt, for any table with `failed_attempts` and `locked_until`.
 * Run it as one `UPDATE … SET claimAttempt(now) WHERE <account> AND notLocked(now) RETURNING …`
 * before the password (or code) is checked: the attempt counts as failed until a success clears
 * it, so concurrent attempts each see the others, and the fifth in a row locks the account at
 * once. No row back means the account is locked (or is not there): refuse without checking.
 * Once a lock has ended, counting starts again from one.
 */
export function claimAttempt(now: Date) {
  const lockEnded = sql<boolean>`(locked_until IS NOT NULL AND locked_until <= ${now})`;
  const count = sql<number>`(CASE WHEN ${lockEnded} THEN 1 ELSE failed_attempts + 1 END)`;
  const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  return {
    failed_attempts: count,
    locked_until: sql<Date | null>`CASE WHEN ${count} >= ${MAX_FAILED_ATTEMPTS}::int THEN ${lockUntil}::timestamptz WHEN ${lockEnded} THEN NULL ELSE locked_until END`,
  };
}

/** Whether a claimed attempt (its `failed_attempts` as returned) locked the account. */
export const lockedBy = (failedAttempts: number) => failedAttempts >= MAX_FAILED_ATTEMPTS;

/**
 * Spends as long as a password check would, for an answer given without one (an unknown account,
 * a locked one), so that the time taken does not tell them apart either.
 */
export async function checkNothing(password: string): Promise<void> {
  await verifyPassword(await dummyHash, password);
}

/**
 * The one answer to every failed sign-in: unknown account, wrong password, locked account alike,
 * so that it tells an outsider nothing (not even that a phone belongs to a person on file).
 */
export const badCredentials = (what: '用户名' | '手机号') =>
  new DomainError(
    'BAD_CREDENTIALS',
    `${what}或密码错误。连续输错 ${MAX_FAILED_ATTEMPTS} 次，账号将锁定 ${LOCK_MINUTES} 分钟`,
  );
