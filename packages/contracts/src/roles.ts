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
  'org:read',
  'staff:manage', // create staff within one's own subtree
  'stats:read', // aggregates only
  'measure:read', // measures, tests, violations, tasks, timeline of persons in scope
  'measure:manage', // create measures, record 报到/协议/中止/终止/变更, decide violations, close tasks
  'supervision:record', // record test results and absences
  'policy:manage', // county test policies
  'system:sweep', // run the daily sweep on demand
]);
export type Permission = z.infer<typeof Permission>;

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [
    'person:read',
    'person:create',
    'person:update',
    'person:reveal',
    'person:audit',
    'org:read',
    'staff:manage',
    'stats:read',
    'measure:read',
    'measure:manage',
    'supervision:record',
    'policy:manage',
    'system:sweep',
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
  ],
  police: ['person:read', 'person:reveal', 'org:read', 'measure:read', 'supervision:record'],
  grid_worker: ['person:read', 'org:read', 'measure:read'],
  social_worker: ['person:read', 'org:read', 'measure:read'],
  counsellor: ['org:read'],
  tester: ['org:read'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
