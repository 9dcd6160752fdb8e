import crypto from 'node:crypto';
import type {
  ActivationCodeIssued,
  AppSessionsRevoked,
  PersonActivateInput,
  PersonAppSessions,
  PersonLoginInput,
  PersonMe,
} from '@taobo/contracts';
import type { Clock } from '../../clock.ts';
import { DomainError, notFound, rateLimited, unauthenticated } from '../../errors.ts';
import { requirePermission, type Actor, type PersonActor } from '../../platform/access.ts';
import { AUDIT_PERSON, auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { addressKey, type Limit, type Throttle } from '../../platform/signInLimits.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import {
  badCredentials,
  checkNothing,
  LOCK_MINUTES,
  lockedBy,
  MAX_FAILED_ATTEMPTS,
} from '../auth/lockout.ts';
import type { PersonService } from '../persons/service.ts';
import type { PersonAuthRepo } from './repo.ts';

/**
 * An activation code opens the account once, within 72 hours of being issued, and takes at most
 * 10 wrong guesses in its life (two lockouts' worth): then it is spent, as if it had expired.
 */
export const CODE_TTL_HOURS = 72;
export const CODE_MAX_GUESSES = 2 * MAX_FAILED_ATTEMPTS;
/** Sliding session: 90 days after the last use (a phone stays signed in, as apps do). */
export const APP_SESSION_TTL_MS = 90 * 86_400_000;
/** Slide the expiry (and `last_seen_at`) at most this often, so a busy app does not write on every request. */
const SESSION_REFRESH_MS = 10 * 60_000;

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** One answer for every failed activation, so it never tells whether the phone is on file. */
const activationInvalid = () =>
  new DomainError(
    'ACTIVATION_INVALID',
    `手机号或激活码不正确，或激活码已使用、已过期。请核对后重试；连续错误 ${MAX_FAILED_ATTEMPTS} 次需等待 ${LOCK_MINUTES} 分钟，也可请工作人员重新生成激活码`,
  );
const phoneInUse = () =>
  new DomainError('PHONE_IN_USE', '该手机号已用于另一名人员的洮泊家园账号，请先核实并更正档案中的手机号');

/** Who acts, in audit entries of the app's sign-in. */
const NOT_SIGNED_IN = { actorId: null, actorName: '（未登录）' };
const SELF = { actorId: null, actorName: '本人（洮泊家园）' };

type Failure = { personId: string | null; reason: string; lockedNow?: boolean };

