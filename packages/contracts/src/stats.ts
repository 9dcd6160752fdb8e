import { z } from 'zod';
import { Ref } from './common.ts';
import { PersonStatus } from './person.ts';

/** Aggregates only: what a leader sees. */
export const PersonStats = z.object({
  total: z.number().int(),
  byStatus: z.array(z.object({ status: PersonStatus, count: z.number().int() })),
  byCounty: z.array(z.object({ orgUnit: Ref, count: z.number().int() })),
});
export type PersonStats = z.infer<typeof PersonStats>;
