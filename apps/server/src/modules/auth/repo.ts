import { failedAttemptUpdate } from './lockout.ts';
import type { Db } from '../../db/database.ts';

export function createAuthRepo(db: Db) {
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

    /** Counts a failed password (auth/lockout.ts decides when it locks). */
    recordFailure: (id: string, lockUntil: Date) =>
      db
        .updateTable('staff')
        .set(failedAttemptUpdate(lockUntil))
        .where('id', '=', id)
        .returning(['failed_attempts', 'locked_until'])
        .executeTakeFirstOrThrow(),
    clearFailures: (id: string) =>
      db.updateTable('staff').set({ failed_attempts: 0, locked_until: null }).where('id', '=', id).execute(),
    setPassword: (id: string, passwordHash: string) =>
      db
        .updateTable('staff')
        .set({ password_hash: passwordHash, must_change_password: false })
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
export type AuthRepo = ReturnType<typeof createAuthRepo>;
