import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchInPage } from './support/api.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { openPhone, type AppPerson } from './support/phone.ts';
import { openProduct } from './support/product.ts';
import { LoginPage } from './pages/console.ts';

let product: Awaited<ReturnType<typeof openProduct>>;
let console_: Page;
let phone: { context: BrowserContext; page: Page; person: AppPerson };
let courseId: string;

const TITLE = '社区戒毒须知（测试）';

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0' });
  console_ = product.page;
});
afterAll(async () => {
  await phone?.context.close();
  await product?.close();
});

const shot = (page: Page, name: string) =>
  page.screenshot({
    path: path.join(SHOTS_DIR, `learning-${name}.png`),
    fullPage: name.startsWith('console'),
  });

describe('在线学习', () => {
  it('an officer writes a course with a lesson and a quiz, saves the draft and publishes it', async () => {
    const page = console_;
    await new LoginPage(page).signIn(product.server.url, 'lst_officer', 'Taobo@2026');
    await page.getByRole('menuitem', { name: '在线学习' }).click();
    await page.getByRole('cell', { name: /毒品的危害/ }).waitFor(); // the starter courses are there
    await page.getByRole('button', { name: '新建课程' }).click();

    await page.locator('#course-title').fill(TITLE);
    await page.locator('#course-category').click();
    await page.locator('.ant-select-item-option[title="法律法规"]').click();
    await page.locator('#course-hours').fill('2');
    await page.getByRole('button', { name: '添加课节' }).click();
    await page.getByLabel('课节标题 1').fill('报到与请假');
    await page
      .getByLabel('正文 1')
      .fill('# 15 日内报到\n\n收到决定书后 **15 日内** 报到。\n\n- 外出 3 日以上须请假\n- 按时检测');
    await page.getByRole('button', { name: '添加测验' }).click();
    await page.getByLabel('题目 1').fill('收到决定书后多少日内报到？');
    await page.getByLabel('第 1 题 选项 1').fill('15 日');
    await page.getByLabel('第 1 题 选项 2').fill('60 日');

    // The preview renders the lesson as staff wrote it.
    await page.getByRole('button', { name: /预\s*览/ }).click();
    const preview = page.getByTestId('course-preview');
    await preview.getByRole('heading', { name: '15 日内报到' }).waitFor();
    await expect(preview.locator('strong', { hasText: '15 日内' }).count()).resolves.toBe(1);
    await shot(page, 'console-preview');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/learning\/[0-9a-f-]{36}$/);
    courseId = page.url().split('/').pop()!;
    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    await page.getByText('已发布，辖区内人员现在可以学习').waitFor();
    await shot(page, 'console-editor');

    await page.goto(`${product.server.url}/learning`);
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText('已发布').waitFor();
    await shot(page, 'console-list');
  });

  it('the person reads it on the phone, passes the quiz and is credited the hours', async () => {
    phone = await openPhone(product, { name: '学习测试' });
    const page = phone.page;
    await page.goto('/m/learning');
    await page.getByText(TITLE).click();
    await page.getByRole('button', { name: '开始学习' }).click();
    await page.getByRole('heading', { name: '报到与请假' }).waitFor();
    await page.getByText('外出 3 日以上须请假').waitFor();
    await page.locator('.lesson-end').scrollIntoViewIfNeeded();
    await page.getByText(/读完《报到与请假》：已提交/).waitFor();

    // A wrong answer first: the result comes at once and a retry is offered.
    await page.getByText('60 日').click();
    await page.getByRole('button', { name: '提交答案' }).click();
    await page.getByText(/答对 0\/1 题，未及格/).waitFor();
    await shot(page, 'phone-quiz-failed');
    await page.getByRole('button', { name: '重新作答' }).click();
    await page.getByText('15 日', { exact: true }).click();
    await page.getByRole('button', { name: '提交答案' }).click();
    await page.getByText(/答对 1\/1 题，测验通过！/).waitFor();
    await page.getByText('课程已全部完成，记 2 学时。').waitFor();
    await page.getByText('本课节已完成').waitFor();
    await shot(page, 'phone-quiz-passed');

    await page.goto('/m/learning');
    const summary = page.getByLabel('学习汇总');
    await summary.getByText('已获学时').waitFor();
    await expect(summary.locator('strong').first().textContent()).resolves.toBe('2');
    await shot(page, 'phone-list');

    // A starter course, as shipped.
    await page.locator('.adm-list-item', { hasText: '预防复吸' }).click();
    await page.getByRole('heading', { name: '预防复吸' }).waitFor();
    await shot(page, 'phone-starter-course');
    await page.getByText('第一课 认识诱因和高危情境').click();
    await page.getByRole('heading', { name: '复吸往往有迹可循' }).waitFor();
    await shot(page, 'phone-starter-lesson');
  });

  it('staff see the hours on the person’s file', async () => {
    const page = console_;
    await page.goto(`${product.server.url}/persons/${phone.person.personId}?tab=learning`);
    const tab = page.getByTestId('person-learning');
    await tab.getByText(TITLE).waitFor();
    await tab.getByText('已完成').waitFor();
    await shot(page, 'console-person-tab');

    await page.goto(`${product.server.url}/learning/stats`);
    const row = page.getByTestId('learning-stats').getByRole('row', { name: new RegExp(TITLE) });
    await expect(row.getByRole('cell').nth(4).textContent()).resolves.toBe('1'); // learners
    await expect(row.getByRole('cell').nth(5).textContent()).resolves.toBe('1'); // completions
    await shot(page, 'console-stats');
  });

  it('a downloaded course opens offline', async () => {
    const page = phone.page;
    // The service worker takes control after the first visit; this visit's files pass through it.
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 30_000 });
    await page.goto(`/m/learning/${courseId}`);
    await page.getByRole('button', { name: '下载离线学习' }).click();
    await page.getByRole('button', { name: /已下载，可离线学习/ }).waitFor();
    await page.goto(`/m/learning/${courseId}/${await firstLessonId(page)}`);
    await page.getByRole('heading', { name: '报到与请假' }).waitFor();

    await phone.context.setOffline(true);
    try {
      await page.goto(`/m/learning/${courseId}`);
      await page.getByRole('heading', { name: TITLE }).waitFor();
      await page.getByText('报到与请假').click();
      await page.getByText('外出 3 日以上须请假').waitFor();
      await shot(page, 'phone-offline');
    } finally {
      await phone.context.setOffline(false);
    }
  });

  it('a lesson read offline is queued, shown as 待发送, and counted once the connection returns', async () => {
    const page = phone.page;
    await page.goto('/m/learning');
    await page.getByText('毒品的危害').click();
    await page.getByRole('button', { name: '下载离线学习' }).click();
    await page.getByRole('button', { name: /已下载，可离线学习/ }).waitFor();

    await phone.context.setOffline(true);
    await page.getByText('第二课 毒品对身体和心理的伤害').click();
    await page.getByRole('heading', { name: '毒品对身体的伤害' }).waitFor();
    await page.locator('.lesson-end').scrollIntoViewIfNeeded();
    const note = page.getByText(/读完《第二课 毒品对身体和心理的伤害》：待发送/);
    await note.waitFor();
    await shot(page, 'phone-offline-pending');

    await phone.context.setOffline(false);
    await page.getByText(/读完《第二课 毒品对身体和心理的伤害》：已提交/).waitFor();
    await page.getByText('本课节已完成').waitFor();
    await shot(page, 'phone-offline-synced');
  });
});

async function firstLessonId(page: Page): Promise<string> {
  const course = await fetchInPage<{ lessons: { id: string }[] }>(page, `/api/m/courses/${courseId}`);
  return course.lessons[0]!.id;
}
