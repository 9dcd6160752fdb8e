// Times as people in the product read them: on the wall clock of Asia/Shanghai, wherever the
// browser, the phone or the server is. China has kept one zone, UTC+8, with no daylight saving
// since 1991, so the Shanghai reading of an instant is its UTC reading moved 8 hours on: no time
// zone database is needed, and the result is the same in every host zone.

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** An instant: an ISO 8601 timestamp with its offset (as the API sends), a Date, or epoch milliseconds. */
export type Instant = string | number | Date;

/** `YYYY-MM-DDTHH:mm:ss` on the Shanghai wall clock at `at`. */
function wallClock(at: Instant): string {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(at)}`);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19);
}

/** The business date (`YYYY-MM-DD`, a day in Asia/Shanghai) at an instant. */
export function shanghaiDate(at: Instant): string {
  return wallClock(at).slice(0, 10);
}

/** Today's business date in Asia/Shanghai (`YYYY-MM-DD`); a new day starts at 16:00 UTC. */
export function todayInShanghai(now: Instant = Date.now()): string {
  return shanghaiDate(now);
}

interface TimeFormat {
  /** Show the seconds too: `HH:mm:ss`. */
  seconds?: boolean;
}

/** The Shanghai wall-clock time at an instant: `HH:mm` (or `HH:mm:ss`). */
export function shanghaiTime(at: Instant, { seconds = false }: TimeFormat = {}): string {
  return wallClock(at).slice(11, seconds ? 19 : 16);
}

/** The Shanghai date and time at an instant: `YYYY-MM-DD HH:mm` (or `YYYY-MM-DD HH:mm:ss`). */
export function shanghaiDateTime(at: Instant, format: TimeFormat = {}): string {
  return `${shanghaiDate(at)} ${shanghaiTime(at, format)}`;
}
