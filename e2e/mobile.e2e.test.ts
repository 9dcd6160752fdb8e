import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '@taobo/domain';
import { fetchInPage, ok } from './support/api.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { fixedNow } from './support/clock.ts';
import { APP_PASSWORD, createAppPerson, PHONE_VIEWPORT, staffApi, type AppPerson } from './support/phone.ts';
import { openProduct } from './support/product.ts';

// The person app's shell at 360×640: activation and sign-in through the UI, home, inbox, 我的,
// the service worker keeping the app usable offline, and touch-target sizes.

let product: Awaited<ReturnType<typeof openProduct>>;
let context: BrowserContext;
let page: Page;
let person: AppPerson & { code: string };

// One day for the whole file (server and browsers): the test window below closes "tomorrow" for all of them.
const NOW = fixedNow('09:30');
/** The daily sweep, run now by an administrator (it sends reminders to persons with the app). */
async function runSweep() {
  const admin = await staffApi(product, 'yz_admin');
  try {
    await ok(await admin.request.post('/api/system/sweep', { data: {} }), 'sweep');
  } finally {
    await admin.close();
  }
}

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS_DIR, `mobile-${name}.png`) });

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0', TAOBO_CLOCK: NOW.clock });
  // 报到 a month before the day after tomorrow: the first monthly test window closes tomorrow
  // (its last day), so the daily sweep sends a 检测提醒.
  const received = addMonths(addDays(NOW.today, 2), -1);
  person = await createAppPerson(product, { name: '赵六', receivedDate: received });
  context = await product.newContext({ viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await product?.close();
});

async function expectTouchTarget(locator: Locator, what: string) {
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.height, `${what} height`).toBeGreaterThanOrEqual(44);
  expect(box!.width, `${what} width`).toBeGreaterThanOrEqual(44);
}

