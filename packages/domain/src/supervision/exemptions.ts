// Who may not be placed in 强制隔离戒毒 (禁毒法 第三十九条).
//
// 禁毒法 第三十九条 第一款: "怀孕或者正在哺乳自己不满一周岁婴儿的妇女吸毒成瘾的，不适用强制隔离戒毒。
// 不满十六周岁的未成年人吸毒成瘾的，可以不适用强制隔离戒毒。" — all three grounds are in 第一款: a
// pregnant or nursing woman is not placed in 强制隔离戒毒 (不适用); a minor under 16 may be spared
// (可以不适用), which is a decision for the authority, so we flag it. 第二款 says what follows for
// them: 社区戒毒. These flags inform the decision; they do not make it.
//
// The grounds are facts that change (a pregnancy recorded later, a birth, a baby's first birthday,
// a 16th birthday), so they are judged on the day a decision would be made: the caller passes the
// day it asks about (today, when showing a live measure), never a date frozen at creation.

import type { Gender } from '../persons/gender.ts';
import { addDays, addYears, assertValidDate, compareDates } from './dates.ts';

/** In the order of 禁毒法 第三十九条. */
export const COMPULSORY_ISOLATION_EXEMPTIONS = ['pregnant', 'nursing_under_one', 'under_16'] as const;
export type CompulsoryIsolationExemption = (typeof COMPULSORY_ISOLATION_EXEMPTIONS)[number];

export const compulsoryIsolationExemptionLabels: Record<
  CompulsoryIsolationExemption,
  { zh: string; en: string }
> = {
  pregnant: {
    zh: '怀孕，不适用强制隔离戒毒（禁毒法第三十九条第一款）',
    en: 'Pregnant: compulsory isolation does not apply (Anti-Drug Law Art. 39 §1)',
  },
  nursing_under_one: {
    zh: '正在哺乳自己不满一周岁的婴儿，不适用强制隔离戒毒（禁毒法第三十九条第一款）',
    en: 'Nursing her own baby under one: compulsory isolation does not apply (Anti-Drug Law Art. 39 §1)',
  },
  under_16: {
    zh: '不满十六周岁，可以不适用强制隔离戒毒，请决定（禁毒法第三十九条第一款）',
    en: 'Under 16: compulsory isolation may be waived; decide (Anti-Drug Law Art. 39 §1)',
  },
};

/**
 * Age in 周岁 on `date`: the number of birthdays completed, where the Nth birthday counts from the
 * day after it ("周岁…从周岁生日的第二天起算", 最高人民法院 法释〔2006〕1号 第二条, followed in public
 * security practice). Born 2008-05-10: 15 on 2024-05-10, 16 from 2024-05-11. A 29 February birthday
 * falls on 28 February in common years (民法典 第二百零二条), so that person turns a year older on
 * 1 March.
 */
export function ageOn(birthDate: string, date: string): number {
  assertValidDate(birthDate, 'birthDate');
  assertValidDate(date, 'date');
  if (compareDates(date, birthDate) < 0)
    throw new RangeError(`ageOn: ${date} is before the birth date ${birthDate}`);
  const birthYear = Number(birthDate.slice(0, 4));
  let age = Number(date.slice(0, 4)) - birthYear;
  // The year's birthday, moved to 28 February when there is no 29th; it completes on the next day.
  while (age > 0 && compareDates(date, addDays(addYears(birthDate, age), 1)) < 0) age--;
  return age;
}

export type ExemptionInput = {
  gender: Gender;
  /** The day the 强制隔离戒毒 decision would be made: every condition is judged on it. */
  decisionDate: string;
  pregnant?: boolean;
  /** Birth date of the woman's own baby she is nursing; null/undefined when she is not nursing. */
  nursingChildBirthDate?: string | null;
} & (
  | { birthDate: string }
  /**
   * Her age in 周岁 on `decisionDate`, where the birth date is not at hand (the console sees the
   * age only: the birth date is part of the masked ID number, mask.ts).
   */
  | { age: number }
);

/** 禁毒法 第三十九条: the grounds on which 强制隔离戒毒 does not or may not apply, in the order of the law. */
export function compulsoryIsolationExemptions(input: ExemptionInput): CompulsoryIsolationExemption[] {
  const { gender, decisionDate, pregnant = false, nursingChildBirthDate = null } = input;
  const age = 'birthDate' in input ? ageOn(input.birthDate, decisionDate) : input.age;
  const exemptions: CompulsoryIsolationExemption[] = [];
  // 禁毒法 第三十九条 第一款: 怀孕的妇女 (pregnancy is recorded only for women).
  if (gender === 'female' && pregnant) exemptions.push('pregnant');
  // 禁毒法 第三十九条 第一款: 正在哺乳自己不满一周岁婴儿的妇女.
  if (
    gender === 'female' &&
    nursingChildBirthDate != null &&
    ageOn(nursingChildBirthDate, decisionDate) < 1
  ) {
    exemptions.push('nursing_under_one');
  }
  // 禁毒法 第三十九条 第一款: 不满十六周岁的未成年人 (可以不适用).
  if (age < 16) exemptions.push('under_16');
  return exemptions;
}

/** The facts staff record for 禁毒法 第三十九条 第一款 beside the person's file (gender, birth date). */
export interface ExemptionFacts {
  pregnant: boolean;
  /** Birth date of the woman's own baby she is nursing; null when she is not nursing. */
  nursingChildBirthDate: string | null;
}

/**
 * What is wrong with the recorded facts, for the person entering them; null when they can be
 * recorded. Pregnancy and nursing are grounds for women only (禁毒法 第三十九条 第一款 "妇女"); a
 * baby's birth date is a real day, not after `today` nor before the mother's own birth.
 */
export function exemptionFactsProblem(
  facts: ExemptionFacts,
  person: { gender: Gender; birthDate: string },
  today: string,
): { path: 'pregnant' | 'nursingChildBirthDate'; message: string } | null {
  assertValidDate(today, 'today');
  if (person.gender !== 'female') {
    if (facts.pregnant) return { path: 'pregnant', message: '怀孕情形仅适用于女性' };
    if (facts.nursingChildBirthDate !== null)
      return { path: 'nursingChildBirthDate', message: '哺乳情形仅适用于女性' };
    return null;
  }
  const born = facts.nursingChildBirthDate;
  if (born !== null) {
    assertValidDate(born, 'nursingChildBirthDate');
    if (compareDates(born, today) > 0)
      return { path: 'nursingChildBirthDate', message: '婴儿出生日期不能晚于今天' };
    if (compareDates(born, person.birthDate) <= 0)
      return { path: 'nursingChildBirthDate', message: '婴儿出生日期应晚于本人出生日期' };
  }
  return null;
}
