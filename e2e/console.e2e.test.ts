import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@taobo/domain';
import { ok } from './support/api.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { openProduct } from './support/product.ts';
import type { RunningServer } from './support/server.ts';
import { LoginPage, PersonFormPage, PersonListPage } from './pages/console.ts';

let product: Awaited<ReturnType<typeof openProduct>>;
let server: RunningServer;
let page: Page;

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '200' });
  ({ server, page } = product);
});

afterAll(() => product?.close());

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS_DIR, `console-${name}.png`) });

describe('a township officer in the console', () => {
  const first17 = '43110319870412071';
  const idNumber = first17 + idNumberCheckChar(first17);
  const name = '闻人测验';

  it('signs in, creates a person, finds them by pinyin initials, opens the file and sees the audit entry', async () => {
    await new LoginPage(page).signIn(server.url, 'lst_officer', 'Taobo@2026');
    await expect.poll(() => page.locator('header').innerText()).toContain('李专干');

    // Create a person.
    await page.getByRole('menuitem', { name: '人员档案' }).click();
    await page.getByRole('button', { name: '新建档案' }).click();
    const form = new PersonFormPage(page);
    await form.fill({ name, idNumber, phone: '13974600001', orgUnitSearch: '梅湾', orgUnitName: '梅湾街道' });
    await expect.poll(() => page.locator('[data-testid="id-derived"]').innerText()).toContain('1987-04-12');
    await shot('1-form');
    await form.save();
    await page.locator('[data-testid="person-name"]', { hasText: name }).waitFor();

    // Find them by pinyin initials.
    const list = new PersonListPage(page);
    await list.open(server.url);
    await list.search('wrcy');
    await expect.poll(() => list.rows().count()).toBe(1);
    const row = list.rows().first();
    expect(await row.innerText()).toContain(name);
    expect(await row.innerText()).toContain(`431***********${idNumber.slice(-4)}`);
    expect(await row.innerText()).not.toContain(idNumber);
    await shot('2-search');

    // Open the file.
    await row.getByText(name).click();
    await page.locator('[data-testid="person-name"]', { hasText: name }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(idNumber);

    // Give the file a photo: the upload is checked by content on the server and shown back.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    await page
      .locator('[data-testid="person-photo"] input[type="file"]')
      .setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: png });
    await page.locator('[data-testid="person-photo"] img').waitFor();
    await shot('3-file-with-photo');

    // Give the person their 洮泊家园 account: a one-time code, which they use in the app.
    await page.locator('[data-testid="issue-activation-code"]').click();
    const code = (await page.locator('[data-testid="activation-code"]').innerText()).trim();
    expect(code).toMatch(/^\d{8}$/);
    await page.getByRole('dialog').getByRole('button').last().click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0); // closed, animation done
    const activated = await fetch(`${server.url}/api/m/auth/activate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: '13974600001', code, password: 'Wenren2026', device: 'Android 浏览器' }),
    });
    expect(activated.status).toBe(200);
    await page.reload();
    const account = page.locator('[data-testid="app-account"]');
    await expect.poll(() => account.innerText()).toContain('Android 浏览器');
    expect(await account.innerText()).toContain('已激活');
    await account.scrollIntoViewIfNeeded();
    await shot('3b-app-account');
    await account.getByRole('button', { name: /全部退出登录/ }).click();
    await page.getByRole('dialog').filter({ hasText: '确定让此人' }).getByRole('button').last().click();
    await expect.poll(() => account.innerText()).toContain('没有已登录的设备');

    // See the audit entries: the creation and this view, by this officer.
    await page.getByRole('tab', { name: '审计记录' }).click();
    const audit = page.locator('[data-testid="audit-table"]');
    await expect.poll(() => audit.innerText()).toContain('查看档案');
    const text = await audit.innerText();
    expect(text).toContain('新建档案');
    expect(text).toContain('李专干');
    await shot('4-audit');
  });
});

describe('a new staff member in the console', () => {
  it('must change the initial password before anything else, then goes on', async () => {
    const admin = await product.newContext();
    await ok(
      await admin.request.post('/api/auth/login', {
        data: { username: 'lst_admin', password: 'Taobo@2026' },
      }),
      'sign in lst_admin',
    );
    await ok(
      await admin.request.post('/api/staff', {
        data: {
          username: 'mw_new_officer',
          displayName: '新专干',
          role: 'officer',
          orgUnitId: '431103001',
          password: 'Start2026a',
        },
      }),
      'create mw_new_officer',
    );
    await admin.close();

    const context = await product.newContext({ viewport: { width: 1440, height: 900 } });
    const own = await context.newPage();
    await own.goto(`${server.url}/login`);
    await own.locator('input#username, input[id$="_username"]').fill('mw_new_officer');
    await own.locator('input#password, input[id$="_password"]').fill('Start2026a');
    await own.getByRole('button', { name: '登录' }).click();

    // Only the change-password dialog: no menu, no page behind it; the server refuses the rest.
    const dialog = own.getByRole('dialog');
    await dialog.getByText('请先修改密码后再继续使用').waitFor();
    expect(await own.getByRole('menuitem', { name: '人员档案' }).count()).toBe(0);
    expect((await context.request.get('/api/persons')).status()).toBe(403);
    await own.screenshot({ path: path.join(SHOTS_DIR, 'console-5-must-change-password.png') });

    await dialog.getByLabel('当前密码').fill('Start2026a');
    await dialog.getByLabel('新密码', { exact: true }).fill('Changed2026b');
    await dialog.getByLabel('确认新密码').fill('Changed2026b');
    await dialog.getByRole('button', { name: '保存' }).click();
    await own.getByRole('menuitem', { name: '人员档案' }).waitFor();
    await expect.poll(() => own.locator('header').innerText()).toContain('新专干');
    expect((await context.request.get('/api/persons')).status()).toBe(200);
    await context.close();
  });
});
