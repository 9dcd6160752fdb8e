/** A business date as the person reads it in a message: `2026-12-01` → `12月1日`. */
export const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** A timestamp column as an ISO string for the API. */
export const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
