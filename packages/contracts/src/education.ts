import { z } from 'zod';
import { DateString, Id, Ref } from './common.ts';
import { ViolationKind } from './measures.ts';

/** 批评、教育 of an ordinary violation (禁毒法 第三十五条 第二款): when, why, what was said. */
export const EducationInput = z.object({
  date: DateString,
  /** What the person did that is answered (the violation, in words). */
  reason: z.string().trim().min(2, '请填写批评教育的事由').max(200),
  /** What was said and agreed. */
  note: z.string().trim().max(500).nullable().optional(),
  /** The violation it answers, when there is one on record. */
  violationId: Id.nullable().optional(),
});
export type EducationInput = z.infer<typeof EducationInput>;

export const Education = z.object({
  id: z.string(),
  measureId: z.string(),
  date: DateString,
  reason: z.string(),
  note: z.string().nullable(),
  violation: z.object({ id: z.string(), kind: ViolationKind, date: DateString }).nullable(),
  /** Who gave it. */
  givenBy: Ref,
  createdAt: z.string(),
});
export type Education = z.infer<typeof Education>;

/** 现场拒绝接受检测 (戒毒条例 第二十条): recorded at once as an evasion. */
export const TestRefusalInput = z.object({
  date: DateString,
  note: z.string().trim().max(200).nullable().optional(),
});
export type TestRefusalInput = z.infer<typeof TestRefusalInput>;
