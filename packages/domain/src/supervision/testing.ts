// How a drug test's sample is collected and kept (吸毒检测程序规定, 公安部令第110号 as amended by
// 公安部令第141号, in force since 2017-01-01), and our local policy for random tests.

import type { Gender } from '../persons/gender.ts';
import { addDays, addMonths, assertValidDate } from './dates.ts';
import type { TestKind } from './drugTest.ts';

/**
 * Law, 吸毒检测程序规定 第八条第二款 (2017 text): a sample is kept for no less than six months
 * (the 2009 text said two months). We keep every sample that long.
 */
export const SAMPLE_RETENTION_MONTHS = 6;

/** The last day a sample taken on `takenDate` must still be kept. */
export function sampleRetentionUntil(takenDate: string): string {
  assertValidDate(takenDate, 'takenDate');
  return addMonths(takenDate, SAMPLE_RETENTION_MONTHS);
}

export interface CollectionInput {
  personGender: Gender;
  /** How the sample is taken: 'urine' is an on-site urine sample. */
  sampleKind: TestKind;
  /** Genders of the staff collecting the sample (null when a staff record has none). */
  collectorGenders: readonly (Gender | null)[];
}

/**
 * Law, 吸毒检测程序规定 第八条第一款: a woman's urine sample is collected by female staff. Of the two
 * collectors, the one who witnesses the sample must be a woman, so at least one of them is.
 */
export function lacksFemaleCollector(input: CollectionInput): boolean {
  return (
    input.personGender === 'female' &&
    input.sampleKind === 'urine' &&
    !input.collectorGenders.some((g) => g === 'female')
  );
}

/**
 * Local policy: how many unannounced random tests a county draws per quarter, until it sets its
 * own number (domain.md "Tests": random tests are better practice, their number is ours to choose).
 */
export const DEFAULT_RANDOM_PER_QUARTER = 1;

/**
 * Local policy: a random test day is announced on the day, and the person has until the end of
 * the next day to attend (a window of this many days).
 */
export const RANDOM_TEST_WINDOW_DAYS = 2;

/** The exclusive end of the window of a random test drawn for `day`. */
export function randomTestWindowEnd(day: string): string {
  assertValidDate(day, 'day');
  return addDays(day, RANDOM_TEST_WINDOW_DAYS);
}
