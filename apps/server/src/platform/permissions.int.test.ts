import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPermission, type Permission } from '@taobo/contracts';
import { DEMO_ACCOUNTS } from '../seed/demo.ts';
import { TEST_PASSWORD } from '../testing/databases.ts';
import { multipart } from '../testing/multipart.ts';
import { APP_PASSWORD } from '../testing/personApp.ts';
import { permissionFixtures, type PermissionFixtures } from '../testing/permissionFixtures.ts';
import { createTestApp, personInput, type TestApp } from '../testing/testApp.ts';

/**
 * The role × endpoint matrix (style.md: "every endpoint gets an allowed and a forbidden case").
 * Every operation in the OpenAPI document the app serves has an entry below, and every entry is an
 * operation the app serves, or this file fails: a route cannot land without saying who may call it.
 *
 * An entry says who may call its route (`who`) and calls it as
 * - one actor who may (`allowed`): a read answers 2xx on a fixture that actor can see; a write gets
 *   past the permission and scope checks (it may still fail on the fixture's state: 400, 409…,
 *   but not 401, 403 or 404);
 * - every demo account whose role lacks the permission (roles.ts `rolePermissions`): 403;
 * - the refusals the permission alone does not decide (`denied`): a staff member outside the
 *   jurisdiction (platform/access.ts) or a person asking for someone else's record: 404.
 * Besides, every route but the public ones answers 401 without a session, and to the other kind
 * of session (a staff cookie on `/api/m/*`, the app's cookie elsewhere).
 *
 * The actors are the demo accounts (seed/demo.ts): lst_* are in 冷水滩区, lst_officer's township
 * is 梅湾街道 where the fixtures live (testing/permissionFixtures.ts), sp_officer is an officer
 * in 双牌县, another county; `app` is person A on the person app, `otherApp` person B.
 */

type Staff =
  | 'yz_admin'
  | 'yz_leader'
  | 'lst_admin'
  | 'lst_officer'
  | 'lst_police'
  | 'lst_grid'
  | 'lst_social'
  | 'lst_counsellor'
  | 'lst_tester'
  | 'sp_officer';
/** `other_counsellor` is a second counsellor of 冷水滩区, made by the fixtures. */
type Who = Staff | 'other_counsellor' | 'app' | 'otherApp' | 'anon';
type F = PermissionFixtures;

interface Req {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: object;
  /** A multipart body, made afresh for each call. */
  form?: () => ReturnType<typeof multipart>;
}
interface Case {
  as: Who;
  expect: 'ok' | 401 | 403 | 404;
  /** This case's request, over the entry's: its path parameters are added, its body replaces. */
  with?: (f: F) => Req;
}
interface Entry {
  /**
   * Who may call the route: nobody needs a session (`public`), the person app (`person`), any
   * signed-in staff member (`staff`), or staff whose role has the permission (any of several).
   */
  who: 'public' | 'person' | 'staff' | Permission | Permission[];
  req?: (f: F) => Req;
  allowed: Case;
  denied?: Case[];
  /** A read that depends on the record's state (e.g. a document printable later): it may answer 409. */
  stateful?: true;
}

const may = (as: Who): Case => ({ as, expect: 'ok' });
/** Outside the actor's jurisdiction, or another person's record: as if it did not exist. */
const unseen = (as: Who, params?: (f: F) => Record<string, string>): Case => ({
  as,
  expect: 404,
  ...(params && { with: (f: F) => ({ params: params(f) }) }),
});

const person = (f: F) => ({ id: f.person.id });
const measure = (f: F) => ({ id: f.measureId });
/** sp_officer (双牌县) for anything in 梅湾街道. */
const otherCounty = unseen('sp_officer');
/** A social worker sees only the persons assigned to them: B is not. */
const notAssigned = unseen('lst_social', (f) => ({ id: f.otherPerson.id }));
/** Another counsellor, for what is lst_counsellor's own. */
const otherCounsellor = unseen('other_counsellor');

const PUSH_ENDPOINT = 'https://fcm.googleapis.com/fcm/send/matrix';
const PUSH_KEYS = {
  p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
  auth: 'tBHItJI5svbpez7KI4CCXg',
};
/** A well-formed id of nothing, for calls that must be refused before anything is looked up. */
const UUID = '00000000-0000-4000-8000-000000000000';

