import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseInput } from '@taobo/contracts';
import { appPerson, newKey } from '../../testing/personApp.ts';
import { apiAs } from '../../testing/supervision.ts';
import { createTestApp, type TestApp } from '../../testing/testApp.ts';
import { ensureStarterCourses, STARTER_COURSES } from './starterCourses/index.ts';

let t: TestApp;
let officer: string; // lst_officer, 梅湾街道 (冷水滩区)
beforeAll(async () => {
  t = await createTestApp();
  officer = await t.login('lst_officer');
});
afterAll(() => t.close());

const quiz = {
  passMark: 2,
  questions: [
    { text: '报到期限？', options: ['7 日', '15 日', '30 日'], answer: 1 },
    { text: '期限从何时起算？', options: ['决定日', '报到日'], answer: 1 },
    { text: '外出几日须报告？', options: ['1 日', '3 日'], answer: 1 },
  ],
};

function courseInput(overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    title: '测试课程',
    summary: '简介',
    category: 'law',
    creditHours: 1.5,
    lessons: [
      { title: '第一课', body: '# 标题\n\n正文 **重点**。' },
      { title: '第二课', body: '- 一\n- 二', quiz },
    ],
    ...overrides,
  };
}

/** A course created (and published, unless told) by `cookie`. */
async function course(cookie: string, opts: { publish?: boolean; input?: Partial<CourseInput> } = {}) {
  const staff = apiAs(t, cookie);
  const c = await staff.ok('POST', '/api/learning/courses', courseInput(opts.input));
  if (opts.publish === false) return c;
  return staff.ok('POST', `/api/learning/courses/${c.id}/publish`);
}

const del = async (cookie: string, url: string) =>
  (await t.app.inject({ method: 'DELETE', url, headers: { cookie } })).statusCode;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

