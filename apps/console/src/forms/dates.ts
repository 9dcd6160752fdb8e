import dayjs, { type Dayjs } from 'dayjs';
import { addDays, daysBetween, todayInShanghai } from '@taobo/domain';

/** The API's business-date format (`DateString` in the contracts). */
export const DATE_FORMAT = 'YYYY-MM-DD';

/** A DatePicker's value → `YYYY-MM-DD`, or null when empty or invalid. */
export const dateString = (d: Dayjs | null | undefined): string | null =>
  d && dayjs.isDayjs(d) && d.isValid() ? d.format(DATE_FORMAT) : null;

/** For `zodRule(schema, { toInput: dateInput })` on a DatePicker. */
export const dateInput = (v: unknown): string | null => dateString(v as Dayjs | null | undefined);

/** Days between the server's business date and this browser's (non-zero when TAOBO_CLOCK fixes "now"). */
let serverOffsetDays = 0;

/** Called with `Me.today` whenever the server says who we are. */
export function syncServerToday(serverToday: string): void {
  serverOffsetDays = daysBetween(todayInShanghai(), serverToday);
}

/**
 * Today's business date as the server sees it: today in Asia/Shanghai by this browser's clock
 * (`DateString` in the contracts, wherever the browser is), shifted to the server's clock. The server still decides (and answers in Chinese when a date is in its future); this
 * shapes defaults, pickers and countdowns.
 */
export const todayString = (): string => addDays(todayInShanghai(), serverOffsetDays);

/** A DatePicker `disabledDate` that keeps the pick within [min, max] (either end optional). */
export function dateBounds(min?: string | null, max?: string | null): (d: Dayjs) => boolean {
  return (d) => {
    const s = d.format(DATE_FORMAT);
    return (min != null && s < min) || (max != null && s > max);
  };
}
