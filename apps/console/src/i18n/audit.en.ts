import type { AuditResources } from './audit.zh.ts';

const en: AuditResources = {
  audit: {
    nav: 'Audit log',
    title: 'Audit log',
    hint: 'What staff of your area did, and what anyone did to persons, units and accounts in it. ID and phone numbers are kept as keyed indexes only, never in plain text. Each query is itself recorded.',
    action: 'Action',
    allActions: 'All actions',
    actor: 'By',
    allActors: 'Everyone',
    from: 'From',
    to: 'To',
    at: 'Time',
    target: 'Target',
    ip: 'IP',
    reason: 'Reason',
    details: 'Details',
    system: 'System',
    targets: {
      person: 'Person',
      staff: 'Staff',
      org_unit: 'Unit',
      audit: 'Audit log',
    },
  },
};
export default en;
