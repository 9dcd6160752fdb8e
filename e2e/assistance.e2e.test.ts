import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from './support/api.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { openPhone, staffApi, type AppPerson } from './support/phone.ts';
import { openProduct } from './support/product.ts';
import { LoginPage } from './pages/console.ts';

let product: Awaited<ReturnType<typeof openProduct>>;
let phone: { context: BrowserContext; page: Page; person: AppPerson };

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0' });
  phone = await openPhone(product, { name: '孙求助' });
  // The person's social worker is 陈社工 (lst_social), who handles the application.
  const officer = await staffApi(product, 'lst_officer');
  const social = await staffApi(product, 'lst_social');
  try {
    const me = await ok<{ id: string }>(await social.request.get('/api/auth/me'), 'social worker');
    await ok(
      await officer.request.patch(`/api/persons/${phone.person.personId}`, {
        data: { socialWorkerId: me.id },
      }),
      'assign social worker',
    );
  } finally {
    await officer.close();
    await social.close();
  }
});
afterAll(async () => {
  await phone?.context.close();
  await product?.close();
});

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(SHOTS_DIR, `assistance-${name}.png`), fullPage });

describe('帮扶申请', () => {
  it('the person applies for 技能培训 with a photo while offline; it waits, then syncs once when back online', async () => {
    const page = phone.page;
    await page.goto('/m/assistance');
    await page.getByRole('button', { name: '申请帮扶' }).click();
    await page.getByText('技能培训', { exact: true }).click();
    await page
      .getByPlaceholder(/说说您的情况/)
      .fill('想参加电工培训，考取电工证后找一份稳定的工作，养活家人。');
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: '报名表.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('picked-file').getByText('报名表.png').waitFor();
    await shot(page, 'phone-form', true);

    await phone.context.setOffline(true);
    await page.getByRole('button', { name: '提交申请' }).click();
    const item = page.getByTestId('outbox-item');
    await item.getByText(/帮扶申请（技能培训）：待发送/).waitFor();
    await shot(page, 'phone-offline');

    await phone.context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const card = page.getByTestId('application').first();
    await card.getByText('已提交').waitFor({ timeout: 20_000 });
    await card.getByText('附件 1 个').waitFor();
    await expect(page.getByTestId('application').count()).resolves.toBe(1);
    await shot(page, 'phone-submitted', true);
  });

  it('the social worker finds it in the console, opens the attachment, accepts and concludes it', async () => {
    const page = product.page;
    await page.goto(`${product.server.url}/login`);
    await page.locator('input#username, input[id$="_username"]').fill('lst_social');
    await page.locator('input#password, input[id$="_password"]').fill('Taobo@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('menuitem', { name: '帮扶申请' }).click();
    await page.getByRole('combobox', { name: '类别' }).click();
    await page.locator('.ant-select-item-option[title="技能培训"]').click();
    const row = page.getByTestId('assistance-table').locator('tbody tr.ant-table-row', { hasText: '孙求助' });
    await row.getByText('已提交').waitFor();
    await page.locator('[data-testid="assistance-table"] .ant-spin-spinning').waitFor({ state: 'detached' });
    await shot(page, 'console-list');
    await row.getByRole('button', { name: /办\s*理/ }).click();

    const detail = page.getByTestId('assistance-detail');
    await detail.getByText('想参加电工培训').waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('popup'),
      detail.getByRole('link', { name: /报名表\.png/ }).click(),
    ]);
    await file.waitForLoadState();
    expect(file.url()).toMatch(/\/api\/assistance\/.+\/attachments\//);
    await file.close();
    // The attachment opened in a new tab: the console's tab is in front again, or Chromium keeps
    // it hidden, with no animation frames, and antd's messages and modals never finish appearing.
    await page.bringToFront();

    await page.getByTestId('assistance-accept').click();
    await page.getByTestId('accept-form').locator('textarea').fill('已联系区人社局职业技能培训中心');
    await page.getByTestId('accept-form-submit').click();
    await page.getByText('已受理，已通知本人').waitFor();

    await page.getByTestId('assistance-conclude').click();
    const form = page.getByTestId('conclude-form');
    await page.getByTestId('conclude-form-submit').click();
    await form.getByText('请写明帮扶内容或未获批的原因').waitFor(); // nothing empty is sent
    await form.locator('textarea').fill('已报名12月电工培训班（免费），12月7日开班');
    await page.getByTestId('conclude-form-submit').click();
    await page.getByTestId('conclude-form-confirm').click();
    await page.getByText('已办结，已通知本人').waitFor();
    await detail.getByText('办结：已帮扶').waitFor();
    await page.locator('.ant-modal-confirm').waitFor({ state: 'hidden' });
    await shot(page, 'console-detail');
  });

  it('the person sees the outcome and every step in the app', async () => {
    const page = phone.page;
    await page.goto('/m/assistance');
    const card = page.getByTestId('application').first();
    await card.getByText('已办结').waitFor();
    await card.getByTestId('outcome').getByText('已报名12月电工培训班（免费），12月7日开班').waitFor();
    await card.getByText(/受理（陈社工）/).waitFor();
    await expect(card.getByRole('button', { name: '撤回申请' }).count()).resolves.toBe(0);
    await shot(page, 'phone-outcome', true);
  });

  it('the officer sees the application on the person file', async () => {
    const browser = product.page.context().browser()!;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await new LoginPage(page).signIn(product.server.url, 'lst_officer', 'Taobo@2026');
      await page.goto(`${product.server.url}/persons/${phone.person.personId}?tab=assistance`);
      const row = page.getByTestId('assistance-table').locator('tbody tr.ant-table-row').first();
      await row.getByText('已办结').waitFor();
      await row.getByText('已帮扶').waitFor();
      await shot(page, 'console-person-tab');
    } finally {
      await context.close();
    }
  });
});
