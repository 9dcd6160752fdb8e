import type { Home, HomeDueItem, HomeMeasure, HomeTest, Measure } from '@taobo/contracts';
import { addDays, daysToWindowClose, termProgress } from '@taobo/domain';
import { businessDate, type Clock } from '../../clock.ts';
import type { PersonActor } from '../../platform/access.ts';
import type { MeasureService } from '../measures/service.ts';
import type { NotificationService } from '../notifications/service.ts';
import type { HomeRepo } from './repo.ts';

/**
 * What a module adds to the home screen: its items due for the person (an appointment, a
 * check-in period, a leave to close). Each module's service can offer one; the composition
 * root (buildServices) passes them in. A provider that fails leaves its items out; home still
 * answers.
 */
export type HomeDueProvider = (personId: string, today: string) => Promise<HomeDueItem[]>;

/** Measures the person is under now, most relevant first. */
const CURRENT: Measure['status'][] = ['executing', 'suspended', 'pending_report'];

function currentMeasure(measures: Measure[]): Measure | null {
  for (const status of CURRENT) {
    const m = measures.find((r) => r.status === status);
    if (m) return m;
  }
  return measures[0] ?? null;
}

function homeMeasure(m: Measure, today: string): HomeMeasure {
  const progress =
    m.termStart && m.termEnd && m.termStart <= today
      ? termProgress({ termStart: m.termStart, termEnd: m.termEnd, today })
      : null;
  return {
    id: m.id,
    type: m.type,
    status: m.status,
    township: m.township,
    termStart: m.termStart,
    termEnd: m.termEnd,
    progressPercent: progress?.percent ?? null,
    daysLeft: progress?.daysLeft ?? null,
    reportDeadline: m.reportDeadline,
    reportOverdue: m.status === 'pending_report' && today > m.reportDeadline,
  };
}

export function createHomeService(deps: {
  repo: HomeRepo;
  clock: Clock;
  measures: Pick<MeasureService, 'ofPerson'>;
  notifications: Pick<NotificationService, 'unreadCount'>;
  dueProviders?: HomeDueProvider[];
}) {
  const { repo, clock, measures, notifications } = deps;
  const providers = deps.dueProviders ?? [];

  /**
   * The next scheduled test still open. Random tests are unannounced by design (domain.md
   * "Tests"), so they are never shown ahead.
   */
  async function nextTest(m: Measure, today: string): Promise<HomeTest | null> {
    if (m.status !== 'executing' && m.status !== 'suspended') return null;
    const t = await repo.nextScheduledTest(m.id, today);
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
      const m = currentMeasure(await measures.ofPerson(person.personId));
      const [test, due, unread] = await Promise.all([
        m ? nextTest(m, today) : null,
        dueItems(person.personId, today),
        notifications.unreadCount(person.personId),
      ]);
      return {
        person: { id: person.personId, name: person.name },
        today,
        measure: m && homeMeasure(m, today),
        nextTest: test,
        due,
        unread,
      };
    },
  };
}
export type HomeService = ReturnType<typeof createHomeService>;
