import { sql } from 'kysely';
import type { PersonCreateInput, Role } from '@taobo/contracts';
import type { Clock } from '../clock.ts';
import { businessDate } from '../clock.ts';
import type { Db } from '../db/database.ts';
import type { NewPerson } from '../modules/persons/tables.ts';
import { generatePersons, type DemoPlace } from '../demo/synthetic.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { personColumns } from '../modules/persons/columns.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import type { Actor } from '../platform/access.ts';
import type { StationService } from '../modules/appointments/stationService.ts';
import type { AvailabilityService } from '../modules/counselling/availabilityService.ts';
import type { MeasureService } from '../modules/measures/service.ts';
import type { PersonAuthService } from '../modules/personAuth/service.ts';
import type { PersonService } from '../modules/persons/service.ts';
import { addDays, idNumberCheckChar } from '@taobo/domain';

/** The demo accounts (README lists them). Never created when NODE_ENV=production. */
export const DEMO_ACCOUNTS: {
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string;
  note: string;
  gender: 'male' | 'female';
}[] = [
  {
    username: 'yz_admin',
    displayName: '永州市禁毒办管理员',
    role: 'admin',
    orgUnitId: '4311',
    note: '永州市禁毒办',
    gender: 'male',
  },
  {
    username: 'yz_leader',
    displayName: '市禁毒委领导',
    role: 'leader',
    orgUnitId: '4311',
    note: '永州市（仅看汇总）',
    gender: 'male',
  },
  {
    username: 'lst_admin',
    displayName: '冷水滩区禁毒办管理员',
    role: 'admin',
    orgUnitId: '431103',
    note: '冷水滩区禁毒办',
    gender: 'male',
  },
  {
    username: 'lst_officer',
    displayName: '李专干',
    role: 'officer',
    orgUnitId: '431103001',
    note: '冷水滩区梅湾街道禁毒专干',
    gender: 'female',
  },
  {
    username: 'lst_police',
    displayName: '王警官',
    role: 'police',
    orgUnitId: '431103001',
    note: '梅湾街道社区民警',
    gender: 'male',
  },
  {
    username: 'lst_grid',
    displayName: '赵网格员',
    role: 'grid_worker',
    orgUnitId: '43110300100101',
    note: '清桥社区第一网格',
    gender: 'male',
  },
  {
    username: 'lst_social',
    displayName: '陈社工',
    role: 'social_worker',
    orgUnitId: '431103001',
    note: '梅湾街道禁毒社工',
    gender: 'female',
  },
  {
    username: 'lst_counsellor',
    displayName: '周咨询师',
    role: 'counsellor',
    orgUnitId: '431103',
    note: '冷水滩区心理咨询师',
    gender: 'female',
  },
  {
    username: 'lst_tester',
    displayName: '吴检测员',
    role: 'tester',
    orgUnitId: '431103001',
    note: '梅湾街道检测点',
    gender: 'male',
  },
  {
    username: 'sp_officer',
    displayName: '唐专干',
    role: 'officer',
    orgUnitId: '431123100',
    note: '双牌县泷泊镇禁毒专干',
    gender: 'male',
  },
];

export async function ensureDemoAccounts(db: Db, password: string): Promise<number> {
  const existing = new Set(
    (await db.selectFrom('staff').select('username').execute()).map((r) => r.username),
  );
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.username));
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(password);
  await db
    .insertInto('staff')
    .values(
      missing.map((a) => ({
        username: a.username,
        display_name: a.displayName,
        role: a.role,
        org_unit_id: a.orgUnitId,
        password_hash: passwordHash,
        created_by: null,
        gender: a.gender,
      })),
    )
    .onConflict((oc) => oc.column('username').doNothing())
    .execute();
  return missing.length;
}

/**
 * About 2,000 synthetic persons over all of 永州's townships, with a denser case load in the
 * demo officers' townships, the 梅湾街道 team assigned. Runs once: an existing person stops it.
 */
