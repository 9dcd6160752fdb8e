// Where a community measure is carried out (禁毒法 第三十三条 第二款).
//
// 禁毒法 第三十三条 第二款: "社区戒毒在戒毒人员户籍所在地执行；经常居住地与户籍所在地不一致的，
// 可以在经常居住地执行" — the 户籍地 by default, or the place the person lives when they have a fixed
// residence there (the product's reading of 经常居住地: domain.md "Place of execution"). 社区康复
// follows the same rule (禁毒法 第四十八条 第二款).

import { assertNever } from './exhaustive.ts';

/** 户籍地, or 现居住地 with a fixed residence there. */
export const EXECUTION_PLACE_BASES = ['household', 'residence'] as const;
export type ExecutionPlaceBasis = (typeof EXECUTION_PLACE_BASES)[number];

export const executionPlaceBasisLabels: Record<ExecutionPlaceBasis, { zh: string; en: string }> = {
  household: { zh: '户籍地', en: 'Place of household registration' },
  residence: { zh: '现居住地', en: 'Place of residence' },
};

/** One line for the form: why this basis may be chosen (禁毒法 第三十三条 第二款). */
export const executionPlaceBasisExplanations: Record<ExecutionPlaceBasis, { zh: string; en: string }> = {
  household: {
    zh: '禁毒法第三十三条第二款：社区戒毒（康复）在户籍地执行。',
    en: 'Anti-Drug Law Art. 33 §2: carried out where the person’s household is registered.',
  },
  residence: {
    zh: '禁毒法第三十三条第二款：在现居住地有固定住所的，可以在现居住地执行。',
    en: 'Anti-Drug Law Art. 33 §2: may be carried out where the person lives, with a fixed residence there.',
  },
};

export interface ExecutionPlaceInput {
  basis: ExecutionPlaceBasis;
  /** Staff confirm that the person has a fixed residence (固定住所) at the place of residence. */
  fixedResidence: boolean;
  /** Materialized path of the township of execution (`province/county/township`). */
  townshipPath: string;
  /** Path of the 户籍地 on the person's file, null when not recorded. */
  householdPath: string | null;
  /** Path of the 现居住地 on the person's file, null when not recorded. */
  residencePath: string | null;
}

export type ExecutionPlaceProblemCode =
  'EXECUTION_PLACE_MISMATCH' | 'FIXED_RESIDENCE_REQUIRED' | 'RESIDENCE_UNKNOWN';

export interface ExecutionPlaceProblem {
  code: ExecutionPlaceProblemCode;
  path: 'townshipId' | 'fixedResidence' | 'executionPlaceBasis';
  message: string;
}

/** Whether two places of the org tree lie on one branch: one contains the other (or they are equal). */
function onOneBranch(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

/**
 * 禁毒法 第三十三条 第二款: whether the township may carry out the measure on the basis chosen, or
 * what is wrong. The township must be the 户籍地's (or the 现居住地's) township: a file that records
 * the place at village level matches the township above it, one that records only the county
 * matches every township in it. A 户籍地 that the file does not record cannot be checked and is let
 * pass; a 现居住地 must be recorded, and the fixed residence there confirmed.
 */
export function executionPlaceProblem(input: ExecutionPlaceInput): ExecutionPlaceProblem | null {
  const { basis, fixedResidence, townshipPath, householdPath, residencePath } = input;
  switch (basis) {
    case 'household':
      if (householdPath !== null && !onOneBranch(townshipPath, householdPath)) {
        return {
          code: 'EXECUTION_PLACE_MISMATCH',
          path: 'townshipId',
          message:
            '执行地不是户籍地所在乡镇（街道）；在现居住地执行的，请选择“现居住地”并确认有固定住所（禁毒法第三十三条第二款）',
        };
      }
      return null;
    case 'residence':
      if (!fixedResidence) {
        return {
          code: 'FIXED_RESIDENCE_REQUIRED',
          path: 'fixedResidence',
          message: '在现居住地执行，须确认其在现居住地有固定住所（禁毒法第三十三条第二款）',
        };
      }
      if (residencePath === null) {
        return {
          code: 'RESIDENCE_UNKNOWN',
          path: 'executionPlaceBasis',
          message: '人员档案未登记现居住地，请先在档案中填写现居住地',
        };
      }
      if (!onOneBranch(townshipPath, residencePath)) {
        return {
          code: 'EXECUTION_PLACE_MISMATCH',
          path: 'townshipId',
          message: '执行地不是现居住地所在乡镇（街道）（禁毒法第三十三条第二款）',
        };
      }
      return null;
    default:
      return assertNever(basis);
  }
}
