// A PHQ-9/GAD-7 self-screening that alerts (screening/screening.ts decides which) opens a
// follow-up task for the counsellors of the person's area.

import { addDays } from '../supervision/dates.ts';

/** A severe screening is followed up within this many days (local policy). */
export const ALERT_FOLLOW_UP_DAYS = 1;

/** The day by which an alert raised on `day` must be followed up. */
export function alertFollowUpDue(day: string): string {
  return addDays(day, ALERT_FOLLOW_UP_DAYS);
}
