import type { CalendarYear, CalendarYearInput, CalendarYearSaved } from '@taobo/contracts';
import { officialCalendarDays, reportDeadlineFor, workdayCalendar } from '@taobo/domain';
import type { Calendar } from '@taobo/domain';
import type { Clock } from '../../clock.ts';
import { invalid } from '../../errors.ts';
import { requirePermission, type Actor } from '../../platform/access.ts';
import { auditActor, type AuditLog } from '../../platform/audit/auditLog.ts';
import type { CalendarRepo } from './repo.ts';

const FIRST_YEAR = 2004;
/** How long a server reuses the calendar it read; a save on this server refreshes it at once. */
const CACHE_MS = 60_000;
const LAST_YEAR = 2100;

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw invalid('year', `年份应在${FIRST_YEAR}至${LAST_YEAR}之间`);
}

/**
 * The holiday schedules (民法典 第二百零三条): the official ones from chinese-days, and a year the
 * package does not know yet entered by an administrator. Saving a year moves the 报到 deadlines it
 * changes, in the same transaction, and is audited.
 */
export function createCalendarService(deps: { repo: CalendarRepo; clock: Clock; audit: AuditLog }) {
  const { repo, clock, audit } = deps;
  let cached: { readAt: number; calendar: Promise<Calendar> } | undefined;

  function yearView(
    year: number,
    entered: { date: string; kind: 'rest' | 'work'; name: string }[],
  ): CalendarYear {
    const official = officialCalendarDays(year);
    const mine = entered.filter((d) => d.date.startsWith(`${year}-`));
    const byDate = new Map<string, CalendarYear['days'][number]>();
    for (const d of official) byDate.set(d.date, { ...d, source: 'official' });
    for (const d of mine) byDate.set(d.date, { ...d, source: 'entered' });
    return {
      year,
      official: official.length > 0,
      days: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
    };
  }

  return {
    /** The calendar of every deadline: the official schedules and the days entered here. */
    current(): Promise<Calendar> {
      if (!cached || performance.now() - cached.readAt > CACHE_MS) {
        const calendar = repo.entered().then((days) => workdayCalendar(days));
        cached = { readAt: performance.now(), calendar };
        calendar.catch(() => (cached = undefined));
      }
      return cached.calendar;
    },

    async year(actor: Actor, year: number): Promise<CalendarYear> {
      requirePermission(actor, 'measure:read');
      checkYear(year);
      return yearView(year, await repo.entered());
    },

    /** The days entered by hand for all years, for the console's own deadline previews. */
    async entered(actor: Actor) {
      requirePermission(actor, 'measure:read');
      return repo.entered();
    },

    async saveYear(actor: Actor, year: number, input: CalendarYearInput): Promise<CalendarYearSaved> {
      requirePermission(actor, 'policy:manage');
      checkYear(year);
      input.days.forEach((d, i) => {
        if (!d.date.startsWith(`${year}-`)) throw invalid(`days.${i}.date`, `日期应在${year}年内`);
      });
      return repo
        .transaction(async (r, trx) => {
          await r.replaceYear(year, input.days, clock.now(), actor.id);
          const calendar = workdayCalendar(await r.entered());
          // A deadline near the year moves when its last day turns into (or stops being) a rest day.
          const affected = await r.computedDeadlines(`${year - 1}-12-01`, `${year + 1}-01-31`);
          let moved = 0;
          for (const m of affected) {
            const next = reportDeadlineFor(
              { type: m.type, basis: m.report_deadline_basis, from: m.report_deadline_from! },
              calendar,
            ).date;
            if (next === m.report_deadline) continue;
            await r.setDeadline(m.id, next, clock.now());
            moved++;
          }
          await audit.record(trx, {
            ...auditActor(actor),
            action: 'calendar.year.save',
            targetType: 'calendar',
            targetId: String(year),
            details: { days: input.days.length, deadlinesMoved: moved },
          });
          return { ...yearView(year, await r.entered()), deadlinesMoved: moved };
        })
        .finally(() => (cached = undefined));
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
