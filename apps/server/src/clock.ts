import { shanghaiDate } from '@taobo/domain';

/** The one source of "now". Tests and TAOBO_CLOCK swap it; nothing else calls `new Date()` for business time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(
  at: Date | string,
): Clock & { set(at: Date | string): void; advanceDays(n: number): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set: (d) => {
      current = new Date(d);
    },
    advanceDays: (n) => {
      current = new Date(current.getTime() + n * 86_400_000);
    },
  };
}

/** Today's business date in Asia/Shanghai, `YYYY-MM-DD` (the domain's `shanghaiDate`). */
export function businessDate(at: Date): string {
  return shanghaiDate(at);
}