describe('洮泊家园 shell', () => {
  it('sends a signed-out person to sign-in; activation with the code signs them in to home', async () => {
    await page.goto('/m/');
    await page.waitForURL(/\/m\/login/);
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await shot('login');

    await page.getByRole('link', { name: '激活账号' }).click();
    await page.getByRole('heading', { name: '激活账号' }).waitFor();
    await page.getByPlaceholder('登记的 11 位手机号').fill(person.phone);
    await page.getByPlaceholder('8 位数字').fill(person.code);
    await page.getByPlaceholder('至少 8 位，含字母和数字').fill(APP_PASSWORD);
    await page.getByPlaceholder('再次输入密码').fill('Different2026');
    await page.getByRole('button', { name: '激活并登录' }).click();
    // Checked on the phone, in Chinese; nothing typed is lost.
    await page.getByText('两次输入的密码不一致').waitFor();
    await shot('activate-mismatch');
    expect(await page.getByPlaceholder('8 位数字').inputValue()).toBe(person.code);
    await page.getByPlaceholder('再次输入密码').fill(APP_PASSWORD);
    await page.getByRole('button', { name: '激活并登录' }).click();

    await page.getByText('赵六，您好').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/m\/?$/);
  });

  it('home shows the measure, progress through the term and the next test with what to do', async () => {
    // Now that the person has the app, the sweep reminds them of the test window closing tomorrow.
    await runSweep();
    await page.reload();
    const measure = page.getByRole('region', { name: '我的措施' });
    await measure.getByText('我的社区戒毒').waitFor();
    await measure.getByText('执行中').waitFor();
    expect(await measure.textContent()).toMatch(/距期满还有 \d+ 天/);
    const test = page.getByRole('region', { name: '下一次检测' });
    await test.getByText('还剩 2 天').waitFor();
    const lastDay = addDays(NOW.today, 1);
    expect(await test.textContent()).toContain(
      `请在 ${Number(lastDay.slice(5, 7))}月${Number(lastDay.slice(8))}日 前完成本期检测`,
    );
    await test.getByRole('button', { name: '预约检测' }).waitFor();
    await page.getByText(/您有 \d+ 条未读消息/).waitFor();
    await shot('home');
  });

  it('has touch targets of at least 44 px: the tab bar and every module entry', async () => {
    for (const name of ['首页', '消息', '我的']) {
      await expectTouchTarget(page.locator('.adm-tab-bar-item', { hasText: name }), `tab ${name}`);
    }
    const entries = page.locator('.module-entry');
    expect(await entries.count()).toBe(7);
    for (const name of ['检测预约', '异地上传', '在线报到', '在线请假', '心理康复', '在线学习', '帮扶申请']) {
      const entry = page.locator('.module-entry', { hasText: name });
      await entry.scrollIntoViewIfNeeded();
      await expectTouchTarget(entry, name);
    }
    await expectTouchTarget(page.getByRole('button', { name: '预约检测' }), '预约检测');
    // One column: nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('the inbox shows the reminder; opening it marks it read and goes where it points', async () => {
    await page.locator('.adm-tab-bar-item', { hasText: '消息' }).click();
    await page.getByText('检测提醒').first().waitFor();
    const item = page.locator('.adm-list-item', { hasText: '检测提醒' });
    expect(await item.textContent()).toContain('逾期未检测将记为未按期检测');
    await shot('inbox');
    await item.click();
    await page.waitForURL(/\/m\/appointments/);
    const inbox = await fetchInPage<{ items: { kind: string; readAt: string | null }[] }>(
      page,
      '/api/m/notifications',
    );
    const reminder = inbox.items.find((i) => i.kind === 'test_due');
    expect(reminder?.readAt).toBeTruthy();
  });

  it('我的 shows the person and the outbox; signing out and in again works through the UI', async () => {
    await page.goto('/m/me');
    await page.getByText('待发送的操作', { exact: true }).waitFor();
    await page.getByText('赵六').waitFor();
    await page.getByText('没有待发送的操作').waitFor();
    await shot('me');
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.locator('.adm-dialog').getByText('退出后需要用手机号和密码重新登录').waitFor();
    await page.locator('.adm-dialog').getByRole('button', { name: '退出', exact: true }).click();
    await page.waitForURL(/\/m\/login/);

    await page.getByPlaceholder('11 位手机号').fill(person.phone);
    await page.getByPlaceholder('密码').fill('wrong-password1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/手机号或密码/);
    await page.getByPlaceholder('密码').fill(APP_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('赵六，您好').waitFor();
  });

  it('offline: shows the banner, and the app shell still opens from the service worker after a reload', async () => {
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller);
    // Open the tabs once online, so their pages are cached as they would be on a real phone.
    await page.locator('.adm-tab-bar-item', { hasText: '我的' }).click();
    await page.getByText('待发送的操作', { exact: true }).waitFor();
    await page.locator('.adm-tab-bar-item', { hasText: '首页' }).click();
    await page.getByText('赵六，您好').waitFor();

    await context.setOffline(true);
    await page.getByText('当前离线，操作将在联网后自动提交').waitFor();
    await shot('offline-banner');

    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await page.getByText('当前离线，操作将在联网后自动提交').waitFor();
    await page.getByText('赵六，您好').waitFor();
    await page.getByText('当前显示的是上次联网时的信息').waitFor();
    await page.getByRole('region', { name: '我的措施' }).getByText('执行中').waitFor();
    await shot('offline-reloaded');
    await page.locator('.adm-tab-bar-item', { hasText: '我的' }).click();
    await page.getByText('待发送的操作', { exact: true }).waitFor();

    await context.setOffline(false);
    await page.getByText('当前离线，操作将在联网后自动提交').waitFor({ state: 'detached' });
  });

  it('serves an installable manifest and a service worker scoped to /m/', async () => {
    const manifest = await page.request.get('/m/manifest.webmanifest');
    expect(manifest.ok()).toBe(true);
    expect(await manifest.json()).toMatchObject({
      name: '洮泊家园',
      display: 'standalone',
      start_url: '/m/',
      icons: expect.arrayContaining([expect.objectContaining({ sizes: '192x192', type: 'image/png' })]),
    });
    const icon = await page.request.get('/m/icon-512.png');
    expect(icon.headers()['content-type']).toBe('image/png');
    // /m goes to /m/ (the worker's scope); app pages get the app, a missing asset a 404.
    const bare = await page.request.get('/m', { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers().location).toBe('/m/');
    const deep = await page.request.get('/m/leave');
    expect(await deep.text()).toContain('<title>洮泊家园</title>');
    expect((await page.request.get('/m/assets/missing.js')).status()).toBe(404);
    const sw = await page.request.get('/m/sw.js');
    expect(sw.headers()['cache-control']).toBe('no-cache');
    expect(sw.headers()['service-worker-allowed']).toBe('/m/');
  });
});
