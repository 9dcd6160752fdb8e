import { addDays, daysToWindowClose, isTestReminderDue, TEST_REMINDER_DAYS } from '@taobo/domain';
import type { Db } from '../../db/database.ts';
import type { NotificationService } from './service.ts';

/**
 * 检测提醒, run by the daily sweep: a person with the app whose scheduled test window closes
 * within three days and who has not been tested in it gets one message per window (deduped on
 * the test). Random tests are unannounced and never reminded of.
 */
export async function sendTestReminders(trx: Db, notifications: NotificationService, day: string) {
  const open = await trx
    .selectFrom('tests')
    .innerJoin('measures', 'measures.id', 'tests.measure_id')
    .innerJoin('person_accounts', 'person_accounts.person_id', 'tests.person_id')
    .select(['tests.id', 'tests.person_id', 'tests.window_start', 'tests.window_end', 'tests.status'])
    .where('tests.status', '=', 'due')
    .where('tests.plan', '=', 'scheduled')
    .where('tests.window_start', '<=', day)
    .where('tests.window_end', '>', day)
    .where('tests.window_end', '<=', addDays(day, TEST_REMINDER_DAYS))
    .where('measures.status', '=', 'executing')
    .where('person_accounts.activated_at', 'is not', null)
    .execute();
  let sent = 0;
  for (const t of open) {
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