export async function ensureDemoPersons(
  db: Db,
  cipher: FieldCipher,
  clock: Clock,
  count: number,
): Promise<number> {
  if (count === 0 || (await db.selectFrom('persons').select('id').limit(1).executeTakeFirst())) return 0;
  const units = await db.selectFrom('org_units').select(['id', 'parent_id', 'level', 'path']).execute();
  const places = new Map<string, DemoPlace>();
  for (const u of units) {
    if (u.level === 'township')
      places.set(u.id, { townshipId: u.id, countyId: u.parent_id!, villageIds: [], gridIds: [] });
  }
  for (const u of units) {
    const townshipId = u.path.split('/')[2];
    const place = townshipId ? places.get(townshipId) : undefined;
    if (!place) continue;
    if (u.level === 'village') place.villageIds.push(u.id);
    if (u.level === 'grid') place.gridIds.push(u.id);
  }
  const all = [...places.values()].filter((p) => p.villageIds.length > 0);
  const focus = all.filter((p) => p.townshipId === '431103001' || p.townshipId === '431123100');
  const today = businessDate(clock.now());
  const generated = [
    ...generatePersons(Math.round(count * 0.05), focus, { seed: 20261129, today }),
    ...generatePersons(count - Math.round(count * 0.05), all, { seed: 4311, today }),
  ];
  const seen = new Set<string>();
  const people = generated.filter((p) => !seen.has(p.idNumber) && seen.add(p.idNumber));

  const staff = new Map(
    (await db.selectFrom('staff').select(['id', 'username']).execute()).map((s) => [s.username, s.id]),
  );
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  const now = clock.now();
  // Files were opened over the past years and touched since: spread the timestamps as real data would be.
  const daysAgo = (i: number, span: number) =>
    new Date(now.getTime() - ((i * 7919) % span) * 86_400_000 - (i % 86_400) * 1000);
  const rows: NewPerson[] = people.map((p, i) => {
    const createdAt = daysAgo(i, 1000);
    const input: PersonCreateInput = { ...p, orgUnitId: p.orgUnitId };
    const inMeiwan = p.orgUnitId.startsWith('431103001');
    return {
      ...(personColumns(cipher, input) as NewPerson),
      status: p.status,
      org_unit_id: p.orgUnitId,
      grid_id: p.gridId,
      scope_path: pathOf.get(p.gridId ?? p.orgUnitId)!,
      county_id: p.orgUnitId.slice(0, 6),
      police_id: inMeiwan ? (staff.get('lst_police') ?? null) : null,
      grid_worker_id: p.gridId === '43110300100101' ? (staff.get('lst_grid') ?? null) : null,
      social_worker_id: inMeiwan && i % 2 === 0 ? (staff.get('lst_social') ?? null) : null,
      created_at: createdAt,
      updated_at: new Date(Math.max(createdAt.getTime(), daysAgo(i, 400).getTime())),
      created_by: null,
      updated_by: null,
    };
  });
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('persons')
      .values(rows.slice(i, i + 500))
      .execute();
  }
  await sql`ANALYZE persons`.execute(db);
  return rows.length;
}

/** The demo person-app account (洮泊家园); README and the start banner list it. Never in production. */
export const DEMO_APP_PERSON = { name: '李明', phone: '13800000001', idNumber17: '43110319900515123' };

/**
 * 李明 (a fictional person) in 梅湾街道 with a 社区戒毒 measure reported 100 days ago, so the
 * term runs and the test plan exists, and an activated app account whose password is the demo
 * password. Made through the services, as lst_officer would: file, measure, 报到, activation code,
 * activation. Runs once: an existing person with the phone stops it.
 */
export async function ensureDemoAppPerson(
  services: {
    persons: PersonService;
    measures: MeasureService;
    personAuth: PersonAuthService;
    stations: StationService;
    counselling: { availability: AvailabilityService };
  },
  db: Db,
  cipher: FieldCipher,
  clock: Clock,
  password: string,
): Promise<boolean> {
  const { name, phone, idNumber17 } = DEMO_APP_PERSON;
  const exists = await db
    .selectFrom('persons')
    .select('id')
    .where('phone_bidx', '=', cipher.blindIndex('phone', phone))
    .executeTakeFirst();
  if (exists) return false;
  const actor = await demoActor(db, 'lst_officer');
  const counsellor = await demoActor(db, 'lst_counsellor');
  if (!actor || !counsellor) return false;
  const today = businessDate(clock.now());
  const received = addDays(today, -100);
  const person = await services.persons.create(actor, {
    name,
    idNumber: idNumber17 + idNumberCheckChar(idNumber17),
    phone,
    orgUnitId: '431103001',
  });
  const measure = await services.measures.create(actor, person.id, {
    type: 'community_detox',
    decisionNo: '冷公（禁）决字〔2026〕0801号',
    decisionDate: received,
    receivedDate: received,
    decidingAuthority: '永州市公安局冷水滩分局',
  });
  await services.measures.report(actor, measure.id, {
    date: received,
    place: '梅湾街道社区戒毒（康复）工作站',
  });
  const { code } = await services.personAuth.issueActivationCode(actor, person.id);
  await services.personAuth.activate({ phone, code, password, device: '演示数据' }, null);

  // Somewhere to book a test, and a counsellor to book: every weekday morning and afternoon.
  const station = await services.stations.createStation(actor, {
    name: '梅湾街道社区戒毒（康复）工作站检测点',
    orgUnitId: '431103001',
    address: '冷水滩区梅湾街道梅湾路 1 号',
    phone: '0746-8000000',
    active: true,
  });
  const weekdays = [1, 2, 3, 4, 5];
  await services.stations.setSlots(actor, station.id, {
    slots: weekdays.flatMap((weekday) => [
      { weekday, start: '09:00', end: '11:30', capacity: 6 },
      { weekday, start: '14:30', end: '17:00', capacity: 6 },
    ]),
  });
  for (const weekday of [2, 4]) {
    await services.counselling.availability.add(counsellor, {
      kind: 'weekly',
      weekday,
      startTime: '15:00',
      durationMinutes: 50,
      mode: 'in_person',
      place: '梅湾街道心理咨询室',
    });
  }
  return true;
}

/** A demo staff member as the services see a signed-in one. */
async function demoActor(db: Db, username: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('staff')
    .innerJoin('org_units', 'org_units.id', 'staff.org_unit_id')
    .select([
      'staff.id',
      'staff.username',
      'staff.display_name',
      'staff.role',
      'staff.org_unit_id',
      'org_units.path',
    ])
    .where('staff.username', '=', username)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    orgUnitId: row.org_unit_id,
    orgPath: row.path,
    ip: null,
  };
}
