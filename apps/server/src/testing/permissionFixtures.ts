import { DEMO_ACCOUNTS } from '../seed/demo.ts';
import { multipart, TINY_PNG } from './multipart.ts';
import { appPerson } from './personApp.ts';
import { apiAs, staffIds } from './supervision.ts';
import { personInput, type TestApp } from './testApp.ts';

/**
 * What the permission matrix (platform/permissions.int.test.ts) calls its routes on: one of
 * everything, made once, through the API where the API makes it. The test clock stands on
 * Sunday 2026-11-29, 10:00 in Asia/Shanghai.
 *
 * - `person` (A) is in 梅湾街道 (lst_officer's township), on lst_grid's and lst_social's caseload,
 *   with a reported 社区戒毒 measure and the person app; everything below is A's.
 * - `otherPerson` (B) is another app user in 梅湾街道, not on lst_social's caseload: the
 *   "someone else's record" for person-app routes.
 * - `plainPerson` has a file only: no measure, no app account, no counselling.
 */
export async function permissionFixtures(t: TestApp) {
  const cookies: Record<string, string> = {};
  for (const a of DEMO_ACCOUNTS) cookies[a.username] = await t.login(a.username);
  const ids = await staffIds(t);
  const officer = apiAs(t, cookies.lst_officer!);
  const admin = apiAs(t, cookies.lst_admin!);
  const counsellor = apiAs(t, cookies.lst_counsellor!);
  // A second counsellor of the county: lst_counsellor's bookings and notes are none of theirs.
  await admin.ok('POST', '/api/staff', {
    username: 'other_counsellor',
    displayName: '郑咨询师',
    role: 'counsellor',
    orgUnitId: '431103',
    password: 'Start2027pw',
  });
  // A new account must change its password before anything else.
  cookies.other_counsellor = await t.login('other_counsellor', 'Start2027pw');
  await apiAs(t, cookies.other_counsellor).ok('POST', '/api/auth/password', {
    currentPassword: 'Start2027pw',
    newPassword: 'Matrix2027pw',
  });

  const a = await appPerson(t, cookies.lst_officer!, {
    receivedDate: '2026-11-20',
    reported: true,
    person: { gridWorkerId: ids.lst_grid, socialWorkerId: ids.lst_social },
  });
  const b = await appPerson(t, cookies.lst_officer!, { receivedDate: '2026-11-20', reported: true });
  const plain = await officer.ok('POST', '/api/persons', personInput({ name: '钱五' }));
  const measureId = a.measureId!;

  // Who sends a request as a file upload needs its multipart body.
  const send = async (
    cookie: string,
    url: string,
    method: 'POST' | 'PUT',
    body: ReturnType<typeof multipart>,
  ) => {
    const res = await t.app.inject({
      method,
      url,
      headers: { cookie, 'content-type': body.contentType, 'sec-fetch-site': 'same-origin' },
      payload: body.payload,
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const png = (field: string) => ({ field, bytes: TINY_PNG, type: 'image/png', filename: `${field}.png` });

  await send(cookies.lst_officer!, `/api/persons/${a.personId}/photo`, 'PUT', multipart({}, [png('file')]));

  // Tests and violations.
  const { tests } = await officer.ok('GET', `/api/measures/${measureId}/tests`);
  const testId: string = tests.find((x: { status: string }) => x.status === 'due').id;
  // A candidate violation, as the daily sweep records one for a missed window.
  const violation = await t.db
    .insertInto('violations')
    .values({
      measure_id: measureId,
      person_id: a.personId,
      kind: 'evasion',
      status: 'candidate',
      date: '2026-11-25',
      test_id: null,
      absence_id: null,
      reason: null,
      dedupe_key: `matrix:${measureId}`,
      decided_by: null,
      decided_at: null,
      created_at: t.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  // The county's test policy, to put back as it is.
  const { countyId: _c, updatedAt: _u, ...testPolicy } = await admin.ok('GET', '/api/test-policies/431103');

  // A station with a Monday slot, a closed day, and A's booking for Monday.
  const stationInput = { name: '梅湾街道检测站', orgUnitId: '431103001', address: '冷水滩区梅湾路 18 号' };
  const station = await officer.ok('POST', '/api/stations', stationInput);
  const withSlots = await officer.ok('PUT', `/api/stations/${station.id}/slots`, {
    slots: [{ weekday: 1, start: '09:00', end: '11:00', capacity: 5 }],
  });
  const slot = withSlots.slots[0];
  await officer.ok('POST', `/api/stations/${station.id}/closures`, {
    date: '2026-12-07',
    reason: '设备检修',
  });
  const appointment = await a.api.ok('POST', '/api/m/appointments', { slotId: slot.id, date: '2026-11-30' });
  // A station in 双牌县: not one A may book.
  const sp = apiAs(t, cookies.sp_officer!);
  const farStation = await sp.ok('POST', '/api/stations', {
    name: '泷泊镇检测站',
    orgUnitId: '431123100',
    address: '双牌县泷泊镇',
  });
  const farSlots = await sp.ok('PUT', `/api/stations/${farStation.id}/slots`, {
    slots: [{ weekday: 1, start: '09:00', end: '11:00', capacity: 5 }],
  });

  // Remote tests: A may test remotely and has uploaded once; B has a permission to revoke.
  const remote = { from: '2026-11-25', to: '2026-12-31', reason: '在广东东莞务工' };
  await officer.ok('POST', `/api/persons/${a.personId}/remote-permissions`, remote);
  const bPermission = await officer.ok('POST', `/api/persons/${b.personId}/remote-permissions`, remote);
  const upload = await send(
    a.cookie,
    '/api/m/uploads',
    'POST',
    multipart({ deviceTime: '2026-11-29T02:00:00.000Z' }, [png('cassette'), png('selfie')]),
  );
  const { items: notifications } = await a.api.ok('GET', '/api/m/notifications');

  // Counselling: two weekly times (one to withdraw), A's booking for Wednesday, and A's PHQ-9 with an alert.
  const weekly = { kind: 'weekly', startTime: '10:00', durationMinutes: 50, mode: 'phone' };
  const availability = await counsellor.ok('POST', '/api/counselling/availability', {
    ...weekly,
    weekday: 3,
  });
  const spareAvailability = await counsellor.ok('POST', '/api/counselling/availability', {
    ...weekly,
    weekday: 4,
  });
  const booking = await a.api.ok('POST', '/api/m/counselling/bookings', {
    availabilityId: availability.id,
    date: '2026-12-02',
  });
  const screening = await a.api.ok('POST', '/api/m/counselling/screenings', {
    instrument: 'phq9',
    answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
  });

  // 帮扶: A's application with one attachment (it opens a task for staff).
  const application = await send(
    a.cookie,
    '/api/m/assistance',
    'POST',
    multipart({ type: 'skills_training', description: '想参加电工培训，考取电工证后找一份稳定工作。' }, [
      png('file1'),
    ]),
  );
  const otherApplication = await send(
    b.cookie,
    '/api/m/assistance',
    'POST',
    multipart({ type: 'employment', description: '希望介绍一份稳定的工作，能够养家糊口。' }, [png('file1')]),
  );
  const task = await t.db
    .selectFrom('tasks')
    .select('id')
    .where('person_id', '=', a.personId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();

  // Learning: a published course with an image, a draft to delete, a published one to unpublish.
  const course = {
    title: '社区戒毒须知',
    summary: '',
    category: 'law',
    creditHours: 1,
    lessons: [
      { title: '第一课', body: '报到与协议。' },
      {
        title: '第二课',
        body: '外出须报告。',
        quiz: {
          questions: [{ text: '外出几日须报告？', options: ['1 日', '3 日'], answer: 1 }],
          passMark: 1,
        },
      },
    ],
  };
  const main = await officer.ok('POST', '/api/learning/courses', course);
  const media = await send(
    cookies.lst_officer!,
    `/api/learning/courses/${main.id}/media`,
    'POST',
    multipart({}, [png('file')]),
  );
  const courseUpdate = {
    ...course,
    coverMediaId: media.id,
    lessons: course.lessons.map((l, i) => ({ ...l, id: main.lessons[i].id })),
  };
  await officer.ok('PUT', `/api/learning/courses/${main.id}`, courseUpdate);
  await officer.ok('POST', `/api/learning/courses/${main.id}/publish`);
  const draft = await officer.ok('POST', '/api/learning/courses', { ...course, title: '待删除的课程' });
  const toUnpublish = await officer.ok('POST', '/api/learning/courses', { ...course, title: '待下架的课程' });
  await officer.ok('POST', `/api/learning/courses/${toUnpublish.id}/publish`);
  // Never published: no person sees it, nor its media.
  const hidden = await officer.ok('POST', '/api/learning/courses', { ...course, title: '未发布的课程' });
  const hiddenMedia = await send(
    cookies.lst_officer!,
    `/api/learning/courses/${hidden.id}/media`,
    'POST',
    multipart({}, [png('file')]),
  );
  const starter = await t.db
    .selectFrom('courses')
    .select('id')
    .where('starter_key', 'is not', null)
    .executeTakeFirstOrThrow();

  // 在线报到 with a selfie.
  const checkinAnswers = {
    mood: 'good',
    work: 'employed',
    needs: [],
    callback: false,
    location: { status: 'ok', latitude: 26.4208, longitude: 111.6132, accuracy: 35 },
  };
  const checkin = await send(
    a.cookie,
    '/api/m/checkins',
    'POST',
    multipart({ answers: JSON.stringify(checkinAnswers) }, [png('selfie')]),
  );

  // 外出报告: A's report (the law's default: no approval), not yet acknowledged.
  const leave = await a.api.ok('POST', '/api/m/leave', {
    destination: '广东省东莞市',
    from: '2026-12-05',
    to: '2026-12-10',
    reason: '探望生病的母亲',
  });

  return {
    cookies,
    ids,
    png,
    person: { id: a.personId, phone: a.phone, cookie: a.cookie },
    otherPerson: { id: b.personId, phone: b.phone, cookie: b.cookie },
    plainPersonId: plain.id as string,
    measureId,
    testId,
    violationId: violation.id,
    taskId: task.id,
    testPolicy,
    stationInput,
    stationId: station.id as string,
    slotId: slot.id as string,
    closedDay: '2026-12-07',
    appointmentId: appointment.id as string,
    farStationId: farStation.id as string,
    farSlotId: farSlots.slots[0].id as string,
    uploadId: upload.id as string,
    remotePermissionId: bPermission.id as string,
    notificationId: notifications[0].id as string,
    availabilityId: availability.id as string,
    spareAvailabilityId: spareAvailability.id as string,
    bookingId: booking.id as string,
    screeningId: screening.id as string,
    applicationId: application.id as string,
    attachmentId: application.attachments[0].id as string,
    otherAttachmentId: otherApplication.attachments[0].id as string,
    course,
    courseUpdate,
    courseId: main.id as string,
    lessonIds: main.lessons.map((l: { id: string }) => l.id) as string[],
    mediaId: media.id as string,
    draftCourseId: draft.id as string,
    publishedCourseId: toUnpublish.id as string,
    hiddenCourseId: hidden.id as string,
    hiddenLessonId: hidden.lessons[0].id as string,
    hiddenMediaId: hiddenMedia.id as string,
    starterCourseId: starter.id,
    checkinAnswers,
    checkinId: checkin.id as string,
    leaveId: leave.id as string,
  };
}
export type PermissionFixtures = Awaited<ReturnType<typeof permissionFixtures>>;
