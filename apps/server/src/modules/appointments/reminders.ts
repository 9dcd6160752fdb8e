import { addDays } from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import type { NotificationService } from '../notifications/service.ts';
import { monthDay } from './monthDay.ts';
import { appointmentQueries } from './repo.ts';

/**
 * The day-before reminder, for the daily sweep (in its transaction `trx`): one message per booking
 * for tomorrow, sent once (deduped by booking and day).
 */
export async function sendAppointmentReminders(
  trx: Db,
  notifications: NotificationService,
  today: string,
): Promise<number> {
  const rows = await appointmentQueries(trx).bookedOn(addDays(today, 1));
  let sent = 0;
  for (const r of rows) {
    const id = await notifications.notify(trx, {
      personId: r.person_id,
      kind: 'appointment_reminder',
      title: '明天有检测预约',
      body: `明天（${monthDay(r.date)}）${r.start_time}–${r.end_time} 请到${r.name}（${r.address}）检测，请携带身份证。`,
      link: '/m/appointments',
      dedupeKey: `appointment_reminder:${r.id}:${r.date}`,
    });
    if (id) sent++;
  }
  return sent;
}
