import type { SweepContext, Tally } from '../step.ts';

/** A queued write is replayable for a week (our policy): an outbox retries long before that. */
const IDEMPOTENCY_KEEP_DAYS = 7;

/**
 * Housekeeping: sessions past their expiry, spent or expired activation codes, and idempotency
 * keys old enough that no queued write can still be replayed with them.
 */
export async function purgeExpired({ now, transaction }: SweepContext): Promise<Tally> {
  const keysBefore = new Date(now.getTime() - IDEMPOTENCY_KEEP_DAYS * 86_400_000);
  return { purged: await transaction((repo) => repo.purgeExpired(now, keysBefore)) };
}
