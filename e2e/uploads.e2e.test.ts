import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@taobo/domain';
import { jpegWithExif } from '../apps/server/src/testing/testImages.ts';
import { ok } from './support/api.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { fixedNow } from './support/clock.ts';
import { openPhone, staffApi, type AppPerson } from './support/phone.ts';
import { openProduct } from './support/product.ts';

// The product's clock is fixed at 09:30 today (Asia/Shanghai).
const NOW = fixedNow('09:30');
const TODAY = NOW.today;

let product: Awaited<ReturnType<typeof openProduct>>;
let phone: Awaited<ReturnType<typeof openPhone>>;
let person: AppPerson;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS_DIR, `uploads-${name}.png`), fullPage: true });

/** A real JPEG drawn in the browser (a test cassette, or a face), with a camera's EXIF spliced in. */
async function photo(page: Page, what: 'cassette' | 'selfie'): Promise<Buffer> {
  const base64 = await page.evaluate(async (kind) => {
    const canvas = document.createElement('canvas');
    canvas.width = 240;
    canvas.height = 320;
    const g = canvas.getContext('2d')!;
    g.fillStyle = kind === 'cassette' ? '#f5f5f5' : '#d9c3a5';
    g.fillRect(0, 0, 240, 320);
    if (kind === 'cassette') {
      g.fillStyle = '#fff';
      g.fillRect(70, 40, 100, 240);
      g.strokeRect(70, 40, 100, 240);
      g.fillStyle = '#c0392b';
      g.fillRect(95, 120, 50, 4); // C
      g.fillRect(95, 170, 50, 4); // T
      g.fillStyle = '#333';
      g.font = '16px sans-serif';
      g.fillText('C', 78, 126);
      g.fillText('T', 78, 176);
    } else {
      g.fillStyle = '#8d5524';
      g.beginPath();
      g.arc(120, 140, 70, 0, Math.PI * 2);
      g.fill();
    }
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.85));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, what);
  return jpegWithExif(
    { make: 'HUAWEI', model: 'nova 11', dateTime: `${TODAY.replaceAll('-', ':')} 09:28:00` },
    Buffer.from(base64, 'base64'),
  );
}

beforeAll(async () => {
  product = await openProduct({ TAOBO_DEMO_PERSONS: '0', TAOBO_CLOCK: NOW.clock });
  phone = await openPhone(product, { name: '陈外出', receivedDate: addDays(TODAY, -10) });
  person = phone.person;
  const officer = await staffApi(product, 'lst_officer');
  try {
    await ok(
      await officer.request.post(`/api/persons/${person.personId}/remote-permissions`, {
        data: { from: TODAY, to: addDays(TODAY, 30), reason: '在广东东莞务工' },
      }),
      'allow remote tests',
    );
  } finally {
    await officer.close();
  }
});

afterAll(async () => {
  await phone?.context.close();
  await product?.close();
});

async function uploadsOf(personId: string) {
  const officer = await staffApi(product, 'lst_officer');
  try {
    const all: { person: { id: string } }[] = [];
    for (const status of ['pending', 'approved', 'rejected_missed', 'rejected_retest']) {
      const page = await ok<{ items: { person: { id: string } }[] }>(
        await officer.request.get(`/api/uploads?status=${status}`),
        `uploads ${status}`,
      );
      all.push(...page.items);
    }
    return all.filter((u) => u.person.id === personId);
  } finally {
    await officer.close();
  }
}

describe('异地上传', () => {
  it('offline, the person photographs the cassette and a selfie; it waits as 待发送 and syncs once when back online', async () => {
    const page = phone.page;
    await page.goto('/m/uploads');
    await page
      .getByTestId('upload-eligibility')
      .getByText(/工作人员已准许您异地检测/)
      .waitFor();
    const cassette = await photo(page, 'cassette');
    const selfie = await photo(page, 'selfie');
    await page.getByTestId('upload-location').and(page.locator('[data-status="ok"]')).waitFor();
    // The camera inputs ask for the camera, not the file picker.
    expect(await page.getByTestId('cassette-camera').getAttribute('capture')).toBe('environment');
    expect(await page.getByTestId('selfie-camera').getAttribute('capture')).toBe('user');

    await phone.context.setOffline(true);
    await page
      .getByTestId('cassette-camera')
      .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: cassette });
    await page
      .getByTestId('selfie-camera')
      .setInputFiles({ name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: selfie });
    await page.getByAltText('1. 试剂盒结果预览').waitFor();
    await page.getByAltText('2. 本人自拍预览').waitFor();
    await shot(page, '1-phone-taken');
    await page.getByTestId('upload-submit').click();
    const item = page.getByTestId('outbox-upload');
    await item.and(page.locator('[data-state="pending"]')).waitFor();
    await item.getByText('待发送', { exact: true }).waitFor();
    await shot(page, '2-phone-offline-queued');
    expect(await uploadsOf(person.personId)).toHaveLength(0);

    await phone.context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await item.getByText('已提交', { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByTestId('my-upload').first().getByText('待审核').waitFor();
    await shot(page, '3-phone-synced');
    // Exactly one upload on the server, whatever the retries.
    expect(await uploadsOf(person.personId)).toHaveLength(1);
  });

  it('the officer reviews it in the console (photos, times, location, EXIF) and approves it as a negative test', async () => {
    const page = product.page;
    await page.goto(`${product.server.url}/login`);
    await page.locator('input#username, input[id$="_username"]').fill('lst_officer');
    await page.locator('input#password, input[id$="_password"]').fill('Taobo@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('menuitem', { name: '异地检测审核' }).click();
    const row = page.locator('[data-testid="uploads-table"] tr', { hasText: person.name });
    await row.getByTestId('upload-open').click();
    const cassetteImg = page.locator('.ant-drawer img[alt="试剂盒"]');
    await cassetteImg.waitFor();
    // The decrypted photo is served and decodes: the 240×320 picture drawn on the phone.
    await expect.poll(() => cassetteImg.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(240);
    await page.getByText('HUAWEI').first().waitFor();
    await page.getByText(/纬度 26\.42000/).waitFor();
    await shot(page, '4-console-review');
    await page.getByTestId('upload-approve').click();
    await page.getByTestId('upload-approve-confirm').click();
    await page.getByText('已通过，已计入检测计划').waitFor();

    const officer = await staffApi(product, 'lst_officer');
    try {
      const plan = await ok<{ tests: { status: string; kind: string | null; outcome: string | null }[] }>(
        await officer.request.get(`/api/measures/${person.measureId}/tests`),
        'test plan',
      );
      expect(plan.tests.filter((t) => t.status === 'done')).toEqual([
        expect.objectContaining({ kind: 'remote', outcome: 'negative' }),
      ]);
    } finally {
      await officer.close();
    }
    await page.getByTestId('upload-status-filter').getByText('已通过（阴性）').click();
    await page.locator('[data-testid="uploads-table"] tr', { hasText: person.name }).waitFor();
    await shot(page, '5-console-approved');

    // The permission on the person's file.
    await page.goto(`${product.server.url}/persons/${person.personId}`);
    const card = page.getByTestId('remote-permissions');
    await card.getByText('在广东东莞务工').waitFor();
    await card.getByText('有效').waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS_DIR, 'uploads-5b-console-person-card.png') });

    await phone.page.reload();
    await phone.page.getByTestId('my-upload').first().getByText('已通过（阴性）').waitFor();
    await shot(phone.page, '6-phone-approved');
  });
});
