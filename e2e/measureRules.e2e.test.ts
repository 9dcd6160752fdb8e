import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, idNumberCheckChar } from '@taobo/domain';
import { fetchInPage } from './support/api.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { fixedNow } from './support/clock.ts';
import { openProduct } from './support/product.ts';
import type { RunningServer } from './support/server.ts';
import { LoginPage } from './pages/console.ts';

/**
 * Issue 9, items 6–8, in the console: the measure form's place of execution (禁毒法 第三十三条
 * 第二款) and 折抵 basis (条例 第三十一条), an on-the-spot test refusal (条例 第二十条), a 批评教育
 * (禁毒法 第三十五条 第二款) and the facts of 禁毒法 第三十九条 第一款.
 */
let product: Awaited<ReturnType<typeof openProduct>>;
let server: RunningServer;
let page: Page;
const NOW = fixedNow('09:30');

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0', TAOBO_CLOCK: NOW.clock });
  ({ server, page } = product);
});
afterAll(() => product?.close());

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS_DIR, `rules-${name}.png`) });
const dialog = () => page.getByRole('dialog').last();
const save = () =>
  dialog()
    .getByRole('button', { name: /保\s*存/ })
    .click();
/** Types a date into the antd DatePicker of the form item labelled `label`. */
async function pickDate(label: string, date: string) {
  const input = dialog().getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await dialog().locator('.ant-modal-title').click(); // closes the picker
}

describe('the law in the measure forms', () => {
  it('creates a 社区戒毒 at the 现居住地 with a 折抵 basis, then records a refusal, an education and a pregnancy', async () => {
    await new LoginPage(page).signIn(server.url, 'lst_officer', 'Taobo@2026');
    // A woman registered in 双牌县 who lives in 梅湾街道.
    const first17 = '43112319920312062';
    const person = await fetchInPage<{ id: string }>(page, '/api/persons', {
      method: 'POST',
      body: {
        name: '异地测试',
        idNumber: first17 + idNumberCheckChar(first17),
        phone: '13974600031',
        orgUnitId: '431103001',
        householdOrgUnitId: '431123',
        residenceOrgUnitId: '431103001',
      },
    });

    await page.goto(`${server.url}/persons/${person.id}?tab=measure`);
    await page.getByTestId('measure-action-create').click();
    const form = page.getByTestId('measure-create-form');
    await form.waitFor();
    await form.getByLabel('决定书文号').fill('冷公（禁）决字〔2026〕0777号');
    await pickDate('决定日期', NOW.today);
    // 户籍地 is the default; the explanation cites the article.
    expect(await page.getByTestId('execution-place-explanation').innerText()).toContain(
      '禁毒法第三十三条第二款',
    );
    await form.getByText('现居住地', { exact: true }).click();
    expect(await page.getByTestId('execution-place-explanation').innerText()).toContain('固定住所');
    // 折抵 days ask for the change decision they come from.
    await form.getByLabel('折抵天数').fill('30');
    await page.getByTestId('credit-basis').waitFor();
    await save();
    await form.getByText('在现居住地执行，须确认有固定住所').waitFor();
    await form.getByText('请输入变更决定书文号').waitFor();
    await page.getByTestId('fixed-residence').check();
    await form.getByLabel('变更决定书文号').fill('冷公（禁）变字〔2026〕12号');
    await pickDate('变更批准日期', addDays(NOW.today, -2));
    await shot('1-create-form');
    await save();
    await page.getByTestId('execution-place-basis').getByText('现居住地').waitFor();
    expect(await page.getByTestId('credit-basis').innerText()).toContain('冷公（禁）变字〔2026〕12号');

    const [measure] = await fetchInPage<{ id: string }[]>(page, `/api/persons/${person.id}/measures`);
    await fetchInPage(page, `/api/measures/${measure!.id}/report`, {
      method: 'POST',
      body: { date: NOW.today },
    });
    await page.reload();
    await page.getByTestId('measure-status').getByText('执行中').waitFor();
    await shot('2-measure');

    // 现场拒绝检测: the count, then a confirmation, then it is an evasion at once.
    await page.getByTestId('measure-action-test-refusal').click();
    expect(await page.getByTestId('test-refusal-count').innerText()).toContain('已记 0 次，登记后为 1 次');
    await dialog().getByLabel('情况说明').fill('拒绝提供尿样');
    await shot('3-refusal-form');
    await dialog().getByRole('button', { name: '现场拒绝检测' }).click();
    await page.getByTestId('test-refusal-form-confirm').click();
    await page.getByText('已登记现场拒绝检测').waitFor();

    // 批评教育 of that violation: the reason is filled from it.
    await page.getByTestId('measure-action-education').click();
    await dialog().getByTestId('education-violation').click();
    await page.getByTitle(`逃避（拒绝）检测（${NOW.today}）`).click();
    expect(await dialog().getByLabel('事由').inputValue()).toBe(`逃避（拒绝）检测（${NOW.today}）`);
    await dialog().getByLabel('教育内容').fill('讲明拒绝检测的后果，本人表示下次按时接受检测');
    await shot('4-education-form');
    await save();
    await page.getByText('批评教育已登记').waitFor();

    // 禁毒法 第三十九条 第一款: a pregnancy found later.
    await page.getByTestId('measure-action-exemption-facts').click();
    await page.getByTestId('exemption-pregnant').check();
    expect(await page.getByTestId('exemption-preview').innerText()).toContain('怀孕，不适用强制隔离戒毒');
    await shot('5-exemption-form');
    await save();
    await page.getByTestId('exemption-flags').getByText('禁毒法第三十九条第一款').waitFor();
    await shot('6-flags');

    // The violations tab lists the education; the timeline shows it.
    await page.goto(`${server.url}/persons/${person.id}?tab=violations`);
    await page.getByTestId('education-table').getByText('讲明拒绝检测的后果').waitFor();
    await shot('7-violations');
    await page.goto(`${server.url}/persons/${person.id}?tab=timeline`);
    await page.getByText('批评教育（禁毒法第三十五条第二款）').waitFor();
    await shot('8-timeline');
  });
});
