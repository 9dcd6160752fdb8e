import { shanghaiDate, shanghaiTime } from '@taobo/domain';

// How the app writes dates and times, in Chinese. Times are read on the Asia/Shanghai wall clock
// (packages/domain time/shanghai.ts), whatever zone the phone is set to.

/** `2026-11-30` → `11月30日`. */
export function shortDate(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
/** `2026-12-01` → `12月1日 周二`. */
export function dayLabel(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 周${WEEKDAYS[d.getUTCDay()]}`;
}

/** An instant as `11月30日 14:07`. */
export function timeLabel(at: string): string {
  return `${shortDate(shanghaiDate(at))} ${shanghaiTime(at)}`;
}
