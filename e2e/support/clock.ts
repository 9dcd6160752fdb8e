import { shanghaiDate } from '@taobo/domain';

/**
 * One "now" for a whole test file: the runner's date in Asia/Shanghai when the file starts (or
 * E2E_TODAY, `YYYY-MM-DD`, to run the files on another day), at a fixed time of day. Given to
 * `openProduct` as TAOBO_CLOCK, it fixes the server's clock and the clock of every page the
 * product opens, so the test, the server and the browser agree on "today" even when a run
 * straddles midnight in Shanghai (16:00 UTC).
 */
export function fixedNow(timeOfDay = '09:30') {
  const today = process.env.E2E_TODAY ?? shanghaiDate(new Date());
  return { today, clock: `${today}T${timeOfDay}:00+08:00` };
}
