import type { PersonStatus } from '@taobo/contracts';

/** antd Tag colours per status: warm for what needs action, green for what is done. */
export const statusColors: Record<PersonStatus, string> = {
  pending_report: 'orange',
  community_detox: 'blue',
  community_rehab: 'cyan',
  compulsory_detox: 'red',
  suspended: 'gold',
  released: 'default',
  abstinent: 'green',
  other: 'default',
};
