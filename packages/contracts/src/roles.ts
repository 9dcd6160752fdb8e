import { z } from 'zod';

/** Staff roles (domain.md "People and roles"). The supervised person signs in through the mobile app. */
export const Role = z.enum([
  'admin',
  'leader',
  'officer',
  'police',
  'grid_worker',
  'social_worker',
  'counsellor',
  'tester',
]);
export type Role = z.infer<typeof Role>;

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '禁毒办管理员', en: 'Office administrator' },
  leader: { zh: '领导', en: 'Leader' },
  officer: { zh: '乡镇禁毒专干', en: 'Township anti-drug officer' },
  police: { zh: '社区民警', en: 'Community police officer' },
  grid_worker: { zh: '网格员', en: 'Grid worker' },
  social_worker: { zh: '禁毒社工', en: 'Social worker' },
  counsellor: { zh: '心理咨询师', en: 'Counsellor' },
  tester: { zh: '检测员', en: 'Tester' },
};

/** What a role may do. Jurisdiction narrows every one of these further, in the server's access module. */
export const Permission = z.enum([
  'person:read', // see person files (masked)
  'person:create',
  'person:update',
  'person:reveal', // see an unmasked sensitive value, audited
  'person:audit', // read a person's audit trail
  'audit:read', // query the audit log of one's own subtree (GET /api/audit)
  'org:read',
  'staff:manage', // create staff within one's own subtree
  'stats:read', // aggregates only
  'measure:read', // measures, tests, violations, tasks, timeline of persons in scope
  'measure:manage', // create measures, record 报到/协议/中止/终止/变更, decide violations, close tasks
  'supervision:record', // record test results and absences
  'policy:manage', // county test policies
  'system:sweep', // run the daily sweep on demand
  // The staff side of the person app's modules (issue 4).
  'station:manage', // test stations and their weekly slots
  'station:operate', // a station's day list: appointments, arrivals, results
  'upload:review', // approve or reject remote test uploads
  'case:followup', // answer check-ins that need a follow-up; handle assistance requests
  'leave:decide', // approve, refuse or extend leave requests
  'counselling:manage', // counselling bookings, screenings, session notes (counsellors only)
  'course:manage', // publish learning courses
]);
export type Permission = z.infer<typeof Permission>;

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [
    'person:read',
    'person:create',
    'person:update',
    'person:reveal',
    'person:audit',
    'audit:read',
    'org:read',
    'staff:manage',
    'stats:read',
    'measure:read',
    'measure:manage',
    'supervision:record',
    'policy:manage',
    'system:sweep',
    'station:manage',
    'station:operate',
    'upload:review',
    'case:followup',
    'leave:decide',
    'course:manage',
  ],
  leader: ['org:read', 'stats:read'],
  officer: [
    'person:read',
    'person:create',
    'person:update',
    'person:reveal',
    'person:audit',
    'org:read',
    'stats:read',
    'measure:read',
    'measure:manage',
    'supervision:record',
    'station:manage',
    'station:operate',
    'upload:review',
    'case:followup',
    'leave:decide',
    'course:manage',
  ],
  police: ['person:read', 'person:reveal', 'org:read', 'measure:read', 'supervision:record', 'upload:review'],
  grid_worker: ['person:read', 'org:read', 'measure:read'],
  social_worker: ['person:read', 'org:read', 'measure:read', 'case:followup'],
  // Counsellors see the persons who book or screen with them, and are the only readers of session notes.
  counsellor: ['org:read', 'counselling:manage'],
  tester: ['org:read', 'station:operate'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
