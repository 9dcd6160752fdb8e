import { claimAttempt, notLocked } from './lockout.ts';
import type { Db } from '../../db/database.ts';
import { repository } from '../../db/repository.ts';

function authQueries(db: Db) {
  const staffWithOrg = () =>
    db
      .selectFrom('staff')
      .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
      .select([
        'staff.id',
        'staff.username',
        'staff.display_name',
        'staff.role',
        'staff.org_unit_id',
        'staff.password_hash',
        'staff.must_change_password',
        'staff.failed_attempts',
        'staff.locked_until',
        'org_units.name as org_name',
        'org_units.level as org_level',
        'org_units.path as org_path',
      ]);

  return {
    findByUsername: (username: string) =>
      staffWithOrg().where('staff.username', '=', username).executeTakeFirst(),
    findById: (id: string) => staffWithOrg().where('staff.id', '=', id).executeTakeFirst(),
    idOfUsername: (username: string) =>
      db.selectFrom('staff').select('id').where('username', '=', username).executeTakeFirst(),

    /**
     * Claims one password attempt on the account, atomically and before the password is checked
     * (auth/lockout.ts); nothing back when there is no such account or it is locked.
     */
    claimAttempt: (account: { username: string } | { id: string }, now: Date) =>
      db
        .updateTable('staff')
        .set(claimAttempt(now))
        .where((eb) =>
          eb.and([
            'username' in account ? eb('username', '=', account.username) : eb('id', '=', account.id),
            notLocked(now),
          ]),
        )
        .returning(['id', 'password_hash', 'failed_attempts'])
        .executeTakeFirst(),
    clearFailures: (id: string) =>
      db.updateTable('staff').set({ failed_attempts: 0, locked_until: null }).where('id', '=', id).execute(),
    setPassword: (id: string, passwordHash: string) =>
      db
        .updateTable('staff')
        .set({
          password_hash: passwordHash,
          must_change_password: false,
          failed_attempts: 0,
          locked_until: null,
        })
        .where('id', '=', id)
        .execute(),

    createSession: (s: {
      tokenHash: string;
      staffId: string;
      createdAt: Date;
      expiresAt: Date;
      ip: string | null;
    }) =>
      db
        .insertInto('sessions')
        .values({
          token_hash: s.tokenHash,
          staff_id: s.staffId,
          created_at: s.createdAt,
          expires_at: s.expiresAt,
          ip: s.ip,
        })
        .execute(),
    /** The live session and its account, in one round trip (this runs on every request). */
    findSession: (tokenHash: string, now: Date) =>
      staffWithOrg()
        .innerJoin('sessions', 'sessions.staff_id', 'staff.id')
        .select('sessions.expires_at')
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.expires_at', '>', now)
        .executeTakeFirst(),
    extendSession: (tokenHash: string, expiresAt: Date) =>
      db.updateTable('sessions').set({ expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute(),
    deleteSession: (tokenHash: string) =>
      db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute(),
    deleteOtherSessions: (staffId: string, keepTokenHash: string) =>
      db
        .deleteFrom('sessions')
        .where('staff_id', '=', staffId)
        .where('token_hash', '!=', keepTokenHash)
        .execute(),
    deleteExpiredSessions: (now: Date) => db.deleteFrom('sessions').where('expires_at', '<=', now).execute(),
  };
}

/** Queries of staff sign-in: accounts, their lockout counts, sessions. */
export const createAuthRepo = (db: Db) => repository(db, authQueries);
export type AuthRepo = ReturnType<typeof createAuthRepo>;
