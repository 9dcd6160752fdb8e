import { z } from 'zod';
import { GENDERS, isValidIdNumber, isValidMobile, PERSON_STATUSES } from '@taobo/domain';
import { DateString, Id, Page, PageQuery, Ref } from './common.ts';

export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

/** Where a person stands in supervision: measures drive it; staff may set it on the file. */
export const PersonStatus = z.enum(PERSON_STATUSES);
export type PersonStatus = z.infer<typeof PersonStatus>;

export const DrugType = z.enum([
  'heroin',
  'methamphetamine',
  'ketamine',
  'cannabis',
  'mdma',
  'cocaine',
  'morphine',
  'pethidine',
  'tramadol',
  'other',
]);
export type DrugType = z.infer<typeof DrugType>;
export const drugTypeLabels: Record<DrugType, { zh: string; en: string }> = {
  heroin: { zh: '海洛因', en: 'Heroin' },
  methamphetamine: { zh: '冰毒（甲基苯丙胺）', en: 'Methamphetamine' },
  ketamine: { zh: '氯胺酮（K粉）', en: 'Ketamine' },
  cannabis: { zh: '大麻', en: 'Cannabis' },
  mdma: { zh: '摇头丸（MDMA）', en: 'MDMA' },
  cocaine: { zh: '可卡因', en: 'Cocaine' },
  morphine: { zh: '吗啡', en: 'Morphine' },
  pethidine: { zh: '杜冷丁', en: 'Pethidine' },
  tramadol: { zh: '曲马多', en: 'Tramadol' },
  other: { zh: '其他', en: 'Other' },
};

export const RehabEpisodeKind = z.enum([
  'community_detox',
  'community_rehab',
  'compulsory',
  'voluntary',
  'methadone',
]);
export type RehabEpisodeKind = z.infer<typeof RehabEpisodeKind>;
export const rehabEpisodeKindLabels: Record<RehabEpisodeKind, { zh: string; en: string }> = {
  community_detox: { zh: '社区戒毒', en: 'Community detox' },
  community_rehab: { zh: '社区康复', en: 'Community rehab' },
  compulsory: { zh: '强制隔离戒毒', en: 'Compulsory isolation detox' },
  voluntary: { zh: '自愿戒毒', en: 'Voluntary detox' },
  methadone: { zh: '美沙酮维持治疗', en: 'Methadone maintenance' },
};

export const RehabEpisode = z
  .object({
    kind: RehabEpisodeKind,
    startDate: DateString,
    endDate: DateString.nullable().optional(),
    place: z.string().trim().max(100).optional(),
  })
  .refine((e) => !e.endDate || e.endDate >= e.startDate, {
    message: '结束日期不能早于开始日期',
    path: ['endDate'],
  });
export type RehabEpisode = z.infer<typeof RehabEpisode>;

export const IdNumberInput = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine(isValidIdNumber, '身份证号无效（请检查位数、出生日期和校验码）');
export const PhoneInput = z.string().trim().refine(isValidMobile, '手机号无效（应为 11 位中国大陆手机号）');

const personFields = {
  name: z
    .string()
    .trim()
    .min(1, { message: '请输入姓名', abort: true })
    .max(32, { message: '姓名最多 32 个字', abort: true })
    .regex(/^[\u4e00-\u9fa5·A-Za-z ]+$/, '姓名只能包含汉字、字母或间隔号'),
  idNumber: IdNumberInput,
  phone: PhoneInput,
  /** The managing township, or a village/grid below it. */
  orgUnitId: z.string().trim().min(1, '请选择管辖单位').max(20),
  householdOrgUnitId: z.string().max(20).nullable().optional(),
  householdAddress: z.string().trim().max(200).nullable().optional(),
  residenceOrgUnitId: z.string().max(20).nullable().optional(),
  residenceAddress: z.string().trim().max(200).nullable().optional(),
  drugTypes: z.array(DrugType).max(10).optional(),
  firstFoundDate: DateString.nullable().optional(),
  rehabEpisodes: z.array(RehabEpisode).max(50).optional(),
  status: PersonStatus.optional(),
  gridId: z.string().max(24).nullable().optional(),
  policeId: Id.nullable().optional(),
  gridWorkerId: Id.nullable().optional(),
  socialWorkerId: Id.nullable().optional(),
};

export const PersonCreateInput = z.object(personFields);
export type PersonCreateInput = z.infer<typeof PersonCreateInput>;

/**
 * A change to a file. Not its status: that follows the measures (`personStatus.ts` on the
 * server), so a PATCH naming it is refused rather than ignored.
 */
export const PersonUpdateInput = z
  .object({
    ...personFields,
    status: z.never({ error: '人员状态随管控措施变化，不能直接修改' }).optional(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, '没有要修改的内容');
export type PersonUpdateInput = z.infer<typeof PersonUpdateInput>;

export const PersonListQuery = PageQuery.extend({
  /** Name, pinyin ("zhangsan") or initials ("zs"), full ID number, its last 4, or a phone number. */
  q: z.string().trim().max(50).optional(),
  orgUnitId: z.string().max(24).optional(),
  status: PersonStatus.optional(),
  drugType: DrugType.optional(),
  gender: Gender.optional(),
});
export type PersonListQuery = z.infer<typeof PersonListQuery>;

export const PersonListItem = z.object({
  id: z.string(),
  name: z.string(),
  gender: Gender,
  /**
   * Age in 周岁 today. Never the birth date: with the masked ID's last 4 and the county's region
   * code it would give the whole number; the audited reveal of the ID number shows it.
   */
  age: z.number().int().min(0),
  /** Masked: 430***********1234. */
  idNumber: z.string(),
  /** Masked: 138****1234. */
  phone: z.string(),
  orgUnit: Ref,
  grid: Ref.nullable(),
  status: PersonStatus,
  drugTypes: z.array(DrugType),
  updatedAt: z.string(),
});
export type PersonListItem = z.infer<typeof PersonListItem>;

export const PersonList = Page(PersonListItem);
export type PersonList = z.infer<typeof PersonList>;

export const PersonDetail = PersonListItem.extend({
  householdOrgUnit: Ref.nullable(),
  householdAddress: z.string().nullable(),
  residenceOrgUnit: Ref.nullable(),
  residenceAddress: z.string().nullable(),
  firstFoundDate: DateString.nullable(),
  rehabEpisodes: z.array(RehabEpisode),
  team: z.object({ police: Ref.nullable(), gridWorker: Ref.nullable(), socialWorker: Ref.nullable() }),
  /** A photo is on file: GET /api/persons/:id/photo. */
  hasPhoto: z.boolean(),
  /** The org path of the managing unit, for breadcrumbs. */
  orgPath: z.array(Ref),
  createdAt: z.string(),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const SensitiveField = z.enum(['idNumber', 'phone', 'householdAddress', 'residenceAddress']);
export type SensitiveField = z.infer<typeof SensitiveField>;

export const RevealInput = z.object({
  field: SensitiveField,
  reason: z.string().trim().min(2, '请填写查看原因').max(200),
});
export type RevealInput = z.infer<typeof RevealInput>;

export const RevealResult = z.object({ field: SensitiveField, value: z.string().nullable() });
export type RevealResult = z.infer<typeof RevealResult>;
