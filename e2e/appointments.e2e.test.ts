import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@taobo/domain';
import { ok } from './support/api.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { fixedNow } from './support/clock.ts';
import { openPhone, staffApi, type AppPerson } from './support/phone.ts';
import { openProduct } from './support/product.ts';

// The product's clock is fixed at 09:30 today (Asia/Shanghai), so the afternoon slot is always ahead.
const NOW = fixedNow('09:30');
const TODAY = NOW.today;

let product: Awaited<ReturnType<typeof openProduct>>;
let phone: Awaited<ReturnType<typeof openPhone>>;
let person: AppPerson;
let stationId: string;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS_DIR, `appointments-${name}.png`), fullPage: true });

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0', TAOBO_CLOCK: NOW.clock });
  const officer = await staffApi(product, 'lst_officer');
  try {
    const station = await ok<{ id: string }>(
      await officer.request.post('/api/stations', {
        data: {
          name: '梅湾街道检测站',
          orgUnitId: '431103001',
          address: '冷水滩区梅湾路 18 号',
          phone: '0746-8221234',
        },
      }),
      'create station',
    );
    stationId = station.id;
    await ok(
      await officer.request.put(`/api/stations/${stationId}/slots`, {
        data: {
          slots: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
            { weekday, start: '08:30', end: '09:00', capacity: 5 },
            { weekday, start: '14:00', end: '16:00', capacity: 8 },
          ]),
        },
      }),
      'station slots',
    );
  } finally {
    await officer.close();
  }
  phone = await openPhone(product, { name: '刘预约', receivedDate: addDays(TODAY, -10) });
  person = phone.person;
});

afterAll(async () => {
  await phone?.context.close();
  await product?.close();
});

describe('检测预约', () => {
  it('the person books the afternoon slot on the phone and sees it confirmed', async () => {
    const page = phone.page;
    await page.goto('/m/appointments');
    await page.getByTestId('current-window').getByText('当前检测期').waitFor();
    await page.getByTestId('book-panel').waitFor();
    // The morning slot has begun; the afternoon one is open.
    await page.getByTestId('slot').filter({ hasText: '08:30–09:00' }).getByText('已开始').waitFor();
    await shot(page, '1-phone-slots');
    await page.getByTestId('slot').filter({ hasText: '14:00–16:00' }).click();
    await page.getByRole('dialog').getByText('梅湾街道检测站').waitFor();
    await page.getByRole('button', { name: '确认预约' }).click();
    await page
      .getByTestId('outbox-appointment')
      .getByText('已提交', { exact: true })
      .waitFor({ timeout: 20_000 });
    const booking = page.getByTestId('my-appointment').first();
    await booking.getByText('已预约').waitFor();
    await booking.getByText(/14:00–16:00/).waitFor();
    await expect(page.getByRole('button', { name: '改约' }).count()).resolves.toBe(1);
    await shot(page, '2-phone-booked');
    // Touch targets of at least 44px on the actions.
    const box = await page.getByRole('button', { name: '取消预约' }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
  });

  it('the tester finds the person on today’s list, marks arrival and records the result into the test plan', async () => {
    const page = product.page;
    await page.goto(`${product.server.url}/login`);
    await page.locator('input#username, input[id$="_username"]').fill('lst_tester');
    await page.locator('input#password, input[id$="_password"]').fill('Taobo@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('menuitem', { name: '今日检测' }).click();
    const row = page.locator('[data-testid="day-table"] tr', { hasText: person.name });
    await row.getByTestId('day-status').getByText('已预约').waitFor();
    await shot(page, '3-console-day');
    await row.getByTestId('day-arrive').click();
    await row.getByTestId('day-status').getByText('已到').waitFor();
    await row.getByTestId('day-record').click();
    const form = page.getByTestId('appointment-result-form');
    await form.waitFor();
    // The tester is preselected; pick the second collector.
    await form.getByTestId('station-collectors').click();
    await page.keyboard.type('李专干');
    await page.locator('.ant-select-item-option', { hasText: '李专干' }).click();
    await page.keyboard.press('Escape');
    await shot(page, '4-console-result-form');
    await page.getByTestId('appointment-result-form-submit').click();
    await row.getByTestId('day-status').getByText('已检测').waitFor();
    await row.getByText('阴性').waitFor();
    await shot(page, '5-console-tested');

    // It is in the test plan: the current window is done, negative, by the two collectors.
    const officer = await staffApi(product, 'lst_officer');
    try {
      const plan = await ok<{
        tests: {
          status: string;
          outcome: string | null;
          date: string | null;
          collectors: { name: string }[];
        }[];
      }>(await officer.request.get(`/api/measures/${person.measureId}/tests`), 'test plan');
      const done = plan.tests.filter((t) => t.status === 'done');
      expect(done).toHaveLength(1);
      expect(done[0]).toMatchObject({ outcome: 'negative', date: TODAY });
      expect(done[0]!.collectors.map((c) => c.name).sort()).toEqual(['吴检测员', '李专干'].sort());
    } finally {
      await officer.close();
    }

    // The phone shows it as tested.
    await phone.page.reload();
    await phone.page.getByTestId('my-appointment').first().getByText('已检测').waitFor();
    await shot(phone.page, '6-phone-tested');
  });

  it('the township officer manages the station: list, weekly slot grid and a closed day', async () => {
    const page = product.page;
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.locator('input#username, input[id$="_username"]').fill('lst_officer');
    await page.locator('input#password, input[id$="_password"]').fill('Taobo@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('menuitem', { name: '检测站点' }).click();
    const row = page.locator('[data-testid="stations-table"] tr', { hasText: '梅湾街道检测站' });
    await row.getByText('91').waitFor(); // 7 days × (5 + 8) places
    await shot(page, '7-console-stations');
    await row.getByTestId('station-slots').click();
    await page.getByTestId('slot-row').first().waitFor();
    await expect(page.getByTestId('slot-row').count()).resolves.toBe(14);
    const closures = page.getByTestId('closures');
    await closures.locator('.ant-picker input').click();
    await page.keyboard.type(addDays(TODAY, 3));
    await closures.getByPlaceholder('如：元旦放假').fill('元旦放假');
    await closures.getByRole('button', { name: '设为停诊' }).click();
    await closures.getByText('元旦放假').waitFor();
    await closures.scrollIntoViewIfNeeded();
    await shot(page, '8-console-slots');
  });
});
