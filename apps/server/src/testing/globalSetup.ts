import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../db/database.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded.ts';
import { migrate } from '../db/migrate.ts';
import { ensureDemoAccounts } from '../seed/demo.ts';
import { ensureOrgUnits } from '../seed/orgUnits.ts';
import { ensureStarterCourses } from '../modules/learning/starterCourses/index.ts';
import { systemClock } from '../clock.ts';
import { databaseUrl, TEST_PASSWORD } from './databases.ts';

/**
 * Integration tests run on a real PostgreSQL: the server at TEST_DATABASE_URL when set, else an
 * embedded one started here. A template database gets the schema, the 永州 org tree and the demo
 * accounts once; each test file then copies it (CREATE DATABASE … TEMPLATE), which takes
 * milliseconds and gives every file a fresh database.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'taobo-test-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
    adminUrl = embedded.url;
  }
  const template = `taobo_tpl_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const db = createDb(databaseUrl(adminUrl, template), 2);
  try {
    await migrate(db);
    await ensureOrgUnits(db);
    // As at start-up (main.ts): the starter courses are product content.
    await ensureStarterCourses(db, systemClock);
    await ensureDemoAccounts(db, TEST_PASSWORD);
  } finally {
    await db.destroy();
  }
  project.provide('testDb', { adminUrl, template });

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
