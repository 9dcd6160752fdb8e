import crypto from 'node:crypto';
import { rolePermissions, type Me, type Role } from '@taobo/contracts';
import { businessDate, type Clock } from '../../clock.ts';
import { DomainError, unauthenticated, invalid } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import type { AuthRepo } from './repo.ts';
import { verifyWithLockout } from './lockout.ts';
import { dummyHash, hashPassword, verifyPassword } from './password.ts';

/** Sliding session: 8 hours after the last use. */
const SESSION_TTL_MS = 8 * 3_600_000;
/** Extend the expiry at most this often, so a busy session does not write on every request. */
const SESSION_REFRESH_MS = 10 * 60_000;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

type StaffRecord = NonNullable<Awaited<ReturnType<AuthRepo['findById']>>>;

function toMe(s: StaffRecord, now: Date): Me {
  const role = s.role as Role;
  return {
    id: s.id,
    username: s.username,
    displayName: s.display_name,
    role,
    orgUnit: { id: s.org_unit_id, name: s.org_name, level: s.org_level, path: s.org_path },
    permissions: [...rolePermissions[role]],
    mustChangePassword: s.must_change_password,
    today: businessDate(now),
  };
}

export function createAuthService(deps: { repo: AuthRepo; clock: Clock }) {
  const { repo, clock } = deps;

  return {
    /** Password sign-in. The fifth failure in a row locks the account for 15 minutes. */
    async login(username: string, password: string, ip: string | null): Promise<{ token: string; me: Me }> {
      const staff = await repo.findByUsername(username);
      if (!staff) {
        await verifyPassword(await dummyHash, password);
        throw new DomainError('BAD_CREDENTIALS', '用户名或密码错误');
      }
      const now = clock.now();
      await verifyWithLockout({
        passwordHash: staff.password_hash,
        password,
        failedAttempts: staff.failed_attempts,
        lockedUntil: staff.locked_until,
        now,
        recordFailure: (lockUntil) => repo.recordFailure(staff.id, lockUntil),
        clearFailures: () => repo.clearFailures(staff.id),
        wrong: '用户名或密码错误',
      });
      const token = crypto.randomBytes(32).toString('base64url');
      await repo.createSession({
        tokenHash: hashToken(token),
        staffId: staff.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
        ip,
      });
      return { token, me: toMe(staff, now) };
    },

    async logout(token: string | undefined) {
      if (token) await repo.deleteSession(hashToken(token));
    },

    /** Resolves a session cookie to the actor, sliding its expiry. */
    async authenticate(token: string | undefined, ip: string | null): Promise<Actor & { me: Me }> {
      if (!token) throw unauthenticated();
      const now = clock.now();
      const tokenHash = hashToken(token);
      const staff = await repo.findSession(tokenHash, now);
      if (!staff) throw unauthenticated();
      const expiresAt = new Date(staff.expires_at).getTime();
      if (expiresAt - now.getTime() < SESSION_TTL_MS - SESSION_REFRESH_MS) {
        await repo.extendSession(tokenHash, new Date(now.getTime() + SESSION_TTL_MS));
      }
      const me = toMe(staff, now);
      return {
        id: staff.id,
        username: staff.username,
        displayName: staff.display_name,
        role: me.role,
        orgUnitId: staff.org_unit_id,
        orgPath: staff.org_path,
        ip,
        me,
      };
    },

    /** Changing the password ends every other session of the account. */
    async changePassword(actor: Actor, token: string, currentPassword: string, newPassword: string) {
      const staff = await repo.findById(actor.id);
      if (!staff || !(await verifyPassword(staff.password_hash, currentPassword))) {
        throw invalid('currentPassword', '当前密码不正确', 'WRONG_PASSWORD');
      }
      if (currentPassword === newPassword) {
        throw invalid('newPassword', '新密码不能与当前密码相同', 'PASSWORD_UNCHANGED');
      }
      await repo.setPassword(actor.id, await hashPassword(newPassword));
      await repo.deleteOtherSessions(actor.id, hashToken(token));
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
