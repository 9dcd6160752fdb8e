import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@taobo/domain';
import { SHOTS_DIR } from './support/browser.ts';
import { fixedNow } from './support/clock.ts';
import { openPhone, type AppPerson } from './support/phone.ts';
import { openProduct } from './support/product.ts';
import { LoginPage } from './pages/console.ts';

// 外出报告 (戒毒条例 第十九条: a written report, not permission) at 360×640: the person reports a
// trip in the app and is told that submitting is reporting; the officer acknowledges it (已知悉) in
// the console with a concern; the person sees 已知悉 and the notice. The county admin sees the
// approval switch labelled as local policy, off by default.

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
  phone = await openPhone(product, { name: '陈外出' });
});

afterAll(async () => {
  await phone?.context.close();
  await product?.close();
});

describe('外出报告', () => {
  const from = addDays(NOW.today, 2);
  const to = addDays(NOW.today, 6);

  it('the person reports a trip in the app, and is told no approval is needed', async () => {
    const { page } = phone;
    await page.goto('/m/leave');
    await page.getByText('暂无外出记录').waitFor();
    expect(await page.getByTestId('leave-rule').innerText()).toContain(
      '外出3日以上须书面报告，提交即视为已报告；专干确认知悉后会通知您',
    );
    await phoneShot('1-empty');
    await page.getByRole('button', { name: '报告外出' }).click();
    await page.waitForURL(/\/m\/leave\/new/);
    // Required fields say what is missing, in Chinese.
    await page.getByRole('button', { name: '提交外出报告' }).click();
    await page.locator('.ck-error', { hasText: '请填写目的地（至少 2 个字）' }).waitFor();
    await page.getByPlaceholder('如：广东省东莞市长安镇').fill('广东省东莞市长安镇');
    await page.getByLabel('出发日期').fill(from);
    // 民法典 第二百零一条: 2 days (the day of leaving not counted) need no report.
    await page.getByLabel('返回日期').fill(addDays(from, 2));
    await page
      .getByTestId('leave-days')
      .filter({ hasText: '共 2 天（离开当天不算）。不满 3 天，无须报告' })
      .waitFor();
    await page.getByRole('button', { name: '提交告知' }).waitFor();
    await page.getByLabel('返回日期').fill(to);
    await page.getByLabel('外出事由').fill('回东莞电子厂上班，春节前返回');
    await page
      .getByTestId('leave-days')
      .filter({ hasText: '共 4 天（离开当天不算）。外出3日以上须书面报告，提交即视为已报告。' })
      .waitFor();
    expect(await page.getByTestId('leave-next').innerText()).toContain('提交即视为已报告，无须等待同意');
    await page.setViewportSize({ width: 375, height: 812 });
    await phoneShot('2-form-375');
    await page.setViewportSize({ width: 360, height: 640 });
    await page.getByRole('button', { name: '提交外出报告' }).click();
    await page.waitForURL(/\/m\/leave$/);
    await page.locator('[data-testid="outbox-leave"]', { hasText: '已提交' }).waitFor();
    const item = page.locator('[data-testid="leave-item"]').first();
    await item.getByTestId('leave-status').filter({ hasText: '已报告' }).waitFor();
    expect(await item.innerText()).toContain('已报告，无须等待同意');
    await page.setViewportSize({ width: 375, height: 812 });
    await phoneShot('3-reported-375');
    await page.setViewportSize({ width: 360, height: 640 });
  });

  it('the officer acknowledges it in the console with a concern; a report has no 不同意', async () => {
    const page = product.page;
    await new LoginPage(page).signIn(product.server.url, 'lst_officer', 'Taobo@2026');
    await page.getByRole('menuitem', { name: '外出报告' }).click();
    const row = page.locator('tr', { hasText: '陈外出' });
    await row.waitFor();
    expect(await row.innerText()).toContain('广东省东莞市长安镇');
    expect(await row.innerText()).toContain('已报告');
    expect(await row.getByTestId('leave-refuse-open').count()).toBe(0);
    await consoleShot('1-reported');
    await row.getByTestId('leave-acknowledge-open').click();
    await page.getByTestId('leave-acknowledge').waitFor();
    await page.locator('[data-testid="leave-acknowledge"] textarea').fill('注意安全，按时返回销假');
    await page.getByTestId('leave-acknowledge-submit').click();
    await page.getByTestId('leave-acknowledge-confirm').click();
    // Handled reports leave the to-do list; the full list shows 已知悉.
    await row.waitFor({ state: 'detached' });
    await page.getByLabel('状态').click();
    await page.locator('.ant-select-item-option', { hasText: /^全部$/ }).click();
    await page
      .locator('tr', { hasText: '陈外出' })
      .getByTestId('leave-status')
      .filter({ hasText: '已知悉' })
      .waitFor();
    await consoleShot('2-acknowledged');
    await page.goto(`${product.server.url}/persons/${phone.person.personId}?tab=leave`);
    await page.getByRole('tabpanel').locator('tr', { hasText: '广东省东莞市长安镇' }).waitFor();
    await consoleShot('3-person-tab');
  });

  it('the person sees 已知悉 in the app, and the notice in 消息', async () => {
    const { page } = phone;
    await page.goto('/m/leave');
    const item = page.locator('[data-testid="leave-item"]').first();
    await item.getByTestId('leave-status').filter({ hasText: '已知悉' }).waitFor();
    expect(await item.innerText()).toContain('专干提醒：注意安全，按时返回销假');
    await phoneShot('4-acknowledged');
    await page.goto('/m/inbox');
    await page.getByText('外出报告已知悉').first().waitFor();
    await phoneShot('5-inbox');
  });

  it('the county admin sees the approval step as local policy, off by default', async () => {
    const page = product.page;
    await page.context().clearCookies();
    await new LoginPage(page).signIn(product.server.url, 'lst_admin', 'Taobo@2026');
    await page.goto(`${product.server.url}/leave`);
    const card = page.getByTestId('leave-policy');
    await card.getByText('地方政策（协议约定）').waitFor();
    expect(await card.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    await consoleShot('4-policy');
  });
});
