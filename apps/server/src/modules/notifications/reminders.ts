import { addDays, daysToWindowClose, isTestReminderDue } from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import { notificationQueries } from './repo.ts';
import type { NotificationService } from './service.ts';

/**
 * 检测提醒, run by the daily sweep in its transaction: a person with the app whose scheduled test
 * window closes within three days and who has not been tested in it gets one message per window
 * (deduped on the test). Random tests are unannounced and never reminded of.
 */
export async function sendTestReminders(trx: Db, notifications: NotificationService, day: string) {
  let sent = 0;
  for (const t of await notificationQueries(trx).testsClosingSoon(day)) {
    if (
      !isTestReminderDue({
        windowStart: t.window_start,
        windowEnd: t.window_end,
        status: t.status,
        today: day,
      })
    )
      continue;
    const lastDay = addDays(t.window_end, -1);
    const left = daysToWindowClose(t.window_end, day);
    const id = await notifications.notify(trx, {
      personId: t.person_id,
      kind: 'test_due',
      title: '检测提醒',
      body:
        `本期检测须在 ${lastDay} 前完成（${left === 0 ? '今天是最后一天' : `还剩 ${left + 1} 天`}）。` +
        '请到检测站检测，或在“检测预约”中预约时间；逾期未检测将记为未按期检测。',
      link: '/m/appointments',
      dedupeKey: `test_due:${t.id}`,
    });
    if (id) sent++;
  }
  return sent;
}
