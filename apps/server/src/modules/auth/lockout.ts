import { sql } from 'kysely';
import { DomainError } from '../../errors.ts';
import { verifyPassword } from './password.ts';

/** Five wrong passwords in a row lock an account (staff or person app) for 15 minutes. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

/**
 * The `.set()` of a failed attempt, for any table with `failed_attempts` and `locked_until`:
 * counts it, and the fifth in a row resets the count and locks until `lockUntil`.
 */
export function failedAttemptUpdate(lockUntil: Date) {
  const limitReached = sql<boolean>`failed_attempts >= ${MAX_FAILED_ATTEMPTS - 1}`;
  return {
    failed_attempts: sql<number>`CASE WHEN ${limitReached} THEN 0 ELSE failed_attempts + 1 END`,
    locked_until: sql<Date | null>`CASE WHEN ${limitReached} THEN ${lockUntil} ELSE locked_until END`,
  };
}

export function lockedError(until: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new DomainError(
    'ACCOUNT_LOCKED',
    `连续 ${MAX_FAILED_ATTEMPTS} 次密码错误，账号已锁定，请 ${minutes} 分钟后再试`,
  );
}

const lockedNow = (until: Date | string | null, now: Date) => until !== null && new Date(until) > now;

/**
 * Checks a password under the lockout policy: refuses while locked (423), counts a miss and
 * says how many tries are left (401), clears the count on success.
 */
export async function verifyWithLockout(a: {
  passwordHash: string;
  password: string;
  failedAttempts: number;
  lockedUntil: Date | string | null;
  now: Date;
  /** Applies `failedAttemptUpdate` to the account and returns the new values. */
  recordFailure: (
    lockUntil: Date,
  ) => Promise<{ failed_attempts: number; locked_until: Date | string | null }>;
  clearFailures: () => Promise<unknown>;
  /** The 401 message, e.g. 用户名或密码错误. */
  wrong: string;
}): Promise<void> {
  if (lockedNow(a.lockedUntil, a.now)) throw lockedError(new Date(a.lockedUntil!), a.now);
  if (!(await verifyPassword(a.passwordHash, a.password))) {
    const after = await a.recordFailure(new Date(a.now.getTime() + LOCK_MINUTES * 60_000));
    if (lockedNow(after.locked_until, a.now)) throw lockedError(new Date(after.locked_until!), a.now);
    const left = MAX_FAILED_ATTEMPTS - after.failed_attempts;
    throw new DomainError('BAD_CREDENTIALS', `${a.wrong}，再错 ${left} 次账号将锁定 ${LOCK_MINUTES} 分钟`);
  }
  if (a.failedAttempts > 0 || a.lockedUntil) await a.clearFailures();
}
