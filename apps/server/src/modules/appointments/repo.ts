import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import { isWithin, pathWithin, type Actor } from '../../platform/access.ts';

/**
 * Stations an actor may see: those in their subtree, and those of the units above them (a county
 * station serves its townships' staff). Managing one needs it in the subtree (`manageableStation`).
 */
export function stationVisible(actor: Actor): Expression<SqlBool> {
  const ref = sql.ref<string>('test_stations.scope_path');
  return sql<SqlBool>`(${pathWithin(ref, actor.orgPath)} OR ${actor.orgPath} LIKE ${ref} || '/%')`;
}

export function canManageStation(actor: Actor, scopePath: string): boolean {
  return isWithin(scopePath, actor.orgPath);
}

/** The person's county (`4311/431103` → `431103`) and its path, from their file's scope path. */
export async function personCounty(db: Db, personId: string) {
  const p = await db
    .selectFrom('persons')
    .select(['scope_path', 'name', 'gender'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const parts = p.scope_path.split('/');
  return { countyId: parts[1] ?? '', countyPath: parts.slice(0, 2).join('/'), name: p.name };
}

/**
 * The person's open (due) test windows overlapping [from, to]; a scheduled window before a random
 * one. A random test is unannounced until its day (domain.md "Tests"): one that has not begun by
 * `today` is never shown or offered.
 */
export function openWindows(db: Db, personId: string, from: string, to: string, today: string) {
  return db
    .selectFrom('tests')
    .innerJoin('measures', 'measures.id', 'tests.measure_id')
    .select(['tests.id', 'tests.plan', 'tests.window_start', 'tests.window_end'])
    .where('tests.person_id', '=', personId)
    .where('tests.status', '=', 'due')
    .where('measures.status', '=', 'executing')
    .where('tests.window_start', '<=', to)
    .where('tests.window_end', '>', from)
    .where((eb) => eb.or([eb('tests.plan', '=', 'scheduled'), eb('tests.window_start', '<=', today)]))
    .orderBy('tests.plan', 'desc')
    .orderBy('tests.window_start')
    .execute();
}
export type OpenWindow = Awaited<ReturnType<typeof openWindows>>[number];

/** The window a booking on `date` serves: the open one that day, a scheduled one first. */
export function windowOn(windows: OpenWindow[], date: string): OpenWindow | null {
  return windows.find((w) => w.window_start <= date && date < w.window_end) ?? null;
}
