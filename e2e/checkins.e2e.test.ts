import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchInPage } from './support/api.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { openPhone, type AppPerson } from './support/phone.ts';
import { openProduct } from './support/product.ts';
import { LoginPage } from './pages/console.ts';

// 在线报到 at 360×640: the questionnaire, a selfie from the camera input and the location, sent
// offline and synced once the connection is back; the social worker answers in the console.

let product: Awaited<ReturnType<typeof openProduct>>;
let phone: { context: BrowserContext; page: Page; person: AppPerson };

// A real 2×2 PNG, as the camera input would hand over a photo.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

const phoneShot = (name: string) =>
  phone.page.screenshot({ path: path.join(SHOTS_DIR, `checkins-phone-${name}.png`) });
const consoleShot = (name: string) =>
  product.page.screenshot({ path: path.join(SHOTS_DIR, `checkins-console-${name}.png`) });

async function expectTouchTarget(locator: Locator, what: string) {
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.height, `${what} height`).toBeGreaterThanOrEqual(44);
}

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0' });
  phone = await openPhone(product, { name: '李报到' });
});

afterAll(async () => {
  await phone?.context.close();
  await product?.close();
});

describe('在线报到', () => {
  it('the person checks in offline with a selfie and the location; it syncs once, when back online', async () => {
    const { page, context } = phone;
    await page.goto('/m/checkins');
    await page.getByText('本期报到').waitFor();
    await page.getByText('未完成').waitFor();
    await page.getByText('已获取位置').waitFor();
    await phoneShot('1-form');

    const mood = page.locator('.adm-selector-item', { hasText: '不好' });
    await expectTouchTarget(mood, '心情选项');
    await mood.click();
    await page.locator('.adm-selector-item', { hasText: '找工作中' }).click();
    await page.locator('.adm-selector-item', { hasText: '就业' }).click();
    await page.locator('.adm-selector-item', { hasText: '希望回电' }).click();
    // Submitting without the selfie says what is missing.
    await page.getByRole('button', { name: '提交报到' }).click();
    await page.getByText('请拍摄一张自拍照').first().waitFor();
    await page
      .locator('[data-testid="selfie-input"]')
      .setInputFiles({ name: 'selfie.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('img', { name: '自拍预览' }).waitFor();
    await expectTouchTarget(page.getByRole('button', { name: '提交报到' }), '提交报到');
    await phoneShot('2-filled');

    // No connection: the check-in waits on the phone, visibly.
    await context.setOffline(true);
    await page.getByRole('button', { name: '提交报到' }).click();
    const item = page.locator('[data-testid="outbox-checkin"]');
    await item.filter({ hasText: '待发送' }).waitFor();
    await page.getByText('有网络时会自动发送').first().waitFor();
    await phoneShot('3-offline-pending');

    // Back online: it is sent once, and the period shows done.
    await context.setOffline(false);
    await item.filter({ hasText: '已提交' }).waitFor({ timeout: 20_000 });
    await page.getByText('已完成').waitFor();
    await page.locator('[data-testid="checkin-item"]').first().waitFor();
    await phoneShot('4-synced');
    const mine = await fetchInPage<{ items: unknown[] }>(page, '/api/m/checkins');
    expect(mine.items).toHaveLength(1);
  });

  it('the officer sees the flagged check-in, its selfie and coordinates, and records the call back', async () => {
    const page = product.page;
    await new LoginPage(page).signIn(product.server.url, 'lst_officer', 'Taobo@2026');
    await page.getByRole('menuitem', { name: '在线报到' }).click();
    const row = page.locator('tr', { hasText: '李报到' });
    await row.waitFor();
    // The county's check-in policy is for who may set it (policy:manage), not a township officer.
    await expect(page.getByText('在线报到政策').count()).resolves.toBe(0);
    expect(await row.innerText()).toContain('希望回电');
    await consoleShot('1-list');
    await row.getByTestId('checkin-open').click();
    const drawer = page.getByTestId('checkin-drawer');
    await drawer.getByTestId('checkin-location').waitFor();
    expect(await drawer.getByTestId('checkin-location').innerText()).toContain('26.42000');
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.ant-drawer img.ant-image-img');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await consoleShot('2-detail');
    await drawer.getByTestId('followup-open').click();
    const modal = page.getByTestId('followup');
    await modal.locator('.ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: '已电话联系' }).click();
    await modal.locator('textarea').fill('已电话联系本人，近期在找工作，推荐参加区人社局招聘会');
    await consoleShot('3-followup');
    await page.getByTestId('followup-submit').click();
    await page.getByTestId('followup-confirm').click();
    await drawer.getByText('推荐参加区人社局招聘会').waitFor();
    await drawer.getByText('已电话联系').first().waitFor();
    await consoleShot('4-followed-up');

    // The person's file has the check-ins too.
    await page.goto(`${product.server.url}/persons/${phone.person.personId}?tab=checkins`);
    await page.getByTestId('checkins-tab').waitFor();
    await page.getByRole('tabpanel').locator('tr', { hasText: '已回访' }).waitFor();
    await consoleShot('5-person-tab');
  });
});
