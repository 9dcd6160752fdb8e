import crypto from 'node:crypto';
import { rolePermissions, type Me, type Role } from '@taobo/contracts';
import { businessDate, type Clock } from '../../clock.ts';
import { unauthenticated, invalid } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { AuthRepo } from './repo.ts';
import { badCredentials, checkNothing, lockedBy, LOCK_MINUTES } from './lockout.ts';
import { hashPassword, verifyPassword } from './password.ts';

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

/** Who signs in, for audit entries written before anyone is signed in. */
const NOT_SIGNED_IN = { actorId: null, actorName: '（未登录）' };

export function createAuthService(deps: { repo: AuthRepo; clock: Clock; audit: AuditLog }) {
  const { repo, clock, audit } = deps;

  /**
   * A failed attempt, audited against the account when there is one (never with the username
   * typed, which may be a password typed in the wrong box); a lockout it caused, too.
   */
  async function recordFailure(
    staffId: string | null,
    reason: 'unknown_user' | 'locked' | 'wrong_password',
    ip: string | null,
    lockedNow = false,
  ) {
    await repo.transaction(async (_r, trx) => {
      const entry = { ...NOT_SIGNED_IN, ip, targetType: 'staff', targetId: staffId };
      await audit.record(trx, { ...entry, action: 'auth.login_failed', details: { reason } });
      if (lockedNow)
        await audit.record(trx, { ...entry, action: 'auth.lockout', details: { minutes: LOCK_MINUTES } });
    });
  }

  return {
    /**
     * Password sign-in. The attempt is counted before the password is checked (auth/lockout.ts),
     * so that the fifth failure in a row locks the account for 15 minutes however many arrive at
     * once; unknown, wrong and locked all get the one answer, after as long a check.
     */
    async login(username: string, password: string, ip: string | null): Promise<{ token: string; me: Me }> {
      const now = clock.now();
      const claimed = await repo.claimAttempt({ username }, now);
      if (!claimed) {
        await checkNothing(password);
        const known = await repo.idOfUsername(username);
        await recordFailure(known?.id ?? null, known ? 'locked' : 'unknown_user', ip);
        throw badCredentials('用户名');
      }
      if (!(await verifyPassword(claimed.password_hash, password))) {
        await recordFailure(claimed.id, 'wrong_password', ip, lockedBy(claimed.failed_attempts));
        throw badCredentials('用户名');
      }
      const token = crypto.randomBytes(32).toString('base64url');
      const staff = await repo.transaction(async (r, trx) => {
        await r.clearFailures(claimed.id);
        const staff = (await r.findById(claimed.id))!;
        await r.createSession({
          tokenHash: hashToken(token),
          staffId: staff.id,
          createdAt: now,
          expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
          ip,
        });
        await audit.record(trx, {
          actorId: staff.id,
          actorName: staff.display_name,
          actorRole: staff.role,
          actorUnitId: staff.org_unit_id,
          ip,
          action: 'auth.login',
          targetType: 'staff',
          targetId: staff.id,
        });
        return staff;
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

    /**
     * Changing the password ends every other session of the account. The current password is
     * checked under the same lockout as sign-in: a stolen session does not make it a free oracle.
     */
    async changePassword(actor: Actor, token: string, currentPassword: string, newPassword: string) {
      if (currentPassword === newPassword) {
        throw invalid('newPassword', '新密码不能与当前密码相同', 'PASSWORD_UNCHANGED');
      }
      const wrong = () => invalid('currentPassword', '当前密码不正确', 'WRONG_PASSWORD');
      const claimed = await repo.claimAttempt({ id: actor.id }, clock.now());
      if (!claimed) {
        await checkNothing(currentPassword);
        throw wrong();
      }
      if (!(await verifyPassword(claimed.password_hash, currentPassword))) {
        if (lockedBy(claimed.failed_attempts)) {
          await repo.transaction((_r, trx) =>
            audit.record(trx, {
              ...auditActor(actor),
              action: 'auth.lockout',
              targetType: 'staff',
              targetId: actor.id,
              details: { minutes: LOCK_MINUTES },
            }),
          );
        }
        throw wrong();
      }
      const passwordHash = await hashPassword(newPassword);
      await repo.transaction(async (r, trx) => {
        await r.setPassword(actor.id, passwordHash);
        await r.deleteOtherSessions(actor.id, hashToken(token));
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'auth.password_change',
          targetType: 'staff',
          targetId: actor.id,
        });
      });
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
