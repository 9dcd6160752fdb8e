import { describe, expect, it } from 'vitest';
import {
  CHECKIN_FLAGS,
  CHECKIN_MOODS,
  CHECKIN_NEEDS,
  CHECKIN_WORK,
  checkinFlagLabels,
  checkinMoodLabels,
  checkinNeedLabels,
  checkinWorkLabels,
  COMPULSORY_ISOLATION_EXEMPTIONS,
  compulsoryIsolationExemptionLabels,
  GENDERS,
  genderLabels,
  LEAVE_MODES,
  LEAVE_STATUSES,
  leaveModeLabels,
  leaveStatusLabels,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  measureStatusLabels,
  measureTypeLabels,
  PERSON_STATUSES,
  personStatusLabels,
  SERIOUS_VIOLATION_REASONS,
  seriousViolationReasonLabels,
  TEST_KINDS,
  TEST_OUTCOMES,
  TEST_STATUSES,
  testKindLabels,
  testOutcomeLabels,
  testStatusLabels,
  VIOLATION_KINDS,
  VIOLATION_STATUSES,
  violationKindLabels,
  violationStatusLabels,
} from './index.ts';

type Labels = Record<string, { zh: string; en: string }>;

// Every enum the contracts derive their schemas from, with the labels both front ends show.
const vocabularies: [string, readonly string[], Labels][] = [
  ['measure types', MEASURE_TYPES, measureTypeLabels],
  ['measure statuses', MEASURE_STATUSES, measureStatusLabels],
  ['person statuses', PERSON_STATUSES, personStatusLabels],
  ['genders', GENDERS, genderLabels],
  ['compulsory isolation exemptions', COMPULSORY_ISOLATION_EXEMPTIONS, compulsoryIsolationExemptionLabels],
  ['serious violation reasons', SERIOUS_VIOLATION_REASONS, seriousViolationReasonLabels],
  ['violation kinds', VIOLATION_KINDS, violationKindLabels],
  ['violation statuses', VIOLATION_STATUSES, violationStatusLabels],
  ['test statuses', TEST_STATUSES, testStatusLabels],
  ['test kinds', TEST_KINDS, testKindLabels],
  ['test outcomes', TEST_OUTCOMES, testOutcomeLabels],
  ['leave statuses', LEAVE_STATUSES, leaveStatusLabels],
  ['leave modes', LEAVE_MODES, leaveModeLabels],
  ['check-in moods', CHECKIN_MOODS, checkinMoodLabels],
  ['check-in work', CHECKIN_WORK, checkinWorkLabels],
  ['check-in needs', CHECKIN_NEEDS, checkinNeedLabels],
  ['check-in flags', CHECKIN_FLAGS, checkinFlagLabels],
];

describe.each(vocabularies)('%s', (_name, values, labels) => {
  it('has distinct values and a label for each, nothing more', () => {
    expect(new Set(values).size).toBe(values.length);
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  it('labels each value in Chinese and in English', () => {
    for (const value of values) {
      expect(labels[value]!.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(labels[value]!.en).toMatch(/^[A-Z]/);
    }
  });
});
