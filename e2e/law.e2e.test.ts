// Issue 9 in the console: a deadline that explains itself (民法典 第二百零三条), the officer's decision
// on a missed 报到 (戒毒条例 第十四条), the police's release notice (第二十三条) and the holiday
// schedule an administrator enters.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@taobo/domain';
import { fetchInPage } from './support/api.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { openProduct } from './support/product.ts';
import type { RunningServer } from './support/server.ts';
import { LoginPage } from './pages/console.ts';

let product: Awaited<ReturnType<typeof openProduct>>;
let server: RunningServer;
let page: Page;
// A fixed day, for the holiday rule: 2026-10-09, the day after the National Day holiday tail.
const CLOCK = '2026-10-09T09:30:00+08:00';

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0', TAOBO_CLOCK: CLOCK });
  ({ server, page } = product);
});
afterAll(() => product?.close());

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS_DIR, `law-${name}.png`) });

async function personWithMeasure(name: string, first17: string, phone: string, measure: object) {
  const person = await fetchInPage<{ id: string }>(page, '/api/persons', {
    method: 'POST',
    body: { name, idNumber: first17 + idNumberCheckChar(first17), phone, orgUnitId: '431103001' },
  });
  const m = await fetchInPage<{ id: string }>(page, `/api/persons/${person.id}/measures`, {
    method: 'POST',
    body: { decisionNo: `冷公（禁）决字〔2026〕${phone.slice(-4)}号`, ...measure },
  });
  return { personId: person.id, measureId: m.id };
}

const dialogOk = () =>
  page
    .getByRole('dialog')
    .getByRole('button', { name: /确定|确认|提交|保存/ })
    .last()
    .click();

describe('the law, in the console', () => {
  it('explains a holiday deadline, and lets the officer decide a missed 报到 instead of refusing automatically', async () => {
    await new LoginPage(page).signIn(server.url, 'lst_admin', 'Taobo@2026');
    const { personId } = await personWithMeasure('节假日顺延', '43110319900312061', '13974600061', {
      type: 'community_detox',
      decisionDate: '2026-09-21',
      receivedDate: '2026-09-21',
    });
    await page.goto(`${server.url}/persons/${personId}?tab=measure`);
    const explain = page.locator('[data-testid="explain-report-deadline"]');
    await explain.waitFor();
    expect(await explain.innerText()).toContain('届满日10月6日为法定节假日（国庆节），顺延至10月8日');

    // The daily sweep, the day after the deadline: a candidate, still 待报到.
    await fetchInPage(page, '/api/system/sweep', { method: 'POST' });
    await page.reload();
    const alert = page.locator('[data-testid="refusal-candidate-alert"]');
    await alert.waitFor();
    expect(await page.locator('[data-testid="measure-status"]').innerText()).toBe('待报到');
    await shot('1-candidate');

    await alert.getByRole('button', { name: '审查逾期未报到' }).click();
    const form = page.locator('[data-testid="refusal-decision-form"]');
    await form.waitFor();
    await form.locator('[data-testid="decision-justified"]').click();
    await form.locator('[data-testid="decision-reason"]').fill('住院治疗，有冷水滩区人民医院住院证明');
    const deadline = form
      .locator('[data-testid="decision-new-deadline"] input, input[data-testid="decision-new-deadline"]')
      .first();
    await deadline.click();
    await deadline.fill('2026-10-20');
    // Leave the picker by the keyboard (Enter would submit the form at once).
    await page.keyboard.press('Tab');
    await page
      .locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await shot('2-decision-form');
    await dialogOk();
    await expect.poll(() => explain.innerText()).toContain('经审查有正当理由（住院治疗');
    expect(await page.locator('[data-testid="refusal-candidate-alert"]').count()).toBe(0);
    await shot('3-extended');
  });

  it('records the police release notice at term end and prints the township letter', async () => {
    const { personId, measureId } = await personWithMeasure('期满解除', '43110319850312071', '13974600071', {
      type: 'community_rehab',
      termMonths: 1,
      decisionDate: '2026-09-01',
      receivedDate: '2026-09-01',
    });
    await fetchInPage(page, `/api/measures/${measureId}/report`, {
      method: 'POST',
      body: { date: '2026-09-08' },
    });
    await fetchInPage(page, '/api/system/sweep', { method: 'POST' });
    await page.goto(`${server.url}/persons/${personId}?tab=measure`);
    const missing = page.locator('[data-testid="release-notice-missing"]');
    await missing.waitFor();
    expect(await missing.innerText()).toContain('公安机关');
    await shot('4-release-missing');

    await missing.getByRole('button', { name: '登记解除通知书' }).click();
    const form = page.locator('[data-testid="release-notice-form"]');
    await form.waitFor();
    await form.locator('[data-testid="notice-no"]').fill('冷公（禁）解字〔2026〕31号');
    await form.locator('[data-testid="notice-issuer"]').fill('永州市公安局冷水滩分局');
    await shot('5-notice-form');
    await dialogOk();
    await page.locator('[data-testid="release-notice-recorded"]').waitFor();
    const href = await page.locator('[data-testid="release-pdf-link"]').getAttribute('href');
    const pdf = await page.request.get(new URL(href!, server.url).toString());
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await shot('6-release-recorded');
  });

  it('shows the holiday schedule, and says when a year is not known yet', async () => {
    await page.goto(`${server.url}/system`);
    const card = page.locator('[data-testid="calendar-card"]');
    await card.waitFor();
    // Next year (2027) by default: not in the package yet.
    await card.locator('[data-testid="calendar-unknown"]').waitFor();
    await card.locator('[data-testid="calendar-year"]').click();
    await page.locator('.ant-select-item-option', { hasText: '2026' }).click();
    await expect.poll(() => card.locator('[data-testid="calendar-days"]').innerText()).toContain('元旦');
    expect(await card.locator('[data-testid="calendar-days"]').innerText()).toContain('官方（chinese-days）');
    await shot('7-calendar');
  });
});
