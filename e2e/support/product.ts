import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { createDatabaseFromTemplate } from '../../apps/server/src/testing/databases.ts';
import { launchChromium } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/** The built product on a fresh database copied from the test template, and a Chromium page on it. */
export async function openProduct(env: Record<string, string> = {}) {
  const { adminUrl, template } = inject('testDb');
  const db = await createDatabaseFromTemplate(adminUrl, template);
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ DATABASE_URL: db.url, TAOBO_SECRET_KEY: 'cd'.repeat(32), ...env });
    browser = await launchChromium();
    const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const running = server;
    const openBrowser = browser;
    return {
      server: running,
      page,
      async close() {
        await openBrowser.close();
        await running.stop();
        await db.drop();
      },
    };
  } catch (e) {
    await browser?.close();
    await server?.stop();
    await db.drop();
    throw e;
  }
}