const matrix: Record<string, Entry> = {
  // ── public ──────────────────────────────────────────────────────────────────
  'GET /api/health': { who: 'public', allowed: may('anon') },
  'POST /api/auth/login': {
    who: 'public',
    req: () => ({ body: { username: 'lst_tester', password: TEST_PASSWORD } }),
    allowed: may('anon'),
  },
  'POST /api/auth/logout': { who: 'public', allowed: may('anon') },
  'POST /api/m/auth/activate': {
    who: 'public',
    // A wrong code: refused as ACTIVATION_INVALID (400), by the route and not by the session check.
    req: (f) => ({ body: { phone: f.otherPerson.phone, code: '00000000', password: APP_PASSWORD } }),
    allowed: may('anon'),
  },
  'POST /api/m/auth/login': {
    who: 'public',
    req: (f) => ({ body: { phone: f.otherPerson.phone, password: APP_PASSWORD } }),
    allowed: may('anon'),
  },
  'POST /api/m/auth/logout': { who: 'public', allowed: may('anon') },

  // ── staff account, org tree, staff ─────────────────────────────────────────
  'GET /api/auth/me': { who: 'staff', allowed: may('lst_tester') },
  'POST /api/auth/password': {
    who: 'staff',
    // The wrong current password (WRONG_PASSWORD), so nothing changes.
    req: () => ({ body: { currentPassword: 'Not-the-password1', newPassword: 'Matrix2027pw' } }),
    allowed: may('lst_tester'),
  },
  'GET /api/org-units': { who: 'org:read', allowed: may('lst_counsellor') },
  'GET /api/org-units/{id}': {
    who: 'org:read',
    req: () => ({ params: { id: '431103001' } }),
    allowed: may('lst_tester'),
    denied: [otherCounty],
  },
  'GET /api/staff': { who: 'staff:manage', allowed: may('lst_admin') },
  'POST /api/staff': {
    who: 'staff:manage',
    // A username in use (USERNAME_TAKEN), so no account is made.
    req: () => ({
      body: {
        username: 'lst_officer',
        displayName: '重名',
        role: 'tester',
        orgUnitId: '431103001',
        password: 'Matrix2027pw',
      },
    }),
    allowed: may('lst_admin'),
  },
  'GET /api/staff/options': {
    who: ['person:create', 'person:update', 'staff:manage'],
    req: () => ({ query: { role: 'police' } }),
    allowed: may('lst_officer'),
  },
  'GET /api/stats/persons': { who: 'stats:read', allowed: may('yz_leader') },

  // ── person files ────────────────────────────────────────────────────────────
  'GET /api/persons': { who: 'person:read', allowed: may('lst_grid') },
  // The audit log of the admin's subtree; another county's events are filtered out (audit.int.test.ts).
  'GET /api/audit': {
    who: 'audit:read',
    req: () => ({ query: { action: 'person', from: '2026-11-01', to: '2026-11-30' } }),
    allowed: may('lst_admin'),
  },
  'POST /api/persons': {
    who: 'person:create',
    req: () => ({ body: personInput({ name: '孙六' }) }),
    allowed: may('lst_officer'),
  },
  'GET /api/persons/{id}': {
    who: 'person:read',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_social'),
    denied: [
      otherCounty,
      notAssigned,
      // A grid worker sees the persons of their grid and those assigned to them: B is neither.
      unseen('lst_grid', (f) => ({ id: f.otherPerson.id })),
    ],
  },
  'PATCH /api/persons/{id}': {
    who: 'person:update',
    req: (f) => ({ params: person(f), body: { residenceAddress: '冷水滩区梅湾路 20 号' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/persons/{id}/reveal': {
    who: 'person:reveal',
    req: (f) => ({ params: person(f), body: { field: 'phone', reason: '核实身份' } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'PUT /api/persons/{id}/photo': {
    who: 'person:update',
    req: (f) => ({ params: person(f), form: () => multipart({}, [f.png('file')]) }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/persons/{id}/photo': {
    who: 'person:read',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'GET /api/persons/{id}/audit': {
    who: 'person:audit',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/persons/{id}/activation-code': {
    who: 'person:update',
    req: (f) => ({ params: { id: f.plainPersonId } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/persons/{id}/app-sessions': {
    who: 'person:update',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/persons/{id}/app-sessions/revoke': {
    who: 'person:update',
    req: (f) => ({ params: { id: f.plainPersonId } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/m/me': { who: 'person', allowed: may('app') },

  // ── measures ────────────────────────────────────────────────────────────────
  'POST /api/persons/{id}/measures': {
    who: 'measure:manage',
    // A has a live measure (MEASURE_ALREADY_LIVE).
    req: (f) => ({
      params: person(f),
      body: {
        type: 'community_detox',
        decisionNo: '冷公（禁）决字〔2026〕9999号',
        decisionDate: '2026-11-20',
        receivedDate: '2026-11-20',
      },
    }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/persons/{id}/measures': {
    who: 'measure:read',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_grid'),
    denied: [notAssigned, otherCounty],
  },
  'GET /api/persons/{id}/timeline': {
    who: 'measure:read',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_social'),
    denied: [notAssigned, otherCounty],
  },
  'GET /api/measures/{id}': {
    who: 'measure:read',
    req: (f) => ({ params: measure(f) }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  // Lifecycle events dated tomorrow: refused as a future date, after the permission and scope checks.
  'POST /api/measures/{id}/report': {
    who: 'measure:manage',
    req: (f) => ({ params: measure(f), body: { date: '2026-11-30' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/measures/{id}/agreement': {
    who: 'measure:manage',
    req: (f) => ({ params: measure(f), body: { signedDate: '2026-11-30' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/measures/{id}/suspend': {
    who: 'measure:manage',
    req: (f) => ({ params: measure(f), body: { date: '2026-11-30', reason: 'detention' } }),
    allowed: may('lst_admin'),
    denied: [otherCounty],
  },
  'POST /api/measures/{id}/resume': {
    who: 'measure:manage',
    req: (f) => ({ params: measure(f), body: { date: '2026-11-30' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/measures/{id}/terminate': {
    who: 'measure:manage',
    req: (f) => ({ params: measure(f), body: { date: '2026-11-30', reason: 'other' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/measures/{id}/transfer': {
    who: 'measure:manage',
    req: (f) => ({ params: measure(f), body: { date: '2026-11-30', toTownshipId: '431103002' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/measures/{id}/agreement.pdf': {
    who: 'measure:manage',
    req: (f) => ({ params: measure(f) }),
    allowed: may('lst_officer'),
    // It prints the full ID number: for who manages the measure only.
    denied: [otherCounty],
  },
  // Issue 9: the officer's decision on a missed 报到 (the fixture's measure has none: 409), the
  // police's release notice (not released: 409) and the township's release paperwork.
  'POST /api/measures/{id}/refusal-decision': {
    who: 'measure:manage',
    req: (f) => ({ params: measure(f), body: { decision: 'refused', reason: '无正当理由' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/measures/{id}/release-notice': {
    who: 'measure:manage',
    req: (f) => ({
      params: measure(f),
      body: { noticeNo: '冷公解字〔2026〕1号', date: '2026-12-01', issuer: '永州市公安局冷水滩分局' },
    }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/measures/{id}/release.pdf': {
    who: 'measure:manage',
    req: (f) => ({ params: measure(f) }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
    // Printable once the police's notice is recorded; the fixture's measure is still executing.
    stateful: true,
  },
  'PUT /api/measures/{id}/working-group': {
    who: 'measure:manage',
    req: (f) => ({
      params: measure(f),
      body: { members: [{ role: 'officer', name: '李专干', staffId: f.ids.lst_officer }] },
    }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  // 禁毒法 第三十九条 facts: a baby born tomorrow, refused after the checks.
  'PUT /api/measures/{id}/exemption-facts': {
    who: 'measure:manage',
    req: (f) => ({ params: measure(f), body: { pregnant: false, nursingChildBirthDate: '2026-11-30' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },

  // ── tests, absences, violations, tasks, policies ───────────────────────────
  'GET /api/measures/{id}/tests': {
    who: 'measure:read',
    req: (f) => ({ params: measure(f) }),
    allowed: may('lst_grid'),
    denied: [otherCounty],
  },
  'POST /api/measures/{id}/tests': {
    who: 'supervision:record',
    // Dated tomorrow: refused after the checks.
    req: (f) => ({
      params: measure(f),
      body: {
        kind: 'urine',
        outcome: 'negative',
        date: '2026-11-30',
        collectorIds: [f.ids.lst_officer, f.ids.lst_police],
      },
    }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'GET /api/measures/{id}/collectors': {
    who: 'measure:read',
    req: (f) => ({ params: measure(f) }),
    allowed: may('lst_social'),
    denied: [otherCounty],
  },
  'POST /api/tests/{id}/result': {
    who: 'supervision:record',
    req: (f) => ({
      params: { id: f.testId },
      body: {
        kind: 'urine',
        outcome: 'negative',
        date: '2026-11-30',
        collectorIds: [f.ids.lst_officer, f.ids.lst_police],
      },
    }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/measures/{id}/absences': {
    who: 'supervision:record',
    // Back tomorrow: refused after the checks.
    req: (f) => ({ params: measure(f), body: { from: '2026-11-22', to: '2026-11-30', reported: true } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'GET /api/measures/{id}/absences': {
    who: 'measure:read',
    req: (f) => ({ params: measure(f) }),
    allowed: may('lst_grid'),
    denied: [otherCounty],
  },
  // 现场拒绝检测 and 批评教育 dated tomorrow: refused as a future date, after the permission and scope checks.
  'POST /api/measures/{id}/test-refusals': {
    who: 'supervision:record',
    req: (f) => ({ params: measure(f), body: { date: '2026-11-30' } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'POST /api/measures/{id}/education': {
    who: 'supervision:record',
    req: (f) => ({ params: measure(f), body: { date: '2026-11-30', reason: '未按时接受检测' } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'GET /api/measures/{id}/education': {
    who: 'measure:read',
    req: (f) => ({ params: measure(f) }),
    allowed: may('lst_grid'),
    denied: [otherCounty],
  },
  'GET /api/persons/{id}/violations': {
    who: 'measure:read',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_social'),
    denied: [notAssigned, otherCounty],
  },
  'POST /api/violations/{id}/confirm': {
    who: 'measure:manage',
    req: (f) => ({ params: { id: f.violationId }, body: { reason: null } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/violations/{id}/excuse': {
    who: 'measure:manage',
    req: (f) => ({ params: { id: f.violationId }, body: { reason: '因病住院，已提供证明' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/tasks': { who: 'measure:read', allowed: may('lst_police') },
  'POST /api/tasks/{id}/done': {
    who: 'measure:manage',
    req: (f) => ({ params: { id: f.taskId }, body: { note: '已处理' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/worklist': { who: 'measure:read', allowed: may('lst_grid') },
  'GET /api/test-policies/{countyId}': {
    who: 'measure:read',
    req: () => ({ params: { countyId: '431103' } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'PUT /api/test-policies/{countyId}': {
    who: 'policy:manage',
    req: (f) => ({ params: { countyId: '431103' }, body: f.testPolicy }),
    allowed: may('lst_admin'),
  },
  'POST /api/system/sweep': { who: 'system:sweep', allowed: may('yz_admin') },
  // 民法典 第二百零三条: the holiday schedule every deadline counts on.
  'GET /api/calendar/days': { who: 'measure:read', allowed: may('lst_grid') },
  'GET /api/calendar/years/{year}': {
    who: 'measure:read',
    req: () => ({ params: { year: '2027' } }),
    allowed: may('lst_police'),
  },
  'PUT /api/calendar/years/{year}': {
    who: 'policy:manage',
    req: () => ({
      params: { year: '2031' },
      body: { days: [{ date: '2031-01-01', kind: 'rest', name: '元旦' }] },
    }),
    allowed: may('lst_admin'),
  },

  // ── 检测预约: stations (staff) ───────────────────────────────────────────────
  'GET /api/stations': { who: ['station:manage', 'station:operate'], allowed: may('lst_tester') },
  'POST /api/stations': {
    who: 'station:manage',
    req: (f) => ({ body: { ...f.stationInput, name: '梅湾街道第二检测站' } }),
    allowed: may('lst_officer'),
  },
  'GET /api/stations/{id}': {
    who: ['station:manage', 'station:operate'],
    req: (f) => ({ params: { id: f.stationId } }),
    allowed: may('lst_tester'),
    denied: [otherCounty],
  },
  'PUT /api/stations/{id}': {
    who: 'station:manage',
    req: (f) => ({ params: { id: f.stationId }, body: f.stationInput }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'PUT /api/stations/{id}/slots': {
    who: 'station:manage',
    req: (f) => ({
      params: { id: f.stationId },
      body: { slots: [{ id: f.slotId, weekday: 1, start: '09:00', end: '11:00', capacity: 5 }] },
    }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/stations/{id}/closures': {
    who: 'station:manage',
    req: (f) => ({ params: { id: f.stationId }, body: { date: '2026-12-08', reason: '设备检修' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'DELETE /api/stations/{id}/closures/{date}': {
    who: 'station:manage',
    req: (f) => ({ params: { id: f.stationId, date: f.closedDay } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/stations/{id}/day': {
    who: 'station:operate',
    req: (f) => ({ params: { id: f.stationId }, query: { date: '2026-11-30' } }),
    allowed: may('lst_tester'),
    denied: [otherCounty],
  },
  'GET /api/stations/{id}/collectors': {
    who: 'station:operate',
    req: (f) => ({ params: { id: f.stationId } }),
    allowed: may('lst_tester'),
    denied: [otherCounty],
  },
  'POST /api/appointments/{id}/arrive': {
    who: 'station:operate',
    req: (f) => ({ params: { id: f.appointmentId } }),
    allowed: may('lst_tester'),
    denied: [otherCounty],
  },
  'POST /api/appointments/{id}/result': {
    who: 'station:operate',
    req: (f) => ({
      params: { id: f.appointmentId },
      body: { kind: 'urine', outcome: 'negative', collectorIds: [f.ids.lst_tester, f.ids.lst_officer] },
    }),
    allowed: may('lst_tester'),
    denied: [
      // The recorder must be a collector (checked first); as one, the other county's officer still sees nothing.
      {
        as: 'sp_officer',
        expect: 404,
        with: (f) => ({
          body: { kind: 'urine', outcome: 'negative', collectorIds: [f.ids.sp_officer, f.ids.lst_tester] },
        }),
      },
    ],
  },
  'POST /api/appointments/{id}/cancel': {
    who: 'station:operate',
    req: (f) => ({ params: { id: f.appointmentId }, body: { reason: '检测站临时停诊' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },

  // ── 检测预约: the person app ─────────────────────────────────────────────────
  'GET /api/m/stations': { who: 'person', allowed: may('app') },
  'GET /api/m/stations/{id}/availability': {
    who: 'person',
    req: (f) => ({ params: { id: f.stationId } }),
    denied: [unseen('app', (f) => ({ id: f.farStationId }))],
    allowed: may('app'),
  },
  'GET /api/m/appointments': { who: 'person', allowed: may('app') },
  'POST /api/m/appointments': {
    who: 'person',
    req: (f) => ({ body: { slotId: f.slotId, date: '2026-11-30' } }),
    denied: [
      { as: 'app', expect: 404, with: (f) => ({ body: { slotId: f.farSlotId, date: '2026-11-30' } }) },
    ],
    allowed: may('app'),
  },
  'POST /api/m/appointments/{id}/reschedule': {
    who: 'person',
    req: (f) => ({ params: { id: f.appointmentId }, body: { slotId: f.slotId, date: '2026-12-14' } }),
    allowed: may('app'),
    denied: [unseen('otherApp')],
  },
  'POST /api/m/appointments/{id}/cancel': {
    who: 'person',
    req: (f) => ({ params: { id: f.appointmentId } }),
    allowed: may('app'),
    denied: [unseen('otherApp')],
  },

  // ── 异地检测 ─────────────────────────────────────────────────────────────────
  'GET /api/uploads': { who: 'upload:review', allowed: may('lst_police') },
  'GET /api/uploads/{id}': {
    who: 'upload:review',
    req: (f) => ({ params: { id: f.uploadId } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'GET /api/uploads/{id}/files/{which}': {
    who: 'upload:review',
    req: (f) => ({ params: { id: f.uploadId, which: 'selfie' } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  // Rejected as missed (before the approval, refused then as decided): the window stays open for POST /api/m/uploads.
  'POST /api/uploads/{id}/reject': {
    who: 'upload:review',
    req: (f) => ({ params: { id: f.uploadId }, body: { outcome: 'missed', reason: '图像模糊' } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'POST /api/uploads/{id}/approve': {
    who: 'upload:review',
    req: (f) => ({ params: { id: f.uploadId }, body: { note: '图像清晰' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/persons/{id}/remote-permissions': {
    who: 'measure:read',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_grid'),
    denied: [notAssigned, otherCounty],
  },
  'POST /api/persons/{id}/remote-permissions': {
    who: 'measure:manage',
    req: (f) => ({ params: person(f), body: { from: '2026-12-01', to: '2026-12-10', reason: '外出务工' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/remote-permissions/{id}/revoke': {
    who: 'measure:manage',
    req: (f) => ({ params: { id: f.remotePermissionId } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/m/uploads/eligibility': { who: 'person', allowed: may('app') },
  'GET /api/m/uploads': { who: 'person', allowed: may('app') },
  'POST /api/m/uploads': {
    who: 'person',
    req: (f) => ({ form: () => multipart({}, [f.png('cassette'), f.png('selfie')]) }),
    allowed: may('app'),
  },

  // ── 心理咨询: counsellors ─────────────────────────────────────────────────────
  'GET /api/counselling/availability': { who: 'counselling:manage', allowed: may('lst_counsellor') },
  'POST /api/counselling/availability': {
    who: 'counselling:manage',
    req: () => ({
      body: { kind: 'weekly', weekday: 5, startTime: '15:00', durationMinutes: 50, mode: 'phone' },
    }),
    allowed: may('lst_counsellor'),
  },
  'DELETE /api/counselling/availability/{id}': {
    who: 'counselling:manage',
    req: (f) => ({ params: { id: f.spareAvailabilityId } }),
    denied: [otherCounsellor],
    allowed: may('lst_counsellor'),
  },
  'GET /api/counselling/bookings': { who: 'counselling:manage', allowed: may('lst_counsellor') },
  'POST /api/counselling/bookings/{id}/confirm': {
    who: 'counselling:manage',
    req: (f) => ({ params: { id: f.bookingId } }),
    denied: [otherCounsellor],
    allowed: may('lst_counsellor'),
  },
  'POST /api/counselling/bookings/{id}/complete': {
    who: 'counselling:manage',
    req: (f) => ({ params: { id: f.bookingId } }),
    denied: [otherCounsellor],
    allowed: may('lst_counsellor'),
  },
  'POST /api/counselling/bookings/{id}/cancel': {
    who: 'counselling:manage',
    req: (f) => ({ params: { id: f.bookingId }, body: { reason: '临时有事' } }),
    denied: [otherCounsellor],
    allowed: may('lst_counsellor'),
  },
  // Session notes: counsellors only, never the officers (not even an admin).
  'GET /api/counselling/bookings/{id}/note': {
    who: 'counselling:manage',
    req: (f) => ({ params: { id: f.bookingId } }),
    denied: [otherCounsellor],
    allowed: may('lst_counsellor'),
  },
  'PUT /api/counselling/bookings/{id}/note': {
    who: 'counselling:manage',
    req: (f) => ({ params: { id: f.bookingId }, body: { body: '来访者情绪平稳。' } }),
    denied: [otherCounsellor],
    allowed: may('lst_counsellor'),
  },
  'GET /api/counselling/screenings': { who: 'counselling:manage', allowed: may('lst_counsellor') },
  'GET /api/counselling/screenings/{id}': {
    who: 'counselling:manage',
    req: (f) => ({ params: { id: f.screeningId } }),
    allowed: may('lst_counsellor'),
  },
  'POST /api/counselling/screenings/{id}/review': {
    who: 'counselling:manage',
    req: (f) => ({ params: { id: f.screeningId }, body: { note: '已电话联系，情绪好转' } }),
    allowed: may('lst_counsellor'),
  },
  'GET /api/counselling/clients/{id}': {
    who: 'counselling:manage',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_counsellor'),
    // A counsellor sees who booked or screened with them, not every file.
    denied: [unseen('lst_counsellor', (f) => ({ id: f.plainPersonId }))],
  },
  'GET /api/persons/{id}/counselling': {
    who: 'measure:read',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_officer'),
    denied: [notAssigned, otherCounty],
  },

  // ── 心理咨询: the person app ─────────────────────────────────────────────────
  'GET /api/m/counselling/slots': { who: 'person', allowed: may('app') },
  'GET /api/m/counselling/bookings': { who: 'person', allowed: may('app') },
  'POST /api/m/counselling/bookings': {
    who: 'person',
    req: (f) => ({ body: { availabilityId: f.availabilityId, date: '2026-12-09' } }),
    allowed: may('app'),
  },
  'POST /api/m/counselling/bookings/{id}/cancel': {
    who: 'person',
    req: (f) => ({ params: { id: f.bookingId }, body: {} }),
    allowed: may('app'),
    denied: [unseen('otherApp')],
  },
  'GET /api/m/counselling/screenings': { who: 'person', allowed: may('app') },
  'POST /api/m/counselling/screenings': {
    who: 'person',
    req: () => ({ body: { instrument: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0] } }),
    allowed: may('app'),
  },

  // ── 帮扶 ────────────────────────────────────────────────────────────────────
  'GET /api/assistance': { who: 'case:followup', allowed: may('lst_social') },
  'GET /api/assistance/{id}': {
    who: 'case:followup',
    req: (f) => ({ params: { id: f.applicationId } }),
    allowed: may('lst_social'),
    denied: [otherCounty],
  },
  'GET /api/assistance/{id}/attachments/{attachmentId}': {
    who: 'case:followup',
    req: (f) => ({ params: { id: f.applicationId, attachmentId: f.attachmentId } }),
    allowed: may('lst_social'),
    denied: [unseen('lst_social', (f) => ({ attachmentId: f.otherAttachmentId })), otherCounty],
  },
  'POST /api/assistance/{id}/accept': {
    who: 'case:followup',
    req: (f) => ({ params: { id: f.applicationId }, body: { note: '已受理' } }),
    allowed: may('lst_social'),
    denied: [otherCounty],
  },
  'POST /api/assistance/{id}/conclude': {
    who: 'case:followup',
    req: (f) => ({
      params: { id: f.applicationId },
      body: { outcome: 'helped', text: '已推荐参加电工培训班' },
    }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/m/assistance': {
    who: 'person',
    req: () => ({
      form: () => multipart({ type: 'employment', description: '希望介绍一份稳定的工作，能够养家糊口。' }),
    }),
    allowed: may('app'),
  },
  'GET /api/m/assistance': { who: 'person', allowed: may('app') },
  'POST /api/m/assistance/{id}/withdraw': {
    who: 'person',
    req: (f) => ({ params: { id: f.applicationId } }),
    allowed: may('app'),
    denied: [unseen('otherApp')],
  },
  'GET /api/m/assistance/{id}/attachments/{attachmentId}': {
    who: 'person',
    req: (f) => ({ params: { id: f.applicationId, attachmentId: f.attachmentId } }),
    allowed: may('app'),
    denied: [unseen('app', (f) => ({ attachmentId: f.otherAttachmentId })), unseen('otherApp')],
  },

  // ── 学习: courses (staff) ─────────────────────────────────────────────────────
  'GET /api/learning/courses': { who: 'course:manage', allowed: may('lst_officer') },
  'POST /api/learning/courses': {
    who: 'course:manage',
    req: (f) => ({ body: { ...f.course, title: '新课程' } }),
    allowed: may('lst_officer'),
  },
  'GET /api/learning/courses/{id}': {
    who: 'course:manage',
    req: (f) => ({ params: { id: f.courseId } }),
    allowed: may('lst_admin'),
    denied: [otherCounty],
  },
  'PUT /api/learning/courses/{id}': {
    who: 'course:manage',
    req: (f) => ({ params: { id: f.courseId }, body: f.courseUpdate }),
    allowed: may('lst_officer'),
    denied: [
      otherCounty,
      // A course published by a higher office is read-only below it.
      { as: 'lst_officer', expect: 403, with: (f) => ({ params: { id: f.starterCourseId } }) },
    ],
  },
  'DELETE /api/learning/courses/{id}': {
    who: 'course:manage',
    req: (f) => ({ params: { id: f.draftCourseId } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/learning/courses/{id}/publish': {
    who: 'course:manage',
    req: (f) => ({ params: { id: f.publishedCourseId } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/learning/courses/{id}/unpublish': {
    who: 'course:manage',
    req: (f) => ({ params: { id: f.publishedCourseId } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/learning/courses/{id}/media': {
    who: 'course:manage',
    req: (f) => ({ params: { id: f.courseId }, form: () => multipart({}, [f.png('file')]) }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/learning/media/{id}': {
    who: 'course:manage',
    req: (f) => ({ params: { id: f.mediaId } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/learning/stats': { who: 'course:manage', allowed: may('lst_officer') },
  'GET /api/persons/{id}/learning': {
    who: 'person:read',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_grid'),
    denied: [notAssigned, otherCounty],
  },

  // ── 学习: the person app ─────────────────────────────────────────────────────
  'GET /api/m/courses': { who: 'person', allowed: may('app') },
  'GET /api/m/courses/{id}': {
    who: 'person',
    req: (f) => ({ params: { id: f.courseId } }),
    allowed: may('app'),
    // A draft is not shown to anyone.
    denied: [unseen('app', (f) => ({ id: f.hiddenCourseId }))],
  },
  'POST /api/m/courses/{id}/lessons/{lessonId}/progress': {
    who: 'person',
    req: (f) => ({ params: { id: f.courseId, lessonId: f.lessonIds[0]! }, body: { read: true } }),
    denied: [unseen('app', (f) => ({ id: f.hiddenCourseId, lessonId: f.hiddenLessonId }))],
    allowed: may('app'),
  },
  'POST /api/m/courses/{id}/lessons/{lessonId}/quiz': {
    who: 'person',
    req: (f) => ({ params: { id: f.courseId, lessonId: f.lessonIds[1]! }, body: { answers: [1] } }),
    denied: [unseen('app', (f) => ({ id: f.hiddenCourseId, lessonId: f.hiddenLessonId }))],
    allowed: may('app'),
  },
  'GET /api/m/learning/media/{id}': {
    who: 'person',
    req: (f) => ({ params: { id: f.mediaId } }),
    denied: [unseen('app', (f) => ({ id: f.hiddenMediaId }))],
    allowed: may('app'),
  },

  // ── 在线报到 ─────────────────────────────────────────────────────────────────
  'GET /api/m/checkins': { who: 'person', allowed: may('app') },
  'POST /api/m/checkins': {
    who: 'person',
    req: (f) => ({ form: () => multipart({ answers: JSON.stringify(f.checkinAnswers) }, [f.png('selfie')]) }),
    allowed: may('app'),
  },
  'GET /api/checkins': { who: 'measure:read', allowed: may('lst_grid') },
  'GET /api/checkins/{id}': {
    who: 'measure:read',
    req: (f) => ({ params: { id: f.checkinId } }),
    allowed: may('lst_social'),
    denied: [otherCounty],
  },
  'GET /api/checkins/{id}/selfie': {
    who: 'measure:read',
    req: (f) => ({ params: { id: f.checkinId } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'POST /api/checkins/{id}/followup': {
    who: 'case:followup',
    req: (f) => ({ params: { id: f.checkinId }, body: { outcome: 'reached', note: '电话联系，情况稳定' } }),
    allowed: may('lst_social'),
    denied: [otherCounty],
  },
  'GET /api/persons/{id}/checkins': {
    who: 'measure:read',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_grid'),
    denied: [notAssigned, otherCounty],
  },
  'GET /api/checkin-policies/{countyId}': {
    who: 'measure:read',
    req: () => ({ params: { countyId: '431103' } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'PUT /api/checkin-policies/{countyId}': {
    who: 'policy:manage',
    req: () => ({ params: { countyId: '431103' }, body: { intervalMonths: 1, remindDays: 5 } }),
    allowed: may('lst_admin'),
  },

  // ── 在线请假 (外出报告) ──────────────────────────────────────────────────────────
  'GET /api/m/leave': { who: 'person', allowed: may('app') },
  'GET /api/m/leave-policy': { who: 'person', allowed: may('app') },
  'POST /api/m/leave': {
    who: 'person',
    req: () => ({
      body: { destination: '湖南省长沙市', from: '2026-12-20', to: '2026-12-22', reason: '参加婚礼' },
    }),
    allowed: may('app'),
  },
  'POST /api/m/leave/{id}/extension': {
    who: 'person',
    req: (f) => ({ params: { id: f.leaveId }, body: { to: '2026-12-12', reason: '母亲住院需陪护' } }),
    allowed: may('app'),
    denied: [unseen('otherApp')],
  },
  'POST /api/m/leave/{id}/return': {
    who: 'person',
    req: (f) => ({ params: { id: f.leaveId } }),
    allowed: may('app'),
    denied: [unseen('otherApp')],
  },
  'GET /api/leave-requests': { who: 'measure:read', allowed: may('lst_grid') },
  'GET /api/leave-requests/{id}': {
    who: 'measure:read',
    req: (f) => ({ params: { id: f.leaveId } }),
    allowed: may('lst_social'),
    denied: [otherCounty],
  },
  'GET /api/persons/{id}/leave-requests': {
    who: 'measure:read',
    req: (f) => ({ params: person(f) }),
    allowed: may('lst_police'),
    denied: [notAssigned, otherCounty],
  },
  'POST /api/leave-requests/{id}/acknowledge': {
    who: 'leave:decide',
    req: (f) => ({ params: { id: f.leaveId }, body: { note: '注意安全，按时返回' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/leave-requests/{id}/approve': {
    who: 'leave:decide',
    req: (f) => ({ params: { id: f.leaveId }, body: { note: '同意' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/leave-requests/{id}/refuse': {
    who: 'leave:decide',
    req: (f) => ({ params: { id: f.leaveId }, body: { note: '理由不充分' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/leave-requests/{id}/extension/approve': {
    who: 'leave:decide',
    req: (f) => ({ params: { id: f.leaveId }, body: {} }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'POST /api/leave-requests/{id}/extension/refuse': {
    who: 'leave:decide',
    req: (f) => ({ params: { id: f.leaveId }, body: { note: '不同意续假' } }),
    allowed: may('lst_officer'),
    denied: [otherCounty],
  },
  'GET /api/leave-policies/{countyId}': {
    who: 'measure:read',
    req: () => ({ params: { countyId: '431103' } }),
    allowed: may('lst_police'),
    denied: [otherCounty],
  },
  'PUT /api/leave-policies/{countyId}': {
    who: 'policy:manage',
    req: () => ({ params: { countyId: '431103' }, body: { approvalRequired: false } }),
    allowed: may('lst_admin'),
  },

  // ── home, inbox, web push ───────────────────────────────────────────────────
  'GET /api/m/home': { who: 'person', allowed: may('app') },
  'GET /api/m/notifications': { who: 'person', allowed: may('app') },
  'POST /api/m/notifications/{id}/read': {
    who: 'person',
    req: (f) => ({ params: { id: f.notificationId } }),
    allowed: may('app'),
    denied: [unseen('otherApp')],
  },
  'POST /api/m/notifications/read-all': { who: 'person', allowed: may('app') },
  'GET /api/m/push/key': { who: 'person', allowed: may('app') },
  'POST /api/m/push/subscribe': {
    who: 'person',
    req: () => ({ body: { endpoint: PUSH_ENDPOINT, keys: PUSH_KEYS } }),
    allowed: may('app'),
  },
  'POST /api/m/push/unsubscribe': {
    who: 'person',
    req: () => ({ body: { endpoint: PUSH_ENDPOINT } }),
    allowed: may('app'),
  },
};

let t: TestApp;
let f: F;
/** `METHOD /path` of every operation in the OpenAPI document the app serves. */
let documented: string[];

beforeAll(async () => {
  t = await createTestApp();
  f = await permissionFixtures(t);
  await t.app.ready();
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
}, 120_000);

afterAll(() => t?.close());

const isPersonApp = (route: string) => route.split(' ')[1]!.startsWith('/api/m/');

/** The demo accounts whose role has none of the route's permissions: each must get 403. */
function lacking(entry: Entry): Case[] {
  if (typeof entry.who === 'string' && ['public', 'person', 'staff'].includes(entry.who)) return [];
  const needs = ([] as Permission[]).concat(entry.who as Permission | Permission[]);
  return DEMO_ACCOUNTS.filter((a) => !needs.some((p) => hasPermission(a.role, p))).map((a) => ({
    as: a.username as Staff,
    expect: 403,
  }));
}

function cookieOf(who: Who): string | undefined {
  if (who === 'anon') return undefined;
  if (who === 'app') return f.person.cookie;
  if (who === 'otherApp') return f.otherPerson.cookie;
  return f.cookies[who]!;
}

async function call(route: string, who: Who, req: Req) {
  const [method, template] = route.split(' ') as [string, string];
  const url = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = req.params?.[name];
    if (value === undefined) throw new Error(`${route}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const form = req.form?.();
  const cookie = cookieOf(who);
  const res = await t.app.inject({
    method: method as 'GET',
    url,
    query: req.query,
    headers: {
      ...(cookie && { cookie }),
      ...(form && { 'content-type': form.contentType, 'sec-fetch-site': 'same-origin' }),
    },
    ...(form ? { payload: form.payload } : req.body && { payload: req.body }),
  });
  let code: string | undefined;
  try {
    code = (JSON.parse(res.body) as { code?: string }).code;
  } catch {
    code = undefined;
  }
  return {
    status: res.statusCode,
    code,
    body: res.body,
    says: `${route} as ${who} → ${res.statusCode} ${res.body.slice(0, 300)}`,
  };
}

describe('permission matrix', () => {
  it('has one entry for every operation in the OpenAPI document, and none for an operation that is gone', () => {
    const missing = documented.filter((r) => !(r in matrix));
    const gone = Object.keys(matrix).filter((r) => !documented.includes(r));
    expect({ missing, gone }).toEqual({ missing: [], gone: [] });
  });

  it('agrees with itself: person-app routes are for the person, and each allowed actor has the permission', () => {
    const wrong: string[] = [];
    for (const [route, e] of Object.entries(matrix)) {
      if (e.who !== 'public' && isPersonApp(route) !== (e.who === 'person')) wrong.push(`${route}: who`);
      const expected = e.who === 'public' ? 'anon' : e.who === 'person' ? 'app' : null;
      if (expected && e.allowed.as !== expected) wrong.push(`${route}: allowed as ${e.allowed.as}`);
      if (!expected && lacking(e).some((c) => c.as === e.allowed.as))
        wrong.push(`${route}: ${e.allowed.as} lacks the permission`);
    }
    expect(wrong).toEqual([]);
  });

  for (const [route, entry] of Object.entries(matrix)) {
    it(route, async () => {
      const req = (c: Case): Req => {
        const base = entry.req?.(f) ?? {};
        const own = c.with?.(f) ?? {};
        return { ...base, ...own, params: { ...base.params, ...own.params } };
      };
      // Refusals first: they change nothing. A 403 or 404 to the entry's own request also shows
      // that request passes the route's schema (validated before any check runs).
      let passesSchema = false;
      for (const c of [...lacking(entry), ...(entry.denied ?? [])]) {
        const res = await call(route, c.as, req(c));
        expect(res.status, res.says).toBe(c.expect);
        if (!c.with?.(f).body && !c.with?.(f).form && (res.status === 403 || res.status === 404))
          passesSchema = true;
      }
      const res = await call(route, entry.allowed.as, req(entry.allowed));
      expect(res.status, res.says).toBeLessThan(500);
      if (route.startsWith('GET ') && entry.stateful) {
        expect([401, 403, 404], res.says).not.toContain(res.status);
      } else if (route.startsWith('GET ')) {
        expect(res.status, res.says).toBeGreaterThanOrEqual(200);
        expect(res.status, res.says).toBeLessThan(300);
      } else {
        expect([401, 403, 404], res.says).not.toContain(res.status);
        // A schema failure is a 400 VALIDATION too, and proves nothing: then a refusal must show the request is valid.
        if (res.status === 400 && res.code === 'VALIDATION')
          expect(passesSchema, `${res.says}: give the route a request that passes its schema`).toBe(true);
      }
    });
  }

  // A leak the status codes cannot show: the route answered 200 with the staff of every county.
  it('offers team members of the county only, even when asked for the whole city', async () => {
    const res = await call('GET /api/staff/options', 'lst_officer', {
      query: { role: 'officer', orgUnitId: '4311' },
    });
    expect(res.status, res.says).toBe(200);
    expect(JSON.parse(res.body)).toEqual([]);
    const own = await call('GET /api/staff/options', 'lst_officer', {
      query: { role: 'officer', orgUnitId: '431103' },
    });
    expect((JSON.parse(own.body) as { name: string }[]).map((s) => s.name)).toEqual(['李专干（梅湾街道）']);
  });

  it('answers 401 on every route but the public ones without a session', async () => {
    const answered: string[] = [];
    for (const route of documented.filter((r) => matrix[r]?.who !== 'public')) {
      const res = await call(route, 'anon', { params: new Proxy({}, { get: () => UUID }) });
      if (res.status !== 401) answered.push(res.says);
    }
    expect(answered).toEqual([]);
  });

  it('answers 401 to a staff session on every person-app route, and to the app session on every staff route', async () => {
    const answered: string[] = [];
    for (const route of documented.filter((r) => matrix[r]?.who !== 'public')) {
      const res = await call(route, isPersonApp(route) ? 'yz_admin' : 'app', {
        params: new Proxy({}, { get: () => UUID }),
      });
      if (res.status !== 401) answered.push(res.says);
    }
    expect(answered).toEqual([]);
  });
});
