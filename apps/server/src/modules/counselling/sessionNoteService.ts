import { canKeepNote } from '@taobo/domain';
import type { SessionNote } from '@taobo/contracts';
import type { Clock } from '../../clock.ts';
import { DomainError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { counsellorsBooking } from './bookings.ts';
import type { CounsellingRepo } from './repo.ts';
import { iso } from './views.ts';

const NOTE_FIELD = 'counsellingNote';

/**
 * 咨询记录: a session's note, encrypted at rest, read and written by the session's own
 * counsellor only; every look is audited.
 */
export function createSessionNoteService(deps: {
  repo: CounsellingRepo;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
}) {
  const { repo, clock, audit, cipher } = deps;

  return {
    async get(actor: Actor, bookingId: string): Promise<SessionNote | null> {
      const b = await counsellorsBooking(repo, actor, bookingId);
      return repo.transaction(async (r, trx) => {
        const n = await r.note(bookingId);
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'counselling.note_view',
          targetType: 'person',
          targetId: b.person_id,
          details: { bookingId, exists: !!n },
        });
        if (!n) return null;
        return {
          bookingId,
          body: cipher.decrypt(NOTE_FIELD, n.body_enc),
          counsellor: { id: n.counsellor_id, name: n.display_name },
          createdAt: iso(n.created_at)!,
          updatedAt: iso(n.updated_at)!,
        };
      });
    },

    async save(actor: Actor, bookingId: string, body: string): Promise<SessionNote> {
      const b = await counsellorsBooking(repo, actor, bookingId);
      if (!canKeepNote(b.status))
        throw new DomainError('BOOKING_STATE', '只能为已确认或已完成的咨询填写记录');
      const now = clock.now();
      return repo.transaction(async (r, trx) => {
        const n = await r.saveNote({
          booking_id: bookingId,
          counsellor_id: actor.id,
          body_enc: cipher.encrypt(NOTE_FIELD, body),
          created_at: now,
          updated_at: now,
        });
        await audit.record(trx, {
          ...auditActor(actor),
          action: 'counselling.note_save',
          targetType: 'person',
          targetId: b.person_id,
          details: { bookingId, length: body.length },
        });
        return {
          bookingId,
          body,
          counsellor: { id: actor.id, name: actor.displayName },
          createdAt: iso(n.created_at)!,
          updatedAt: iso(n.updated_at)!,
        };
      });
    },
  };
}
export type SessionNoteService = ReturnType<typeof createSessionNoteService>;
