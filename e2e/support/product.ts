import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { createDatabaseFromTemplate } from '../../apps/server/src/testing/databases.ts';
import { launchChromium } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * The built product on a fresh database copied from the test template, and a Chromium page on it.
 * With TAOBO_CLOCK in `env` (see `fixedNow`), the server's "now" is fixed, and so is the clock of
 * every page opened here or through `newContext`: the browser never sees another day.
 */
export async function openProduct(env: Record<string, string> = {}) {
  const { adminUrl, template } = inject('testDb');
  const db = await createDatabaseFromTemplate(adminUrl, template);
  const clock = env.TAOBO_CLOCK ? new Date(env.TAOBO_CLOCK) : null;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ DATABASE_URL: db.url, TAOBO_SECRET_KEY: 'cd'.repeat(32), ...env });
    browser = await launchChromium();
    const openBrowser = browser;
    const running = server;
    /** A browser context on the product (its own cookies), on the product's clock. */
    const newContext = async (options: BrowserContextOptions = {}) => {
      const context = await openBrowser.newContext({ baseURL: running.url, locale: 'zh-CN', ...options });
      if (clock) await context.clock.setFixedTime(clock);
      return context;
    };
    const page: Page = await (await newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    return {
      server: running,
      page,
      /** The server's fixed "now" (TAOBO_CLOCK), or null when it runs on real time. */
      clock,
      newContext,
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
