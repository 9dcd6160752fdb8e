import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXECUTION_PLACE_BASES,
  executionPlaceBasisExplanations,
  executionPlaceProblem,
} from './executionPlace.ts';

const MEIWAN = '4311/431103/431103001'; // 梅湾街道, 冷水滩区
const MEIWAN_VILLAGE = `${MEIWAN}/431103001001`;
const OTHER_TOWNSHIP = '4311/431103/431103002';
const LENGSHUITAN = '4311/431103';
const SHUANGPAI_VILLAGE = '4311/431123/431123100/431123100006';

const at = (over: Partial<Parameters<typeof executionPlaceProblem>[0]>) =>
  executionPlaceProblem({
    basis: 'household',
    fixedResidence: false,
    townshipPath: MEIWAN,
    householdPath: null,
    residencePath: null,
    ...over,
  });

describe('executionPlaceProblem (禁毒法 第三十三条 第二款)', () => {
  it('户籍地: the township of the household registration, recorded at village, township or county level', () => {
    expect(at({ householdPath: MEIWAN_VILLAGE })).toBeNull();
    expect(at({ householdPath: MEIWAN })).toBeNull();
    expect(at({ householdPath: LENGSHUITAN })).toBeNull();
  });

  it('户籍地: another township is refused, and the message points to 现居住地', () => {
    const p = at({ householdPath: SHUANGPAI_VILLAGE });
    expect(p).toMatchObject({ code: 'EXECUTION_PLACE_MISMATCH', path: 'townshipId' });
    expect(p?.message).toContain('现居住地');
    expect(p?.message).toContain('第三十三条第二款');
    expect(at({ householdPath: `${OTHER_TOWNSHIP}/431103002001` })?.code).toBe('EXECUTION_PLACE_MISMATCH');
  });

  it('户籍地 not on the file: nothing to check against', () => {
    expect(at({ householdPath: null })).toBeNull();
  });

  it('现居住地: needs the fixed residence confirmed, then the township of the residence', () => {
    const residence = {
      basis: 'residence' as const,
      householdPath: SHUANGPAI_VILLAGE,
      residencePath: MEIWAN_VILLAGE,
    };
    expect(at({ ...residence, fixedResidence: false })).toMatchObject({
      code: 'FIXED_RESIDENCE_REQUIRED',
      path: 'fixedResidence',
    });
    expect(at({ ...residence, fixedResidence: true })).toBeNull();
    expect(at({ ...residence, fixedResidence: true, townshipPath: OTHER_TOWNSHIP })?.code).toBe(
      'EXECUTION_PLACE_MISMATCH',
    );
  });

  it('现居住地 not on the file cannot be chosen', () => {
    expect(at({ basis: 'residence', fixedResidence: true, residencePath: null })?.code).toBe(
      'RESIDENCE_UNKNOWN',
    );
  });

  it('does not take a sibling whose id merely starts with the township id as inside it', () => {
    expect(at({ householdPath: `${MEIWAN}0` })?.code).toBe('EXECUTION_PLACE_MISMATCH');
  });

  it('the township of the 户籍地 always passes on the household basis (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{3}$/), (village) => {
        expect(at({ householdPath: `${MEIWAN}/431103001${village}` })).toBeNull();
      }),
    );
  });

  it('explains each basis in one line citing the article', () => {
    for (const basis of EXECUTION_PLACE_BASES)
      expect(executionPlaceBasisExplanations[basis].zh).toContain('禁毒法第三十三条第二款');
  });
});
