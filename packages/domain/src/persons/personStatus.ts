// Where a person stands in supervision: the 状态 shown on the file and in every list. Measures
// drive it (`personStatusFor`), the daily sweep sets 戒断3年未复吸, staff may set it on the file.

export const PERSON_STATUSES = [
  'pending_report',
  'community_detox',
  'community_rehab',
  'compulsory_detox',
  'suspended',
  'released',
  'abstinent',
  'other',
] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const personStatusLabels: Record<PersonStatus, { zh: string; en: string }> = {
  pending_report: { zh: '待报到', en: 'Awaiting report' },
  community_detox: { zh: '社区戒毒中', en: 'Community detox' },
  community_rehab: { zh: '社区康复中', en: 'Community rehab' },
  compulsory_detox: { zh: '强制隔离戒毒中', en: 'Compulsory detox' },
  suspended: { zh: '中止', en: 'Suspended' },
  released: { zh: '已解除', en: 'Released' },
  abstinent: { zh: '戒断3年未复吸', en: 'Abstinent 3 years' },
  other: { zh: '其他', en: 'Other' },
};
