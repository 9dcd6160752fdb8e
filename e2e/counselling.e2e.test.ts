import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@taobo/domain';
import { SHOTS_DIR } from './support/browser.ts';
import { fixedNow } from './support/clock.ts';
import { openPhone, type AppPerson } from './support/phone.ts';
import { openProduct } from './support/product.ts';
import { LoginPage } from './pages/console.ts';

let product: Awaited<ReturnType<typeof openProduct>>;
let phone: { context: BrowserContext; page: Page; person: AppPerson };
// One day for the whole file (server and browsers): "tomorrow" is the same day for all of them.
const NOW = fixedNow('09:30');

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0', TAOBO_CLOCK: NOW.clock });
  phone = await openPhone(product, { name: '刘自评' });
});
afterAll(async () => {
  await phone?.context.close();
  await product?.close();
});

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(SHOTS_DIR, `counselling-${name}.png`), fullPage });

describe('心理康复', () => {
  it('the person fills PHQ-9 in the app, one question per screen, and sees a kind result with hotlines', async () => {
    const page = phone.page;
    await page.goto('/m/counselling');
    await page.getByRole('button', { name: '抑郁自评' }).waitFor();
    await shot(page, 'phone-home');
    await page.getByRole('button', { name: '抑郁自评' }).click();
    for (let i = 1; i <= 9; i++) {
      await page.getByText(`第 ${i} / 9 题`).waitFor();
      if (i === 9) {
        await expect(page.getByTestId('question').textContent()).resolves.toContain('伤害自己');
        await shot(page, 'phone-question');
      }
      // Every answer button is a comfortable touch target.
      const button = page.getByRole('button', { name: '几乎每天' });
      const box = await button.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await button.click();
    }
    const result = page.getByTestId('screening-result');
    await result.getByText('27', { exact: true }).waitFor();
    await result.getByText('重度', { exact: true }).waitFor();
    await page.getByText('提交状态：已提交').waitFor();
    await page.getByText('12356').first().waitFor();
    await page.getByText(/心理咨询师会在 1 个工作日内与您联系/).waitFor();
    await shot(page, 'phone-result', true);

    // The history lists it.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByTestId('screening').first().getByText('27/27 分').waitFor();
  });

  it('the severe result appears first in the counsellor’s console, with the answers, and is followed up', async () => {
    const page = product.page;
    await page.goto(`${product.server.url}/login`);
    await page.locator('input#username, input[id$="_username"]').fill('lst_counsellor');
    await page.locator('input#password, input[id$="_password"]').fill('Taobo@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('menuitem', { name: '心理康复' }).click();
    const table = page.getByTestId('screenings-table');
    const first = table.locator('tbody tr.ant-table-row').first();
    await first.getByText('刘自评').waitFor();
    await first.getByText('待跟进').waitFor();
    await first.getByText('27 / 27').waitFor();
    await shot(page, 'console-alerts');

    await first.getByRole('button', { name: /查\s*看/ }).click();
    const detail = page.getByTestId('screening-detail');
    await detail.getByText('有自伤念头（第 9 题）').waitFor();
    await detail.getByText('3 几乎每天').first().waitFor();
    await shot(page, 'console-detail');
    await page.getByTestId('review-open').click();
    await page.getByTestId('review-form').locator('textarea').fill('已电话联系本人，情绪稳定，约定明天面谈');
    await page.getByTestId('review-form-submit').click();
    await page.getByText('已登记跟进，预警待办已办结').waitFor();
    await page.keyboard.press('Escape');
    await first.getByText('已跟进').waitFor();
  });

  it('the counsellor publishes a time, the person books it in the app, the counsellor confirms, the person sees it', async () => {
    const page = product.page;
    await page.getByRole('tab', { name: '可预约时段' }).click();
    await page.getByRole('button', { name: '发布时段' }).click();
    const form = page.getByTestId('availability-form');
    await form.getByText('指定日期').click();
    const tomorrow = addDays(NOW.today, 1);
    await form.locator('input[id$="date"]').fill(tomorrow);
    await form.locator('input[id$="date"]').press('Enter');
    await form.locator('input[id$="startTime"]').fill('15:00');
    await form.locator('input[id$="startTime"]').press('Enter');
    await page.getByTestId('availability-form-submit').click();
    await page.getByText('时段已发布').waitFor();
    await page.getByTestId('availability-table').getByText(tomorrow).waitFor();
    await shot(page, 'console-availability');

    const m = phone.page;
    await m.goto('/m/counselling/book');
    await m.getByTestId('slot').first().click();
    await m.getByText('预约这个时间？').waitFor();
    await shot(m, 'phone-book-confirm');
    await m.getByRole('button', { name: '预约' }).click();
    await m.getByTestId('booking').first().getByText('待确认').waitFor();
    await shot(m, 'phone-booked', true);

    await page.getByRole('tab', { name: '咨询预约' }).click();
    const row = page.getByTestId('bookings-table').locator('tbody tr.ant-table-row', { hasText: '刘自评' });
    await row.getByRole('button', { name: /确\s*认/ }).click();
    await row.getByText('已确认').waitFor();
    await row.getByRole('button', { name: '咨询记录' }).click();
    await page.getByTestId('note-text').fill('来访者自评重度，谈到睡眠差；约定每周一次咨询。');
    await page.getByTestId('note-save').click();
    await page.getByText('咨询记录已保存').waitFor();
    await shot(page, 'console-note');
    await page.keyboard.press('Escape');

    await m.reload();
    await m.getByTestId('booking').first().getByText('已确认').waitFor();
  });

  it('the officer sees the scores on the person file, never the answers or the notes', async () => {
    const context = await product.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await new LoginPage(page).signIn(product.server.url, 'lst_officer', 'Taobo@2026');
      await page.goto(`${product.server.url}/persons/${phone.person.personId}?tab=counselling`);
      const tab = page.getByTestId('person-counselling');
      await tab.getByText('27 / 27').waitFor();
      await tab.getByText('周咨询师').waitFor();
      await expect(tab.getByText('几乎每天').count()).resolves.toBe(0);
      await expect(page.getByText('谈到睡眠差').count()).resolves.toBe(0);
      await shot(page, 'console-person-tab');
    } finally {
      await context.close();
    }
  });
});
