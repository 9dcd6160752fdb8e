import { describe, it, expect } from 'vitest';
import { DrugType, PersonStatus, RehabEpisodeKind } from '@taobo/contracts';
import { isValidIdNumber, isValidMobile, parseIdNumber } from '@taobo/domain';
import { generatePersons, type DemoPlace } from './synthetic.ts';

const TODAY = '2026-11-29';

// 双牌县 (431123): a town with urban communities (0xx) and villages (2xx), one village without grids.
const PLACES: DemoPlace[] = [
  {
    townshipId: '431123100',
    countyId: '431123',
    villageIds: ['431123100006', '431123100204', '431123100205'],
    gridIds: ['43112310000601', '43112310000602', '43112310020401'],
    villageNames: { '431123100204': '大路口村委会', '431123100205': '江西村村委会' },
  },
  {
    townshipId: '431103001',
    countyId: '431103',
    villageIds: ['431103001001', '431103001002'],
    gridIds: ['43110300100101'],
  },
  { townshipId: '431103002', countyId: '431103', villageIds: [], gridIds: [] },
];

const persons = generatePersons(2000, PLACES, { seed: 42, today: TODAY });

function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

describe('generatePersons', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePersons(200, PLACES, { seed: 42, today: TODAY })).toEqual(persons.slice(0, 200));
    expect(generatePersons(50, PLACES, { seed: 7, today: TODAY })).not.toEqual(persons.slice(0, 50));
  });

  it('returns the requested count and nothing for zero', () => {
    expect(persons).toHaveLength(2000);
    expect(generatePersons(0, [], { seed: 1, today: TODAY })).toEqual([]);
  });

  it('rejects unusable input', () => {
    expect(() => generatePersons(1, [], { seed: 1, today: TODAY })).toThrow();
    expect(() => generatePersons(1, PLACES, { seed: 1, today: '2026-02-30' })).toThrow();
    expect(() => generatePersons(-1, PLACES, { seed: 1, today: TODAY })).toThrow();
    expect(() =>
      generatePersons(1, [{ townshipId: 't', countyId: '4311', villageIds: ['v'], gridIds: [] }], {
        seed: 1,
        today: TODAY,
      }),
    ).toThrow('six-digit');
  });

  it('gives unique, valid ID numbers matching county, birth date and gender', () => {
    const byVillage = new Map(PLACES.flatMap((p) => p.villageIds.map((v) => [v, p.countyId] as const)));
    for (const p of persons) {
      expect(isValidIdNumber(p.idNumber, TODAY), p.idNumber).toBe(true);
      const parsed = parseIdNumber(p.idNumber, TODAY);
      expect(parsed.birthDate).toBe(p.birthDate);
      expect(parsed.gender).toBe(p.gender);
      expect(parsed.regionCode).toBe(byVillage.get(p.orgUnitId));
    }
    expect(new Set(persons.map((p) => p.idNumber)).size).toBe(persons.length);
  });

  it('gives unique, valid mobile numbers', () => {
    for (const p of persons) expect(isValidMobile(p.phone), p.phone).toBe(true);
    expect(new Set(persons.map((p) => p.phone)).size).toBe(persons.length);
  });

  it('gives plausible names, mostly men', () => {
    for (const p of persons) expect(p.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
    const men = persons.filter((p) => p.gender === 'male').length / persons.length;
    expect(men).toBeGreaterThan(0.8);
    expect(men).toBeLessThan(0.9);
    expect(new Set(persons.map((p) => p.name)).size).toBeGreaterThan(persons.length / 2);
  });

  it('places everyone in a village of a place, in a grid of that village when it has one', () => {
    const usedPlaces = new Set<string>();
    for (const p of persons) {
      const place = PLACES.find((pl) => pl.villageIds.includes(p.orgUnitId));
      expect(place).toBeDefined();
      usedPlaces.add(place!.townshipId);
      expect(p.residenceOrgUnitId).toBe(p.orgUnitId);
      expect(place!.villageIds).toContain(p.householdOrgUnitId);
      const grids = place!.gridIds.filter((g) => g.startsWith(p.orgUnitId));
      if (grids.length === 0) expect(p.gridId).toBeNull();
      else expect(grids).toContain(p.gridId);
      expect(p.householdAddress.length).toBeGreaterThan(3);
      expect(p.householdAddress.length).toBeLessThanOrEqual(20);
      expect(p.residenceAddress.length).toBeLessThanOrEqual(20);
    }
    expect(usedPlaces).toEqual(new Set(['431123100', '431103001']));
    expect(persons.some((p) => p.residenceAddress.startsWith('江西村'))).toBe(true);
    expect(persons.some((p) => /路\d+号\d+栋\d+$/.test(p.residenceAddress))).toBe(true);
  });

  it('keeps ages 18–60 and dates sane', () => {
    for (const p of persons) {
      const age = yearsBetween(p.birthDate, TODAY);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(60);
      expect(yearsBetween(p.birthDate, p.firstFoundDate)).toBeGreaterThanOrEqual(16);
      expect(p.firstFoundDate <= TODAY).toBe(true);
      let previousStart = '';
      for (const e of p.rehabEpisodes) {
        expect(e.startDate >= p.firstFoundDate).toBe(true);
        expect(e.startDate <= TODAY).toBe(true);
        expect(e.startDate >= previousStart).toBe(true);
        previousStart = e.startDate;
        if (e.endDate !== null) {
          expect(e.endDate >= e.startDate).toBe(true);
          expect(e.endDate <= TODAY).toBe(true);
        }
      }
    }
  });

  it('uses contract enum values, mostly meth, heroin and ketamine', () => {
    for (const p of persons) {
      expect(PersonStatus.options).toContain(p.status);
      expect(p.drugTypes.length).toBeGreaterThan(0);
      expect(new Set(p.drugTypes).size).toBe(p.drugTypes.length);
      for (const d of p.drugTypes) expect(DrugType.options).toContain(d);
      for (const e of p.rehabEpisodes) expect(RehabEpisodeKind.options).toContain(e.kind);
    }
    const main = persons.filter((p) =>
      ['methamphetamine', 'heroin', 'ketamine'].includes(p.drugTypes[0]!),
    ).length;
    expect(main / persons.length).toBeGreaterThan(0.85);
    const community = persons.filter((p) => p.status === 'community_detox' || p.status === 'community_rehab');
    expect(community.length / persons.length).toBeGreaterThan(0.6);
    expect(new Set(persons.map((p) => p.status)).size).toBe(PersonStatus.options.length);
  });

  it('makes episodes consistent with status', () => {
    for (const p of persons) {
      const open = p.rehabEpisodes.filter((e) => e.endDate === null);
      const last = p.rehabEpisodes.at(-1);
      switch (p.status) {
        case 'community_detox':
        case 'suspended':
          expect(last?.kind).toBe('community_detox');
          expect(open).toEqual([last]);
          break;
        case 'community_rehab':
          expect(last?.kind).toBe('community_rehab');
          expect(open).toEqual([last]);
          expect(p.rehabEpisodes.some((e) => e.kind === 'compulsory')).toBe(true);
          break;
        case 'compulsory_detox':
          expect(last?.kind).toBe('compulsory');
          expect(last?.place).toMatch(/强制隔离戒毒所$/);
          expect(open).toEqual([last]);
          break;
        case 'released':
        case 'abstinent': {
          expect(open).toEqual([]);
          expect(['community_detox', 'community_rehab']).toContain(last?.kind);
          const yearsSinceEnd = yearsBetween(last!.endDate!, TODAY);
          if (p.status === 'released') expect(yearsSinceEnd).toBeLessThan(3);
          else expect(yearsSinceEnd).toBeGreaterThanOrEqual(3);
          break;
        }
        case 'pending_report':
          expect(open).toEqual([]);
          if (p.rehabEpisodes.length === 0) expect(yearsBetween(p.firstFoundDate, TODAY)).toBe(0);
          break;
        case 'other':
          break;
        default:
          throw new Error(`unexpected status ${p.status}`);
      }
      if (p.rehabEpisodes.some((e) => e.kind === 'methadone')) expect(p.drugTypes).toContain('heroin');
    }
  });
});
