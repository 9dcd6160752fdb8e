import type { Availability, AvailabilityInput } from '@taobo/contracts';
import { businessDate, type Clock } from '../../clock.ts';
import { invalid, notFound } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import type { CounsellingRepo } from './repo.ts';
import { toAvailability } from './views.ts';

/** The counsellor's open times (咨询时段): published weekly or once, withdrawn at will. */
export function createAvailabilityService(deps: { repo: CounsellingRepo; clock: Clock }) {
  const { repo, clock } = deps;
  const today = () => businessDate(clock.now());

  return {
    async mine(actor: Actor): Promise<Availability[]> {
      requirePermission(actor, 'counselling:manage');
      return (await repo.availabilityOf(actor.id, today())).map(toAvailability);
    },

    async add(actor: Actor, input: AvailabilityInput): Promise<Availability> {
      requirePermission(actor, 'counselling:manage');
      if (input.kind === 'once' && input.date! < today()) throw invalid('date', '日期不能早于今天');
      const a = await repo.addAvailability({
        counsellor_id: actor.id,
        kind: input.kind,
        weekday: input.kind === 'weekly' ? input.weekday! : null,
        date: input.kind === 'once' ? input.date! : null,
        start_time: input.startTime,
        duration_minutes: input.durationMinutes,
        mode: input.mode,
        place: input.place || null,
        created_at: clock.now(),
      });
      return toAvailability(a);
    },

    /** Withdraws a slot from booking; sessions already booked on it stay as they are. */
    async withdraw(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'counselling:manage');
      if (!(await repo.withdrawAvailability(id, actor.id))) throw notFound('咨询时段');
    },
  };
}
export type AvailabilityService = ReturnType<typeof createAvailabilityService>;
