import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS_DIR } from './support/browser.ts';
import { fixedNow } from './support/clock.ts';
import { openProduct } from './support/product.ts';
import { LoginPage, PersonListPage } from './pages/console.ts';

// 审计日志: the county admin searches the person list by a phone number, then finds that search in
// the audit log of the county, by action: who searched, when, from where, and the number only as
// its blind index.

let product: Awaited<ReturnType<typeof openProduct>>;
const NOW = fixedNow('10:00');
const PHONE = '13912345678';

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '5', TAOBO_CLOCK: NOW.clock });
});
afterAll(() => product?.close());

describe('审计日志', () => {
  it('shows the admin their county’s searches, without the number searched for', async () => {
    const { page, server } = product;
    await new LoginPage(page).signIn(server.url, 'lst_admin', 'Taobo@2026');
    const persons = new PersonListPage(page);
    await persons.open(server.url);
    await persons.search(PHONE);
    await page.locator('[data-testid="person-table"] .ant-empty').waitFor();

    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.waitForURL(/\/audit$/);
    const table = page.getByTestId('audit-log-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByLabel('操作', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '查询人员' }).click();
    await page.waitForURL(/action=person\.search/);
    const rows = table.locator('tbody tr.ant-table-row');
    // The filtered page replaces the unfiltered one: only the search is left.
    await expect.poll(() => rows.count()).toBe(1);
    const row = await rows.first().innerText();
    expect(row).toContain('冷水滩区禁毒办管理员');
    expect(row).toContain('禁毒办管理员');
    expect(row).toContain(`${NOW.today} 10:00:00`);
    expect(row).toContain('"kind":"phone","blindIndex":"');
    expect(await table.innerText()).not.toContain(PHONE);
    await page.screenshot({ path: path.join(SHOTS_DIR, 'audit-log.png') });
  });
});