function upload(cookie: string, courseId: string, bytes: Buffer, filename = 'f.bin') {
  const boundary = '----taobo' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/learning/courses/${courseId}/media`,
    headers: {
      cookie,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'sec-fetch-site': 'same-origin',
    },
    payload: body,
  });
}

describe('starter courses', () => {
  it('are present and published after start, and seeding again adds nothing', async () => {
    const rows = await t.db
      .selectFrom('courses')
      .select(['starter_key', 'status', 'scope_path'])
      .where('starter_key', 'is not', null)
      .execute();
    expect(rows.map((r) => r.starter_key).sort()).toEqual(STARTER_COURSES.map((s) => s.key).sort());
    expect(rows.every((r) => r.status === 'published' && r.scope_path === '4311')).toBe(true);
    expect(await ensureStarterCourses(t.db, t.clock)).toBe(0);
    const again = await t.db
      .selectFrom('courses')
      .select('id')
      .where('starter_key', 'is not', null)
      .execute();
    expect(again).toHaveLength(STARTER_COURSES.length);
  });

  it('each has 2–4 lessons and a 3–5 question quiz with a valid key', () => {
    for (const s of STARTER_COURSES) {
      expect(s.lessons.length).toBeGreaterThanOrEqual(2);
      expect(s.lessons.length).toBeLessThanOrEqual(4);
      const quizzes = s.lessons.flatMap((l) => (l.quiz ? [l.quiz] : []));
      expect(quizzes).toHaveLength(1);
      const q = quizzes[0]!;
      expect(q.questions.length).toBeGreaterThanOrEqual(3);
      expect(q.questions.length).toBeLessThanOrEqual(5);
      expect(q.passMark).toBeLessThanOrEqual(q.questions.length);
      for (const question of q.questions) expect(question.options[question.answer]).toBeDefined();
    }
  });

  it('reach a person anywhere in the city', async () => {
    const p = await appPerson(t, officer);
    const list = await p.api.ok('GET', '/api/m/courses');
    const titles = list.items.map((i: { title: string }) => i.title);
    for (const s of STARTER_COURSES) expect(titles).toContain(s.title);
  });
});

describe('staff editing', () => {
  it('only course:manage may write; others get 403', async () => {
    for (const username of ['lst_police', 'lst_social', 'lst_counsellor', 'yz_leader']) {
      const cookie = await t.login(username);
      const res = await apiAs(t, cookie).call('POST', '/api/learning/courses', courseInput());
      expect(res.status, username).toBe(403);
      expect((await apiAs(t, cookie).call('GET', '/api/learning/courses')).status, username).toBe(403);
    }
  });

  it('validates with Chinese messages (quiz key and pass mark)', async () => {
    const res = await apiAs(t, officer).call('POST', '/api/learning/courses', {
      ...courseInput(),
      lessons: [
        {
          title: '课',
          body: 'x',
          quiz: { passMark: 5, questions: [{ text: '题', options: ['A', 'B'], answer: 3 }] },
        },
      ],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/正确答案须是该题的一个选项|及格题数不能多于题目数/);
  });

  it('keeps a lesson id (and its progress) across saves, and orders lessons as sent', async () => {
    const staff = apiAs(t, officer);
    const c = await course(officer);
    const [l1, l2] = c.lessons;
    const saved = await staff.ok('PUT', `/api/learning/courses/${c.id}`, {
      ...courseInput(),
      lessons: [{ ...l2 }, { title: '新课节', body: '新' }, { ...l1 }],
    });
    expect(saved.lessons.map((l: { id: string }) => l.id)).toEqual([l2.id, saved.lessons[1].id, l1.id]);
    expect(saved.lessons[1].id).not.toBe(l1.id);
  });

  it('cannot publish an empty course; unpublish hides it; a studied course cannot be deleted', async () => {
    const staff = apiAs(t, officer);
    const empty = await staff.ok('POST', '/api/learning/courses', courseInput({ lessons: [] }));
    expect((await staff.call('POST', `/api/learning/courses/${empty.id}/publish`)).status).toBe(409);
    expect(await del(officer, `/api/learning/courses/${empty.id}`)).toBe(204);

    const c = await course(officer);
    const p = await appPerson(t, officer);
    await p.api.ok('POST', `/api/m/courses/${c.id}/lessons/${c.lessons[0].id}/progress`, { read: true });
    expect(await del(officer, `/api/learning/courses/${c.id}`)).toBe(409);
    await staff.ok('POST', `/api/learning/courses/${c.id}/unpublish`);
    expect(await del(officer, `/api/learning/courses/${c.id}`)).toBe(409);
    expect((await p.api.call('GET', `/api/m/courses/${c.id}`)).status).toBe(404);
  });

  it('a township officer sees the city courses read-only and cannot edit them', async () => {
    const list = await apiAs(t, officer).ok('GET', '/api/learning/courses?pageSize=100');
    const starter = list.items.find((i: { starter: boolean }) => i.starter);
    expect(starter.editable).toBe(false);
    const res = await apiAs(t, officer).call('PUT', `/api/learning/courses/${starter.id}`, courseInput());
    expect(res.status).toBe(403);
  });

  it('is audited', async () => {
    const c = await course(officer);
    const actions = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', c.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['course.create', 'course.publish']);
  });

  it('lists with search, filter and pagination', async () => {
    const staff = apiAs(t, officer);
    await course(officer, { input: { title: '搜索用课程甲' }, publish: false });
    await course(officer, { input: { title: '搜索用课程乙' }, publish: false });
    const page = await staff.ok('GET', `/api/learning/courses?q=${encodeURIComponent('搜索用')}&pageSize=1`);
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    const drafts = await staff.ok(
      'GET',
      `/api/learning/courses?q=${encodeURIComponent('搜索用')}&status=published`,
    );
    expect(drafts.total).toBe(0);
  });
});

describe('what a person sees', () => {
  it('drafts are invisible; a course reaches only the persons in its area', async () => {
    const draft = await course(officer, { publish: false });
    const mine = await course(officer); // 梅湾街道
    const sp = await t.login('sp_officer');
    const other = await course(sp); // 双牌县 泷泊镇
    const p = await appPerson(t, officer);
    const ids = (await p.api.ok('GET', '/api/m/courses')).items.map((i: { id: string }) => i.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(other.id);
    expect((await p.api.call('GET', `/api/m/courses/${draft.id}`)).status).toBe(404);
    expect((await p.api.call('GET', `/api/m/courses/${other.id}`)).status).toBe(404);
    const write = await p.api.call(
      'POST',
      `/api/m/courses/${other.id}/lessons/${other.lessons[0].id}/progress`,
      {
        read: true,
      },
    );
    expect(write.status).toBe(404);
  });

  it('the quiz comes without its answers', async () => {
    const c = await course(officer);
    const p = await appPerson(t, officer);
    const detail = await p.api.ok('GET', `/api/m/courses/${c.id}`);
    expect(JSON.stringify(detail.lessons[1].quiz)).not.toContain('answer');
  });

  it('staff cookies do not open the app routes, nor the app cookie staff routes', async () => {
    const p = await appPerson(t, officer);
    expect((await apiAs(t, officer).call('GET', '/api/m/courses')).status).toBe(401);
    expect((await p.api.call('GET', '/api/learning/courses')).status).toBe(401);
  });
});

describe('progress and hours', () => {
  it('scores the quiz at the pass mark boundary, allows a retry, and credits the hours once', async () => {
    const c = await course(officer);
    const p = await appPerson(t, officer);
    const [l1, l2] = c.lessons;
    const read = await p.api.ok('POST', `/api/m/courses/${c.id}/lessons/${l1.id}/progress`, { read: true });
    expect(read.lesson.completed).toBe(true);
    expect(read.courseCompleted).toBe(false);

    const fail = await p.api.ok('POST', `/api/m/courses/${c.id}/lessons/${l2.id}/quiz`, {
      answers: [1, 0, 0],
    });
    expect(fail).toMatchObject({
      correct: 1,
      total: 3,
      passMark: 2,
      passed: false,
      marks: [true, false, false],
    });
    expect(fail.lesson.completed).toBe(false);
    expect(fail.hoursCredited).toBe(0);

    const pass = await p.api.ok('POST', `/api/m/courses/${c.id}/lessons/${l2.id}/quiz`, {
      answers: [1, 1, 0],
    });
    expect(pass).toMatchObject({ correct: 2, passed: true, courseCompleted: true, hoursCredited: 1.5 });
    expect(pass.lesson.quizAttempts).toBe(2);
    expect(pass.hoursEarned).toBe(1.5);

    // Passing again credits nothing more.
    const again = await p.api.ok('POST', `/api/m/courses/${c.id}/lessons/${l2.id}/quiz`, {
      answers: [1, 1, 1],
    });
    expect(again.hoursCredited).toBe(0);
    expect(again.hoursEarned).toBe(1.5);

    const list = await p.api.ok('GET', '/api/m/courses');
    const item = list.items.find((i: { id: string }) => i.id === c.id);
    expect(item.completedAt).not.toBeNull();
    expect(list.hoursEarned).toBe(1.5);
    const inbox = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('person_id', '=', p.personId)
      .execute();
    expect(inbox.filter((n) => n.kind === 'learning')).toHaveLength(1);
  });

  it('a replayed progress write answers the first result and does not credit twice', async () => {
    const c = await course(officer, { input: { lessons: [{ title: '唯一课节', body: '正文' }] } });
    const p = await appPerson(t, officer);
    const url = `/api/m/courses/${c.id}/lessons/${c.lessons[0].id}/progress`;
    const key = newKey();
    const first = await p.api.call('POST', url, { read: true }, { key });
    const replay = await p.api.call('POST', url, { read: true }, { key });
    expect(first.body.hoursCredited).toBe(1.5);
    expect(replay.replayed).toBe(true);
    expect(replay.body).toEqual(first.body);
    // A second write with a new key (a resend from another device) credits nothing either.
    const other = await p.api.ok('POST', url, { read: true }, { key: newKey() });
    expect(other.hoursCredited).toBe(0);
    const rows = await t.db
      .selectFrom('course_completions')
      .selectAll()
      .where('person_id', '=', p.personId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('a video lesson needs 90% watched', async () => {
    const staff = apiAs(t, officer);
    const c = await course(officer, { publish: false });
    const webm = Buffer.from(
      '1a45dfa3a34286810142f7810142f2810442f381084282847765626d42878102428581021853806701000000000000',
      'hex',
    );
    const media = await upload(officer, c.id, webm, 'v.webm');
    expect(media.statusCode).toBe(201);
    expect(media.json()).toMatchObject({ kind: 'video', mime: 'video/webm' });
    const lessons = c.lessons.map((l: object) => l);
    lessons[0] = { ...lessons[0], videoMediaId: media.json().id };
    await staff.ok('PUT', `/api/learning/courses/${c.id}`, { ...courseInput(), lessons });
    await staff.ok('POST', `/api/learning/courses/${c.id}/publish`);
    const p = await appPerson(t, officer);
    const url = `/api/m/courses/${c.id}/lessons/${c.lessons[0].id}/progress`;
    expect((await p.api.ok('POST', url, { read: true, videoPercent: 89 })).lesson.completed).toBe(false);
    const done = await p.api.ok('POST', url, { videoPercent: 90 });
    expect(done.lesson).toMatchObject({ completed: true, videoPercent: 90 });
    // A lower figure later never lowers the furthest point.
    expect((await p.api.ok('POST', url, { videoPercent: 10 })).lesson.videoPercent).toBe(90);
    const detail = await p.api.ok('GET', `/api/m/courses/${c.id}`);
    expect(detail.mediaIds).toEqual([media.json().id]);
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/m/learning/media/${media.json().id}`,
      headers: { cookie: p.cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('video/webm');
    expect(file.headers['cache-control']).toContain('max-age');
  });

  it('staff see a person’s hours in their jurisdiction only, and per-course statistics', async () => {
    const c = await course(officer, { input: { lessons: [{ title: '唯一课节', body: '正文' }] } });
    const p = await appPerson(t, officer);
    await p.api.ok('POST', `/api/m/courses/${c.id}/lessons/${c.lessons[0].id}/progress`, { read: true });

    const record = await apiAs(t, officer).ok('GET', `/api/persons/${p.personId}/learning`);
    expect(record).toMatchObject({ hours: 1.5, completedCount: 1 });
    expect(record.courses[0]).toMatchObject({ id: c.id, lessonsDone: 1, lessonCount: 1, hoursCredited: 1.5 });
    const audited = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', p.personId)
      .where('action', '=', 'person.learning_view')
      .execute();
    expect(audited).toHaveLength(1);

    const sp = await t.login('sp_officer');
    expect((await apiAs(t, sp).call('GET', `/api/persons/${p.personId}/learning`)).status).toBe(404);
    const spStats = await apiAs(t, sp).ok('GET', '/api/learning/stats');
    expect(spStats.items.find((i: { id: string }) => i.id === c.id)).toBeUndefined();
    expect(spStats.totalCompletions).toBe(0);

    const stats = await apiAs(t, officer).ok('GET', '/api/learning/stats');
    expect(stats.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({
      learners: 1,
      completions: 1,
    });
  });
});

