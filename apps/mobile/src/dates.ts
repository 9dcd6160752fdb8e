/** Today in Asia/Shanghai, 'YYYY-MM-DD' (the server decides; this is for what the page offers). */
export function localToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

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
