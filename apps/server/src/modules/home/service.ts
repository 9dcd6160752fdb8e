import type { Home, HomeDueItem, HomeMeasure, HomeTest } from '@taobo/contracts';
import { addDays, daysToWindowClose, termProgress } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { MeasureRow } from '../measures/tables.ts';
import type { MeasureService } from '../measures/service.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { PersonActor } from '../../platform/access.ts';

/**
 * What a module adds to the home screen: its items due for the person (an appointment, a
 * check-in period, a leave to close). Each module's service can offer one; the composition
 * root (buildServices) passes them in. A provider that fails leaves its items out; home still
 * answers.
 */
export type HomeDueProvider = (personId: string, today: string) => Promise<HomeDueItem[]>;

/** Measures the person is under now, most relevant first. */
const CURRENT = ['executing', 'suspended', 'pending_report'];

export function createHomeService(deps: {
  db: Db;
  clock: Clock;
  measures: MeasureService;
  notifications: NotificationService;
  dueProviders?: HomeDueProvider[];
}) {
  const { db, clock, measures, notifications } = deps;
  const providers = deps.dueProviders ?? [];

  function currentMeasure(rows: MeasureRow[]): MeasureRow | null {
    for (const status of CURRENT) {
      const m = rows.find((r) => r.status === status);
      if (m) return m;
    }
    return rows[0] ?? null;
  }

  async function homeMeasure(m: MeasureRow, today: string): Promise<HomeMeasure> {
    const full = await measures.toMeasure(m);
    const progress =
      full.termStart && full.termEnd && full.termStart <= today
        ? termProgress({ termStart: full.termStart, termEnd: full.termEnd, today })
        : null;
    return {
      id: full.id,
      type: full.type,
      status: full.status,
      township: full.township,
      termStart: full.termStart,
      termEnd: full.termEnd,
      progressPercent: progress?.percent ?? null,
      daysLeft: progress?.daysLeft ?? null,
      reportDeadline: full.reportDeadline,
    };
  }

  /**
   * The next scheduled test still open. Random tests are unannounced by design (domain.md
   * "Tests"), so they are never shown ahead.
   */
  async function nextTest(m: MeasureRow, today: string): Promise<HomeTest | null> {
    if (!['executing', 'suspended'].includes(m.status)) return null;
    const t = await db
      .selectFrom('tests')
      .select(['id', 'window_start', 'window_end'])
      .where('measure_id', '=', m.id)
      .where('plan', '=', 'scheduled')
      .where('status', '=', 'due')
      .where('window_end', '>', today)
      .orderBy('window_start')
      .limit(1)
      .executeTakeFirst();
    if (!t) return null;
    return {
      id: t.id,
      status: t.window_start > today ? 'upcoming' : 'due',
      windowStart: t.window_start,
      lastDay: addDays(t.window_end, -1),
      daysToClose: daysToWindowClose(t.window_end, today),
    };
  }

  async function dueItems(personId: string, today: string): Promise<HomeDueItem[]> {
    const settled = await Promise.allSettled(providers.map((p) => p(personId, today)));
    const items = settled.flatMap((s) => (s.status === 'fulfilled' ? s.value : []));
    return items.sort((a, b) => (a.date ?? '9999-12-31').localeCompare(b.date ?? '9999-12-31'));
  }

  return {
    /** The person's home screen: their measure and term, the next test, what else is due, unread messages. */
    async get(person: PersonActor): Promise<Home> {
      const today = businessDate(clock.now());
      const rows = await measures.ofPerson(person.personId);
      const m = currentMeasure(rows);
      const [measure, test, due, unread] = await Promise.all([
        m ? homeMeasure(m, today) : null,
        m ? nextTest(m, today) : null,
        dueItems(person.personId, today),
        notifications.unreadCount(person.personId),
      ]);
      return {
        person: { id: person.personId, name: person.name },
        today,
        measure,
        nextTest: test,
        due,
        unread,
      };
    },
  };
}
export type HomeService = ReturnType<typeof createHomeService>;
