import type { MeasureRulesResources } from './measureRules.zh.ts';

const en: MeasureRulesResources = {
  rules: {
    credit: {
      daysHintDetox:
        'After an approved change from compulsory isolation to community detox, the days served count toward the term (Detox Regulations Art. 31).',
      daysHintRehab: 'Community rehab takes no credit (Detox Regulations Art. 31).',
      basisNo: 'Change decision no.',
      basisDate: 'Change approved on',
      basisHint: 'A credit names the approved decision changing compulsory isolation to community detox.',
      basis: 'Credit basis',
      basisValue: '{{no}} (approved {{date}})',
    },
    place: {
      basis: 'Place of execution by',
      fixedResidence: 'Confirmed: a fixed residence at the place of residence',
      fixedResidenceRequired: 'At the place of residence, confirm the fixed residence',
      fileHousehold: 'Household registration on file: {{place}}',
      fileResidence: 'Residence on file: {{place}}',
      notRecorded: 'not recorded',
    },
    exemptions: {
      action: 'Art. 39 facts',
      title: 'Anti-Drug Law Art. 39 §1',
      hint: 'A pregnant woman, or one nursing her own baby under one, is not placed in compulsory isolation; a minor under 16 (judged from the file’s birth date) may not be. Update the facts when they change.',
      pregnant: 'Pregnant',
      nursingChildBirthDate: 'Nursed baby born on',
      nursingHint:
        'For a woman nursing her own baby under one: its birth date. The flag lapses when the baby turns one.',
      preview: 'After saving: {{flags}}',
      none: 'No Art. 39 ground',
      saved: 'Art. 39 facts updated',
    },
    education: {
      action: 'Criticism and education',
      title: 'Record criticism and education (Anti-Drug Law Art. 35 §2)',
      hint: 'A person who breaks the agreement is criticised and educated; a serious violation or a relapse is reported to the police.',
      date: 'Date',
      reason: 'Reason',
      reasonPlaceholder: 'e.g. missed a test, left without report',
      note: 'What was said',
      notePlaceholder: 'The talk, and what the person said',
      violation: 'Violation answered',
      violationPlaceholder: 'None: closes every open education task of the measure',
      violationOption: '{{kind}} ({{date}})',
      saved: 'Education recorded',
      listTitle: 'Criticism and education',
      empty: 'No education recorded',
      givenBy: 'Given by',
    },
    refusal: {
      action: 'Refused test',
      title: 'Record an on-the-spot test refusal (Detox Regulations Art. 20)',
      warning:
        'A refusal counts at once as an evaded test, with no further confirmation: {{count}} so far on this measure, {{next}} after this one. 3 or more are a serious violation, reported to the police.',
      date: 'Date',
      note: 'Circumstances',
      notePlaceholder: 'e.g. refused to give a urine sample',
      confirmTitle: 'Record the refusal?',
      confirmBody: 'A test refused on {{date}} counts as an evaded test and cannot be undone.',
      saved: 'Refusal recorded',
    },
    noEarlyRelease:
      'Community rehab refused or seriously violated, then relapse; reported to the police: a later compulsory isolation may not be released early (Detox Regulations Art. 38 §2).',
  },
};

export default en;
