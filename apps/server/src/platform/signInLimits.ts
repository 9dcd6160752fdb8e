import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { rateLimited } from '../errors.ts';

/** At most `max` within `windowMs` (a fixed window from the first hit). */
export interface Limit {
  max: number;
  windowMs: number;
}

/** The rate limits of `/api/auth/*` and `/api/m/auth/*` (README "Security notes"). */
export interface SignInLimits {
  /** Credential checks (staff and app sign-in, activation, password change) from one IP address. */
  perIp: Limit;
  /** Credential checks against one account: a username, a phone, a signed-in staff member. */
  perAccount: Limit;
  /** The other routes there (who am I, sign-out) from one IP address. */
  perIpOther: Limit;
  /** Wrong activation codes from one IP address; a right one does not count. */
  activationFailuresPerIp: Limit;
}

const minutes = (n: number) => n * 60_000;

export const SIGN_IN_LIMITS: SignInLimits = {
  perIp: { max: 30, windowMs: minutes(10) },
  perAccount: { max: 10, windowMs: minutes(15) },
  perIpOther: { max: 300, windowMs: minutes(1) },
  activationFailuresPerIp: { max: 5, windowMs: minutes(15) },
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route checks a credential (a password or an activation code): it is limited per IP
     * address (`perIp`) and per account, the one `account` names (`perAccount`).
     */
    signIn?: { account: (request: FastifyRequest) => string };
  }
}

/** A counted hit: how many in the window so far, and how long until the window ends. */
export interface Hit {
  hits: number;
  exceeded: boolean;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL (`auth_throttle`), so that every server instance counts
 * against the same number. Each hit is one `INSERT … ON CONFLICT DO UPDATE … RETURNING`: atomic,
 * however many requests arrive at once.
 */
export function createThrottle(db: Db, clock: Clock) {
  let hitsSinceSweep = 0;
  async function count(key: string, windowMs: number) {
    const now = clock.now();
    const resetsAt = new Date(now.getTime() + windowMs);
    const ended = sql<boolean>`auth_throttle.resets_at <= ${now}`;
    const row = await db
      .insertInto('auth_throttle')
      .values({ key, hits: 1, resets_at: resetsAt })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          hits: sql<number>`CASE WHEN ${ended} THEN 1 ELSE auth_throttle.hits + 1 END`,
          resets_at: sql<Date>`CASE WHEN ${ended} THEN ${resetsAt}::timestamptz ELSE auth_throttle.resets_at END`,
        }),
      )
      .returning(['hits', 'resets_at'])
      .executeTakeFirstOrThrow();
    // Windows that have ended are deleted now and then, so that keys tried once do not pile up.
    if (++hitsSinceSweep >= 500) {
      hitsSinceSweep = 0;
      await db.deleteFrom('auth_throttle').where('resets_at', '<=', now).execute();
    }
    return { hits: row.hits, ttlMs: Math.max(0, new Date(row.resets_at).getTime() - now.getTime()) };
  }

  return {
    count,
    /** Counts one hit on `key`; `exceeded` once the window holds more than `limit.max`. */
    async hit(key: string, limit: Limit): Promise<Hit> {
      const { hits, ttlMs } = await count(key, limit.windowMs);
      return { hits, exceeded: hits > limit.max, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
    },
    /** Takes one hit back (a right activation code does not count against the address). */
    async refund(key: string): Promise<void> {
      await db
        .updateTable('auth_throttle')
        .set({ hits: sql<number>`hits - 1` })
        .where('key', '=', key)
        .where('hits', '>', 0)
        .execute();
    },
  };
}
export type Throttle = ReturnType<typeof createThrottle>;

/** `@fastify/rate-limit`'s store interface, on the throttle table. */
function throttleStore(throttle: Throttle) {
  return class ThrottleStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      throttle.count(key, timeWindow).then(
        ({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }),
        (e: unknown) => callback(e instanceof Error ? e : new Error(String(e))),
      );
    }
    child() {
      return new ThrottleStore();
    }
  };
}

/** An IP address as a limit counts it: IPv6 by its /64 (one host holds the whole /64 easily). */
export const addressKey = (ip: string | null) => (ip ? normalizeIP(ip) : 'unknown');

const LIMITED_PREFIXES = ['/api/auth/', '/api/m/auth/'];

/**
 * Rate limits on `/api/auth/*` and `/api/m/auth/*` (`@fastify/rate-limit`, its state in
 * PostgreSQL): per IP address before anything else runs, and per account once the body is read.
 * Past a limit the answer is 429 RATE_LIMITED with `Retry-After`. `hash` keys the account names
 * (usernames, phones), so the table never holds them, nor a password typed as a username.
 */
export async function registerSignInLimits(
  app: FastifyInstance,
  deps: { throttle: Throttle; limits: SignInLimits; hash: (value: string) => string },
): Promise<void> {
  const { throttle } = deps;
  await app.register(rateLimit, { global: false, store: throttleStore(throttle), skipOnError: false });

  const limiter = (limit: Limit, key: (request: FastifyRequest) => string) => {
    const check = app.createRateLimit({ max: limit.max, timeWindow: limit.windowMs, keyGenerator: key });
    return async (request: FastifyRequest) => {
      const result = await check(request);
      if (!result.isAllowed && result.isExceeded) throw rateLimited(Math.max(1, result.ttlInSeconds));
    };
  };
  const credentialsPerIp = limiter(deps.limits.perIp, (r) => `ip:${addressKey(r.ip)}`);
  const otherPerIp = limiter(deps.limits.perIpOther, (r) => `ip-other:${addressKey(r.ip)}`);
  const perAccount = limiter(
    deps.limits.perAccount,
    (r) => `account:${deps.hash(r.routeOptions.config.signIn!.account(r))}`,
  );

  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url;
    if (!url || !LIMITED_PREFIXES.some((p) => url.startsWith(p))) return;
    await (request.routeOptions.config.signIn ? credentialsPerIp : otherPerIp)(request);
  });
  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.config.signIn) await perAccount(request);
  });
}
