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
import { DomainError, notFound, unauthenticated } from '../../errors.ts';
import { requirePermission, type Actor, type PersonActor } from '../../platform/access.ts';
import { AUDIT_PERSON, auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { dummyHash, hashPassword, verifyPassword } from '../auth/password.ts';
import { LOCK_MINUTES, MAX_FAILED_ATTEMPTS, verifyWithLockout } from '../auth/lockout.ts';
import type { PersonService } from '../persons/service.ts';
import type { PersonAuthRepo } from './repo.ts';

/** An activation code opens the account once, within 72 hours of being issued. */
export const CODE_TTL_HOURS = 72;
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

export function createPersonAuthService(deps: {
  repo: PersonAuthRepo;
  persons: PersonService;
  clock: Clock;
  cipher: FieldCipher;
  audit: AuditLog;
}) {
  const { repo, persons, clock, cipher, audit } = deps;
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
     * answer; failures count against the person holding a live code (5 → 15 minutes' lock, during
     * which even the right code is refused). A code re-issued to an activated account resets its
     * password and ends its other sessions.
     */
    async activate(input: PersonActivateInput, ip: string | null): Promise<{ token: string; me: PersonMe }> {
      const now = clock.now();
      const bidx = phoneIndex(input.phone);
      const candidates = await repo.accountsByPhone(bidx);
      let found: { account: (typeof candidates)[number]; codeId: string } | undefined;
      const guessedAgainst: string[] = [];
      for (const account of candidates) {
        const codes = await repo.liveCodes(account.id, now);
        if (codes.length === 0) continue;
        if (account.locked_until && new Date(account.locked_until) > now) continue;
        const expected = codeHash(account.id, input.code);
        const match = codes.find((c) => crypto.timingSafeEqual(Buffer.from(c.code_hash, 'hex'), expected));
        if (match) {
          found = { account, codeId: match.id };
          break;
        }
        guessedAgainst.push(account.id);
      }
      if (!found) {
        const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
        for (const personId of guessedAgainst) await repo.recordFailure(personId, lockUntil);
        throw activationInvalid();
      }

      const { account, codeId } = found;
      const passwordHash = await hashPassword(input.password);
      let takenBy: string | undefined;
      return repo
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
            actorId: null,
            actorName: '本人（洮泊家园）',
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
    },

    /** Phone + password, with the staff lockout policy: the fifth failure in a row locks for 15 minutes. */
    async login(input: PersonLoginInput): Promise<{ token: string; me: PersonMe }> {
      const accounts = await repo.accountsByPhone(phoneIndex(input.phone));
      // Issuing and activating keep one activated account per phone.
      const account = accounts.find((a) => a.activated_at && a.password_hash);
      if (!account) {
        await verifyPassword(await dummyHash, input.password);
        throw new DomainError('BAD_CREDENTIALS', '手机号或密码错误');
      }
      const now = clock.now();
      await verifyWithLockout({
        passwordHash: account.password_hash!,
        password: input.password,
        failedAttempts: account.failed_attempts,
        lockedUntil: account.locked_until,
        now,
        recordFailure: (lockUntil) => repo.recordFailure(account.id, lockUntil),
        clearFailures: () => repo.clearFailures(account.id),
        wrong: '手机号或密码错误',
      });
      const token = await openSession(repo, account.id, now, input.device ?? null);
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
