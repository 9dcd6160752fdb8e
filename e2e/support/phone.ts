import crypto from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { addDays, idNumberCheckChar } from '@taobo/domain';
import { ok } from './api.ts';
import { shanghaiDate } from '@taobo/domain';
import type { openProduct } from './product.ts';

type Product = Awaited<ReturnType<typeof openProduct>>;

export const PHONE_VIEWPORT = { width: 360, height: 640 };
export const APP_PASSWORD = 'Jiayuan2026';
const STAFF_PASSWORD = 'Taobo@2026';

/** A staff member's API session on the product (its own cookie jar), for setting up data. */
export async function staffApi(product: Product, username = 'lst_officer') {
  const context = await product.newContext();
  await ok(
    await context.request.post('/api/auth/login', { data: { username, password: STAFF_PASSWORD } }),
    `sign in ${username}`,
  );
  return { request: context.request, close: () => context.close() };
}

function idNumber(female: boolean): string {
  const seq = crypto.randomInt(0, 499) * 2 + (female ? 0 : 1);
  const first17 = `43110319${crypto.randomInt(70, 99)}0${crypto.randomInt(1, 9)}1${crypto.randomInt(0, 9)}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

export interface AppPerson {
  personId: string;
  measureId: string;
  phone: string;
  name: string;
}

/**
 * A person in 梅湾街道 with a 社区戒毒 measure received and reported on `receivedDate`, whose app
 * account staff have issued a code for; the returned person has not activated yet.
 */
export async function createAppPerson(
  product: Product,
  opts: { name?: string; female?: boolean; receivedDate?: string } = {},
): Promise<AppPerson & { code: string }> {
  const staff = await staffApi(product);
  try {
    const phone = `137${String(crypto.randomInt(0, 1e8)).padStart(8, '0')}`;
    const name = opts.name ?? '王小明';
    const person = await ok<{ id: string }>(
      await staff.request.post('/api/persons', {
        data: { name, idNumber: idNumber(!!opts.female), phone, orgUnitId: '431103001' },
      }),
      'create person',
    );
    const date = opts.receivedDate ?? addDays(shanghaiDate(product.clock ?? new Date()), -40);
    const measure = await ok<{ id: string }>(
      await staff.request.post(`/api/persons/${person.id}/measures`, {
        data: {
          type: 'community_detox',
          decisionNo: `冷公（禁）决字〔2026〕${crypto.randomInt(1000, 9999)}号`,
          decisionDate: date,
          receivedDate: date,
          decidingAuthority: '永州市公安局冷水滩分局',
        },
      }),
      'create measure',
    );
    await ok(await staff.request.post(`/api/measures/${measure.id}/report`, { data: { date } }), 'report');
    const { code } = await ok<{ code: string }>(
      await staff.request.post(`/api/persons/${person.id}/activation-code`, { data: {} }),
      'activation code',
    );
    return { personId: person.id, measureId: measure.id, phone, name, code };
  } finally {
    await staff.close();
  }
}

/**
 * A phone (360×640, touch, zh-CN) in the product's browser, signed in to the person app as a new
 * app person (activated through the API, so the cookie is in this context), at `/m/`.
 */
export async function openPhone(
  product: Product,
  opts: { name?: string; female?: boolean; receivedDate?: string } = {},
): Promise<{ context: BrowserContext; page: Page; person: AppPerson }> {
  const person = await createAppPerson(product, opts);
  const context = await product.newContext({
    viewport: PHONE_VIEWPORT,
    isMobile: true,
    hasTouch: true,
    permissions: ['geolocation'],
    geolocation: { latitude: 26.42, longitude: 111.61 }, // 冷水滩
  });
  await ok(
    await context.request.post('/api/m/auth/activate', {
      data: { phone: person.phone, code: person.code, password: APP_PASSWORD },
    }),
    'activate',
  );
  const page = await context.newPage();
  await page.goto('/m/');
  return { context, page, person };
}
