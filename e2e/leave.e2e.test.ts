import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@taobo/domain';
import { SHOTS_DIR } from './support/browser.ts';
import { fixedNow } from './support/clock.ts';
import { openPhone, type AppPerson } from './support/phone.ts';
import { openProduct } from './support/product.ts';
import { LoginPage } from './pages/console.ts';

// 在线请假 at 360×640: the person asks, the officer approves in the console, the person sees 同意
// and the notification.

let product: Awaited<ReturnType<typeof openProduct>>;
let phone: { context: BrowserContext; page: Page; person: AppPerson };

// One day for the whole file (server and browsers), so the dates below never fall on "yesterday".
const NOW = fixedNow('09:30');
const phoneShot = (name: string) =>
  phone.page.screenshot({ path: path.join(SHOTS_DIR, `leave-phone-${name}.png`) });
const consoleShot = (name: string) =>
  product.page.screenshot({ path: path.join(SHOTS_DIR, `leave-console-${name}.png`) });

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0', TAOBO_CLOCK: NOW.clock });
  phone = await openPhone(product, { name: '陈请假' });
});

afterAll(async () => {
  await phone?.context.close();
  await product?.close();
});

describe('在线请假', () => {
  const from = addDays(NOW.today, 2);
  const to = addDays(NOW.today, 6);

  it('the person requests leave in the app', async () => {
    const { page } = phone;
    await page.goto('/m/leave');
    await page.getByText('暂无请假记录').waitFor();
    await phoneShot('1-empty');
    await page.getByRole('button', { name: '申请请假' }).click();
    await page.waitForURL(/\/m\/leave\/new/);
    // Required fields say what is missing, in Chinese.
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.locator('.ck-error', { hasText: '请填写目的地（至少 2 个字）' }).waitFor();
    await page.getByPlaceholder('如：广东省东莞市长安镇').fill('广东省东莞市长安镇');
    await page.getByLabel('出发日期').fill(from);
    await page.getByLabel('返回日期').fill(to);
    await page.getByLabel('请假事由').fill('回东莞电子厂上班，春节前返回');
    await page.getByText('共 5 天，须经同意后方可离开').waitFor();
    await phoneShot('2-form');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/m\/leave$/);
    await page.locator('[data-testid="outbox-leave"]', { hasText: '已提交' }).waitFor();
    const item = page.locator('[data-testid="leave-item"]').first();
    await item.getByTestId('leave-status').filter({ hasText: '待审' }).waitFor();
    expect(await item.innerText()).toContain('等待专干审批');
    await phoneShot('3-pending');
  });

  it('the officer approves it in the console, with a confirmation', async () => {
    const page = product.page;
    await new LoginPage(page).signIn(product.server.url, 'lst_officer', 'Taobo@2026');
    await page.getByRole('menuitem', { name: '请假审批' }).click();
    const row = page.locator('tr', { hasText: '陈请假' });
    await row.waitFor();
    expect(await row.innerText()).toContain('广东省东莞市长安镇');
    await consoleShot('1-pending');
    await row.getByTestId('leave-approve-open').click();
    await page.getByTestId('leave-approve').waitFor();
    await page.locator('[data-testid="leave-approve"] textarea').fill('同意，注意按时返回销假');
    await page.getByTestId('leave-approve-submit').click();
    await page.getByTestId('leave-approve-confirm').click();
    // Handled requests leave the to-do list; the full list shows 同意.
    await row.waitFor({ state: 'detached' });
    await page.getByLabel('状态').click();
    await page.locator('.ant-select-item-option', { hasText: /^全部$/ }).click();
    await page
      .locator('tr', { hasText: '陈请假' })
      .getByTestId('leave-status')
      .filter({ hasText: '同意' })
      .waitFor();
    await consoleShot('2-approved');
    await page.goto(`${product.server.url}/persons/${phone.person.personId}?tab=leave`);
    await page.getByRole('tabpanel').locator('tr', { hasText: '广东省东莞市长安镇' }).waitFor();
    await consoleShot('3-person-tab');
  });

  it('the person sees 同意 in the app, and the notification in 消息', async () => {
    const { page } = phone;
    await page.goto('/m/leave');
    const item = page.locator('[data-testid="leave-item"]').first();
    await item.getByTestId('leave-status').filter({ hasText: '同意' }).waitFor();
    expect(await item.innerText()).toContain('同意，注意按时返回销假');
    await phoneShot('4-approved');
    await page.goto('/m/inbox');
    await page.getByText('请假申请已同意').first().waitFor();
    await phoneShot('5-inbox');
  });
});
