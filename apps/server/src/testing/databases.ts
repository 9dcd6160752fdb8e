import crypto from 'node:crypto';
import pg from 'pg';
import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by testing/globalSetup.ts: the server to create databases on, and the template to copy. */
    testDb: { adminUrl: string; template: string };
  }
}

export const TEST_PASSWORD = 'Taobo@2026';

export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh database copied from the template, and a function that drops it. */
export async function createDatabaseFromTemplate(adminUrl: string, template: string) {
  const name = `taobo_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Copies from one template can collide when files start at once; a short retry settles it.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (e) {
        if (attempt >= 20 || !String((e as Error).message).includes('being accessed')) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(adminUrl, name),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
