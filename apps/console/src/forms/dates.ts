import dayjs, { type Dayjs } from 'dayjs';

/** The API's business-date format (`DateString` in the contracts). */
export const DATE_FORMAT = 'YYYY-MM-DD';

/** A DatePicker's value → `YYYY-MM-DD`, or null when empty or invalid. */
export const dateString = (d: Dayjs | null | undefined): string | null =>
  d && dayjs.isDayjs(d) && d.isValid() ? d.format(DATE_FORMAT) : null;

/** For `zodRule(schema, { toInput: dateInput })` on a DatePicker. */
export const dateInput = (v: unknown): string | null => dateString(v as Dayjs | null | undefined);

/** `YYYY-MM-DD` → a DatePicker value. */
export const toDayjs = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null);

/** Business dates are days in Asia/Shanghai (`DateString` in the contracts), wherever the browser is. */
const businessDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's business date by this browser's clock. The server decides with its own clock (and
 * answers with a Chinese message when a date is in its future); this only shapes defaults,
 * pickers and countdowns.
 */
export const todayString = (): string => businessDay.format(new Date());

/** A DatePicker `disabledDate` that keeps the pick within [min, max] (either end optional). */
export function dateBounds(min?: string | null, max?: string | null): (d: Dayjs) => boolean {
  return (d) => {
    const s = d.format(DATE_FORMAT);
    return (min != null && s < min) || (max != null && s > max);
  };
}
