import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@taobo/domain';
import { fetchInPage } from './support/api.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { fixedNow } from './support/clock.ts';
import { openProduct } from './support/product.ts';
import type { RunningServer } from './support/server.ts';
import { LoginPage } from './pages/console.ts';

let product: Awaited<ReturnType<typeof openProduct>>;
let server: RunningServer;
let page: Page;
// One day for the whole file (server and browser): the report form's default date is the day received.
const NOW = fixedNow('09:30');

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0', TAOBO_CLOCK: NOW.clock });
  ({ server, page } = product);
});

afterAll(() => product?.close());

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS_DIR, `supervision-${name}.png`) });

describe('a township officer supervising a 社区戒毒 measure', () => {
  it('records 报到, downloads the agreement PDF, and sees the first due test in 待办', async () => {
    await new LoginPage(page).signIn(server.url, 'lst_officer', 'Taobo@2026');

    // The decision arrives (set up through the API, as the console's own calls would).
    const first17 = '43110319900312051';
    const person = await fetchInPage<{ id: string }>(page, '/api/persons', {
      method: 'POST',
      body: {
        name: '报到测试',
        idNumber: first17 + idNumberCheckChar(first17),
        phone: '13974600002',
        orgUnitId: '431103001',
      },
    });
    const received = NOW.today;
    await fetchInPage(page, `/api/persons/${person.id}/measures`, {
      method: 'POST',
      body: {
        type: 'community_detox',
        decisionNo: '冷公（禁）决字〔2026〕0001号',
        decisionDate: received,
        receivedDate: received,
      },
    });

    // 报到 in the person's file.
    await page.goto(`${server.url}/persons/${person.id}?tab=measure`);
    await page.locator('[data-testid="measure-status"]', { hasText: '待报到' }).waitFor();
    await page.locator('[data-testid="measure-action-report"]').click();
    const form = page.locator('[data-testid="measure-report-form"]');
    await form.waitFor();
    await shot('1-report-form');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确定|确认|提交|保存/ })
      .click();
    await page.locator('[data-testid="measure-status"]', { hasText: '执行中' }).waitFor();
    expect(await page.locator('[data-testid="reported-date"]').innerText()).toContain(received);
    await shot('2-reported');

    // The agreement PDF.
    const href = await page.locator('[data-testid="agreement-pdf-link"]').getAttribute('href');
    expect(href).toContain('/agreement.pdf');
    const pdf = await page.request.get(new URL(href!, server.url).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);

    // 待办: the first test window is open now.
    await page.getByRole('menuitem', { name: /待办/ }).click();
    const worklist = page.locator('[data-testid="worklist"]');
    await worklist.waitFor();
    await worklist.getByText('本周待检').click();
    // The default category (待签协议) lists this person too: wait for the test itself.
    await expect.poll(() => worklist.innerText()).toContain('第 1 次检测');
    expect(await worklist.innerText()).toContain('报到测试');
    await shot('3-worklist');
  });
});
