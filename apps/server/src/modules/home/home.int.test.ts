import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiAs, staffIds } from '../../testing/supervision.ts';
import { appPerson } from '../../testing/personApp.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';
import { createHomeRepo } from './repo.ts';
import { createHomeService } from './service.ts';

// The fixed clock: 2026-11-29 (Asia/Shanghai).
let t: TestApp;
let officer: string;
beforeAll(async () => {
  t = await createTestApp();
});
beforeEach(async () => {
  officer = await t.login('lst_officer');
});
afterAll(() => t.close());

describe('GET /api/m/home', () => {
  it('shows the measure, progress through the term, the next test and unread messages', async () => {
    // 报到 on 2026-10-01: monthly windows [10-01, 11-01), [11-01, 12-01), …
    const p = await appPerson(t, officer, { receivedDate: '2026-10-01', reported: true });
    await t.app.services.notifications.notify(t.db, {
      personId: p.personId,
      kind: 'x',
      title: '未读',
      body: '',
    });
    const home = await p.api.ok('GET', '/api/m/home');
    expect(home.person.id).toBe(p.personId);
    expect(home.today).toBe('2026-11-29');
    expect(home.measure).toMatchObject({
      id: p.measureId,
      type: 'community_detox',
      status: 'executing',
      township: { id: '431103001' },
      termStart: '2026-10-01',
      termEnd: '2029-10-01',
      // 59 of 1096 days served.
      progressPercent: 5,
      daysLeft: 1037,
    });
    expect(home.nextTest).toEqual({
      id: expect.any(String),
      status: 'due',
      windowStart: '2026-11-01',
      lastDay: '2026-11-30',
      daysToClose: 1,
    });
    expect(home.unread).toBe(1);
    // The modules' items (wired in buildServices): this month's online check-in is owed.
    expect(home.due).toEqual([expect.objectContaining({ kind: 'checkin', title: '在线报到' })]);
  });

  it('shows an upcoming window once the open one is tested', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-10-01', reported: true });
    const staff = apiAs(t, officer);
    const home = await p.api.ok('GET', '/api/m/home');
    const ids = await staffIds(t);
    // Two collectors; the person is a man, so any two staff may collect.
    await staff.ok('POST', `/api/tests/${home.nextTest.id}/result`, {
      kind: 'urine',
      outcome: 'negative',
      date: '2026-11-29',
      collectorIds: [ids.lst_officer!, ids.lst_police!],
    });
    const after = await p.api.ok('GET', '/api/m/home');
    expect(after.nextTest).toMatchObject({
      status: 'upcoming',
      windowStart: '2026-12-01',
      lastDay: '2026-12-31',
    });
  });

  it('before 报到: the measure with its report deadline, no progress and no test', async () => {
    const p = await appPerson(t, officer, { receivedDate: '2026-11-25' });
    const home = await p.api.ok('GET', '/api/m/home');
    expect(home.measure).toMatchObject({
      status: 'pending_report',
      termStart: null,
      progressPercent: null,
      daysLeft: null,
      reportDeadline: expect.stringMatching(/^2026-12-/),
    });
    expect(home.nextTest).toBeNull();
  });

  it('a person with no measure gets an empty home, and only their own', async () => {
    const p = await appPerson(t, officer);
    const other = await appPerson(t, officer, { receivedDate: '2026-10-01', reported: true });
    await t.app.services.notifications.notify(t.db, {
      personId: other.personId,
      kind: 'x',
      title: '别人的',
      body: '',
    });
    const home = await p.api.ok('GET', '/api/m/home');
    expect(home).toMatchObject({ person: { id: p.personId }, measure: null, nextTest: null, unread: 0 });
  });

  it('refuses staff and signed-out callers', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/m/home', headers: { cookie: officer } })).statusCode,
    ).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/m/home' })).statusCode).toBe(401);
  });

  it('lists what the modules report due, soonest first, and survives a failing module', async () => {
    const p = await appPerson(t, officer);
    const home = createHomeService({
      repo: createHomeRepo(t.db),
      clock: t.clock,
      measures: t.app.services.measures,
      notifications: t.app.services.notifications,
      dueProviders: [
        async () => [
          {
            kind: 'checkin',
            title: '在线报到',
            detail: '本月报到',
            date: '2026-12-05',
            link: '/m/checkins',
            urgent: false,
          },
        ],
        async () => {
          throw new Error('module down');
        },
        async (personId) => [
          {
            kind: 'appointment',
            title: `预约 ${personId.slice(0, 4)}`,
            detail: '检测',
            date: '2026-12-01',
            link: '/m/appointments',
            urgent: true,
          },
        ],
      ],
    });
    const got = await home.get({ personId: p.personId, name: '某人' });
    expect(got.due.map((d) => d.kind)).toEqual(['appointment', 'checkin']);
  });
});
