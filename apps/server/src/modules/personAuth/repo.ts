import { claimAttempt, notLocked } from '../auth/lockout.ts';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';

function personAuthQueries(db: Db) {
  const accounts = () =>
    db
      .selectFrom('persons')
      .innerJoin('person_accounts as a', 'a.person_id', 'persons.id')
      .select([
        'persons.id',
        'persons.name',
        'a.password_hash',
        'a.activated_at',
        'a.failed_attempts',
        'a.locked_until',
      ]);

  return {
    /** Accounts of the persons filed with this phone (blind-index match; a phone is not unique on files). */
    accountsByPhone: (phoneBidx: Buffer) =>
      accounts().where('persons.phone_bidx', '=', phoneBidx).orderBy('persons.id').execute(),
    accountOf: (personId: string) => accounts().where('persons.id', '=', personId).executeTakeFirst(),

    /** Another person who already signs in with this phone (a phone opens one account only). */
    phoneActivatedByOther: async (phoneBidx: Buffer, personId: string): Promise<string | undefined> =>
      (
        await accounts()
          .where('persons.phone_bidx', '=', phoneBidx)
          .where('persons.id', '!=', personId)
          .where('a.activated_at', 'is not', null)
          .executeTakeFirst()
      )?.id,

    /** Creates the (not yet activated) account if needed, then locks its row to the end of the transaction. */
    async lockAccount(personId: string) {
      await db
        .insertInto('person_accounts')
        .values({ person_id: personId })
        .onConflict((oc) => oc.column('person_id').doNothing())
        .execute();
      await db
        .selectFrom('person_accounts')
        .select('person_id')
        .where('person_id', '=', personId)
        .forUpdate()
        .execute();
    },

    /**
     * Claims one attempt (a password or an activation code) on the person's account, atomically
     * and before anything is compared (auth/lockout.ts); nothing back while it is locked.
     */
    claimAttempt: (personId: string, now: Date) =>
      db
        .updateTable('person_accounts')
        .set(claimAttempt(now))
        .where('person_id', '=', personId)
        .where(notLocked(now))
        .returning(['password_hash', 'activated_at', 'failed_attempts'])
        .executeTakeFirst(),
    clearFailures: (personId: string) =>
      db
        .updateTable('person_accounts')
        .set({ failed_attempts: 0, locked_until: null })
        .where('person_id', '=', personId)
        .execute(),
    /** Sets the password; the first activation also stamps `activated_at`. */
    activate: (personId: string, passwordHash: string, now: Date) =>
      db
        .updateTable('person_accounts')
        .set((eb) => ({
          password_hash: passwordHash,
          activated_at: eb.fn.coalesce('activated_at', eb.val(now)),
          failed_attempts: 0,
          locked_until: null,
        }))
        .where('person_id', '=', personId)
        .returning('activated_at')
        .executeTakeFirstOrThrow(),

    /** Codes that still open the account: unused, not replaced, unexpired, not guessed at too often. */
    liveCodes: (personId: string, now: Date, maxGuesses: number) =>
      db
        .selectFrom('activation_codes')
        .select(['id', 'code_hash'])
        .where('person_id', '=', personId)
        .where('used_at', 'is', null)
        .where('voided_at', 'is', null)
        .where('expires_at', '>', now)
        .where('failed_attempts', '<', maxGuesses)
        .execute(),
    /**
     * Counts one guess at each live code of the person, atomically and before the comparison, and
     * returns the codes to compare against: none once a code has had `maxGuesses`.
     */
    claimCodeGuess: (personId: string, now: Date, maxGuesses: number) =>
      db
        .updateTable('activation_codes')
        .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
        .where('person_id', '=', personId)
        .where('used_at', 'is', null)
        .where('voided_at', 'is', null)
        .where('expires_at', '>', now)
        .where('failed_attempts', '<', maxGuesses)
        .returning(['id', 'code_hash'])
        .execute(),
    voidLiveCodes: (personId: string, now: Date) =>
      db
        .updateTable('activation_codes')
        .set({ voided_at: now })
        .where('person_id', '=', personId)
        .where('used_at', 'is', null)
        .where('voided_at', 'is', null)
        .execute(),
    insertCode: (c: {
      personId: string;
      codeHash: string;
      expiresAt: Date;
      createdAt: Date;
      createdBy: string;
    }) =>
      db
        .insertInto('activation_codes')
        .values({
          person_id: c.personId,
          code_hash: c.codeHash,
          expires_at: c.expiresAt,
          created_at: c.createdAt,
          created_by: c.createdBy,
        })
        .execute(),
    /** Marks a code used, if it still is live; false when another request used it first. */
    useCode: async (id: string, now: Date) =>
      (
        await db
          .updateTable('activation_codes')
          .set({ used_at: now })
          .where('id', '=', id)
          .where('used_at', 'is', null)
          .where('voided_at', 'is', null)
          .where('expires_at', '>', now)
          .executeTakeFirst()
      ).numUpdatedRows === 1n,

    createSession: (s: {
      tokenHash: string;
      personId: string;
      now: Date;
      expiresAt: Date;
      device: string | null;
    }) =>
      db
        .insertInto('person_sessions')
        .values({
          token_hash: s.tokenHash,
          person_id: s.personId,
          created_at: s.now,
          last_seen_at: s.now,
          expires_at: s.expiresAt,
          device: s.device,
        })
        .execute(),
    /** The live session and its person, in one round trip (this runs on every app request). */
    findSession: (tokenHash: string, now: Date) =>
      db
        .selectFrom('person_sessions as s')
        .innerJoin('persons', 'persons.id', 's.person_id')
        .innerJoin('person_accounts as a', 'a.person_id', 's.person_id')
        .select(['persons.id', 'persons.name', 'a.activated_at', 's.expires_at', 's.last_seen_at'])
        .where('s.token_hash', '=', tokenHash)
        .where('s.expires_at', '>', now)
        .where('s.revoked_at', 'is', null)
        .executeTakeFirst(),
    touchSession: (tokenHash: string, now: Date, expiresAt: Date) =>
      db
        .updateTable('person_sessions')
        .set({ last_seen_at: now, expires_at: expiresAt })
        .where('token_hash', '=', tokenHash)
        .execute(),
    revokeSession: (tokenHash: string, now: Date) =>
      db
        .updateTable('person_sessions')
        .set({ revoked_at: now })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .execute(),
    /** Ends every live session of the person; returns how many there were. */
    revokeAll: async (personId: string, now: Date) =>
      Number(
        (
          await db
            .updateTable('person_sessions')
            .set({ revoked_at: now })
            .where('person_id', '=', personId)
            .where('revoked_at', 'is', null)
            .where('expires_at', '>', now)
            .executeTakeFirst()
        ).numUpdatedRows,
      ),
    liveSessions: (personId: string, now: Date) =>
      db
        .selectFrom('person_sessions')
        .select(['token_hash', 'created_at', 'last_seen_at', 'device'])
        .where('person_id', '=', personId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('last_seen_at', 'desc')
        .execute(),
  };
}

/** Queries of the person app's accounts, activation codes and sessions. */
export const createPersonAuthRepo = (db: Db) => repository(db, personAuthQueries);
export type PersonAuthRepo = ReturnType<typeof createPersonAuthRepo>;