export function createPersonAuthService(deps: {
  repo: PersonAuthRepo;
  persons: PersonService;
  clock: Clock;
  cipher: FieldCipher;
  audit: AuditLog;
  /** Counts wrong activation codes per IP address (`activationFailuresPerIp`). */
  throttle: Throttle;
  activationFailuresPerIp: Limit;
}) {
  const { repo, persons, clock, cipher, audit, throttle } = deps;
  const phoneIndex = (phone: string) => cipher.blindIndex('phone', phone);
  /**
   * A keyed hash (HMAC-SHA256 under the server key), bound to the person: 10^8 codes are too few
   * for a plain SHA-256 to hide them from whoever reads the table.
   */
  const codeHash = (personId: string, code: string) =>
    cipher.blindIndex('activationCode', `${personId}:${code}`);

  async function scopedPerson(actor: Actor, personId: string) {
    requirePermission(actor, 'person:update');
    const person = await persons.findScoped(actor, personId);
    if (!person) throw notFound('人员档案');
    return person;
  }

  /**
   * Failed attempts, audited against the person where the phone led to one (never with the phone
   * or what was typed); a lockout one of them caused, too.
   */
  async function recordFailures(action: string, failures: Failure[], ip: string | null) {
    await repo.transaction(async (_r, trx) => {
      for (const f of failures) {
        const entry = { ...NOT_SIGNED_IN, ip, targetType: 'person', targetId: f.personId };
        await audit.record(trx, { ...entry, action, details: { reason: f.reason } });
        if (f.lockedNow)
          await audit.record(trx, {
            ...entry,
            action: 'person.app_lockout',
            details: { minutes: LOCK_MINUTES },
          });
      }
    });
  }

  async function openSession(
    r: Pick<PersonAuthRepo, 'createSession'>,
    personId: string,
    now: Date,
    device: string | null,
  ) {
    const token = crypto.randomBytes(32).toString('base64url');
    await r.createSession({
      tokenHash: sha256(token),
      personId,
      now,
      expiresAt: new Date(now.getTime() + APP_SESSION_TTL_MS),
      device,
    });
    return token;
  }

  return {
    // ── Staff side ────────────────────────────────────────────────────────────

    /** A new one-time code for the person; any earlier unused code stops working. The code is never kept. */
    async issueActivationCode(actor: Actor, personId: string): Promise<ActivationCodeIssued> {
      const person = await scopedPerson(actor, personId);
      // Audited, and named only when the other file is the actor's to see (persons/duplicates.ts).
      await persons.settleDuplicate(actor, {
        field: 'phone',
        on: 'activation_code',
        subjectId: person.id,
        existingId: await repo.phoneActivatedByOther(person.phone_bidx, person.id),
        named: phoneInUse,
      });
      const code = String(crypto.randomInt(0, 100_000_000)).padStart(8, '0');
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + CODE_TTL_HOURS * 3_600_000);
      await repo.transaction(async (r, trx) => {
        await r.lockAccount(person.id);
        await r.voidLiveCodes(person.id, now);
        await r.insertCode({
          personId: person.id,
          codeHash: codeHash(person.id, code).toString('hex'),
          expiresAt,
          createdAt: now,
          createdBy: actor.id,
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'person.activation_code',
          targetType: 'person',
          targetId: person.id,
          details: { expiresAt: expiresAt.toISOString() },
        });
      });
      return { code, expiresAt: expiresAt.toISOString() };
    },

    async appSessions(actor: Actor, personId: string): Promise<PersonAppSessions> {
      await scopedPerson(actor, personId);
      const now = clock.now();
      const [account, sessions] = await Promise.all([
        repo.accountOf(personId),
        repo.liveSessions(personId, now),
      ]);
      const activatedAt = account?.activated_at ? new Date(account.activated_at).toISOString() : null;
      return {
        activated: activatedAt !== null,
        activatedAt,
        sessions: sessions.map((s) => ({
          id: s.token_hash.slice(0, 12),
          createdAt: new Date(s.created_at).toISOString(),
          lastSeenAt: new Date(s.last_seen_at).toISOString(),
          device: s.device,
        })),
      };
    },

    /** Signs the person out on every phone (a lost phone, a suspected shared account). */
    async revokeAppSessions(actor: Actor, personId: string): Promise<AppSessionsRevoked> {
      await scopedPerson(actor, personId);
      const now = clock.now();
      return repo.transaction(async (r, trx) => {
        const revoked = await r.revokeAll(personId, now);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'person.app_sessions_revoke',
          targetType: 'person',
          targetId: personId,
          details: { revoked },
        });
        return { revoked };
      });
    },

    // ── Person side ───────────────────────────────────────────────────────────

    /**
     * Phone + code from staff + a new password. Wrong, used and expired codes all get the same
     * answer. Every attempt is counted before any code is compared, atomically: against the
     * address (5 wrong in 15 minutes, then 429; a right code gives its count back), against each
     * person holding a live code under that phone (5 in a row → 15 minutes' lock, during which even
     * the right code is refused) and against the code itself (10 wrong guesses spend it). A code
     * re-issued to an activated account resets its password and ends its other sessions.
     */
    async activate(input: PersonActivateInput, ip: string | null): Promise<{ token: string; me: PersonMe }> {
      const now = clock.now();
      const ipKey = `activate:${addressKey(ip)}`;
      const byAddress = await throttle.hit(ipKey, deps.activationFailuresPerIp);
      if (byAddress.exceeded) throw rateLimited(byAddress.retryAfterSeconds);

      const bidx = phoneIndex(input.phone);
      const candidates = await repo.accountsByPhone(bidx);
      let found: { account: (typeof candidates)[number]; codeId: string } | undefined;
      const failures: Failure[] = [];
      for (const account of candidates) {
        if ((await repo.liveCodes(account.id, now, CODE_MAX_GUESSES)).length === 0) continue;
        const claimed = await repo.claimAttempt(account.id, now);
        if (!claimed) {
          failures.push({ personId: account.id, reason: 'locked' });
          continue;
        }
        const codes = await repo.claimCodeGuess(account.id, now, CODE_MAX_GUESSES);
        const expected = codeHash(account.id, input.code);
        const match = codes.find((c) => crypto.timingSafeEqual(Buffer.from(c.code_hash, 'hex'), expected));
        if (match) {
          found = { account, codeId: match.id };
          break;
        }
        failures.push({
          personId: account.id,
          reason: 'wrong_code',
          lockedNow: lockedBy(claimed.failed_attempts),
        });
      }
      if (!found) {
        await recordFailures(
          'person.app_activate_failed',
          failures.length ? failures : [{ personId: null, reason: 'no_live_code' }],
          ip,
        );
        throw activationInvalid();
      }

      const { account, codeId } = found;
      const passwordHash = await hashPassword(input.password);
      let takenBy: string | undefined;
      const result = await repo
        .transaction(async (r, trx) => {
          await r.lockAccount(account.id);
          if (!(await r.useCode(codeId, now))) throw activationInvalid();
          // Someone else activated this phone since the code was issued: the person learns nothing
          // of them; the check is audited and reviewed (persons/duplicates.ts), the code not spent.
          takenBy = await r.phoneActivatedByOther(bidx, account.id);
          if (takenBy) throw phoneInUse();
          await audit.record(trx, {
            ...AUDIT_PERSON,
            ip,
            action: 'person.duplicate_check',
            targetType: 'person',
            targetId: account.id,
            details: { field: 'phone', outcome: 'none', on: 'activation' },
          });
          const { activated_at } = await r.activate(account.id, passwordHash, now);
          await r.revokeAll(account.id, now);
          const token = await openSession(r, account.id, now, input.device ?? null);
          await audit.record(trx, {
            ...SELF,
            ip,
            action: 'person.app_activate',
            targetType: 'person',
            targetId: account.id,
          });
          return {
            token,
            me: {
              person: { id: account.id, name: account.name },
              activatedAt: new Date(activated_at!).toISOString(),
            },
          };
        })
        .catch(async (e: unknown) => {
          if (takenBy) {
            await persons.settleDuplicate(
              null,
              {
                field: 'phone',
                on: 'activation',
                subjectId: account.id,
                existingId: takenBy,
                named: phoneInUse,
              },
              ip,
            );
          }
          throw e;
        });
      await throttle.refund(ipKey);
      return result;
    },

    /**
     * Phone + password, with the staff lockout policy: the attempt is counted before the password
     * is checked, and the fifth failure in a row locks for 15 minutes. An unknown phone, a phone not
     * yet activated, a wrong password and a locked account all get the one answer.
     */
    async login(input: PersonLoginInput, ip: string | null): Promise<{ token: string; me: PersonMe }> {
      const now = clock.now();
      const accounts = await repo.accountsByPhone(phoneIndex(input.phone));
      // Issuing and activating keep one activated account per phone.
      const account = accounts.find((a) => a.activated_at && a.password_hash);
      const claimed = account && (await repo.claimAttempt(account.id, now));
      if (!account || !claimed?.password_hash) {
        await checkNothing(input.password);
        await recordFailures(
          'person.app_login_failed',
          [
            account
              ? { personId: account.id, reason: 'locked' }
              : { personId: null, reason: 'unknown_phone' },
          ],
          ip,
        );
        throw badCredentials('手机号');
      }
      if (!(await verifyPassword(claimed.password_hash, input.password))) {
        await recordFailures(
          'person.app_login_failed',
          [{ personId: account.id, reason: 'wrong_password', lockedNow: lockedBy(claimed.failed_attempts) }],
          ip,
        );
        throw badCredentials('手机号');
      }
      const token = await repo.transaction(async (r, trx) => {
        await r.clearFailures(account.id);
        const token = await openSession(r, account.id, now, input.device ?? null);
        await audit.record(trx, {
          ...SELF,
          ip,
          action: 'person.app_login',
          targetType: 'person',
          targetId: account.id,
        });
        return token;
      });
      return {
        token,
        me: {
          person: { id: account.id, name: account.name },
          activatedAt: new Date(account.activated_at!).toISOString(),
        },
      };
    },

    async logout(token: string | undefined) {
      if (token) await repo.revokeSession(sha256(token), clock.now());
    },

    /** Resolves the app cookie to the person; `slid` says the expiry moved, so the cookie should too. */
    async authenticate(token: string | undefined): Promise<{ person: PersonActor; slid: boolean }> {
      if (!token) throw unauthenticated();
      const now = clock.now();
      const tokenHash = sha256(token);
      const session = await repo.findSession(tokenHash, now);
      if (!session?.activated_at) throw unauthenticated();
      const slid = now.getTime() - new Date(session.last_seen_at).getTime() >= SESSION_REFRESH_MS;
      if (slid) await repo.touchSession(tokenHash, now, new Date(now.getTime() + APP_SESSION_TTL_MS));
      return { person: { personId: session.id, name: session.name }, slid };
    },

    async me(person: PersonActor): Promise<PersonMe> {
      const account = await repo.accountOf(person.personId);
      if (!account?.activated_at) throw unauthenticated();
      return {
        person: { id: account.id, name: account.name },
        activatedAt: new Date(account.activated_at).toISOString(),
      };
    },
  };
}
export type PersonAuthService = ReturnType<typeof createPersonAuthService>;