describe('media', () => {
  it('checks files by content and size', async () => {
    const c = await course(officer, { publish: false });
    const png = await upload(officer, c.id, PNG, 'cover.mp4');
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({ kind: 'image', mime: 'image/png' });

    const text = await upload(officer, c.id, Buffer.from('<script>alert(1)</script>'), 'evil.png');
    expect(text.statusCode).toBe(415);
    expect(text.json().message).toContain('不支持的文件类型');

    const bigImage = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const tooBig = await upload(officer, c.id, bigImage, 'big.png');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().message).toContain('2 MB');

    const hugeVideo = Buffer.alloc(20 * 1024 * 1024 + 10);
    expect((await upload(officer, c.id, hugeVideo, 'huge.mp4')).statusCode).toBe(413);
  });

  it('draft media is not served to persons; staff out of the course’s area cannot upload', async () => {
    const c = await course(officer, { publish: false });
    const png = (await upload(officer, c.id, PNG)).json();
    const p = await appPerson(t, officer);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/m/learning/media/${png.id}`,
      headers: { cookie: p.cookie },
    });
    expect(res.statusCode).toBe(404);
    const staffRes = await t.app.inject({
      method: 'GET',
      url: `/api/learning/media/${png.id}`,
      headers: { cookie: officer },
    });
    expect(staffRes.statusCode).toBe(200);
    const sp = await t.login('sp_officer');
    expect((await upload(sp, c.id, PNG)).statusCode).toBe(404);
  });

  it('a lesson may name only images uploaded to its own course', async () => {
    const a = await course(officer, { publish: false });
    const b = await course(officer, { publish: false });
    const png = (await upload(officer, a.id, PNG)).json();
    const res = await apiAs(t, officer).call('PUT', `/api/learning/courses/${b.id}`, {
      ...courseInput(),
      lessons: [{ title: '课', body: `![图](media:${png.id})` }],
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('图片须先上传到本课程');
  });
});
