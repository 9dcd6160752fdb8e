import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../app.ts';
import { systemClock } from '../clock.ts';
import { createDb } from '../db/database.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { diskFileStore } from '../platform/files.ts';

export const OPENAPI_FILE = path.resolve(import.meta.dirname, '../../../../docs/openapi.json');

/** The OpenAPI document as the app serves it, formatted as committed. */
export async function renderOpenapi(): Promise<string> {
  const db = createDb('postgres://unused@127.0.0.1:1/none'); // never connected: building routes runs no query
  const app = await buildApp({
    db,
    dbKind: 'external',
    clock: systemClock,
    cipher: createFieldCipher(crypto.randomBytes(32)),
    auditKey: crypto.randomBytes(32),
    files: diskFileStore('/nonexistent'), // never written: building routes stores nothing
  });
  await app.ready();
  const text = JSON.stringify(app.swagger(), null, 2) + '\n';
  await app.close();
  await db.destroy();
  return text;
}

/** `npm run openapi`: writes the API contract to docs/openapi.json, so reviews see API changes. */
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  fs.mkdirSync(path.dirname(OPENAPI_FILE), { recursive: true });
  fs.writeFileSync(OPENAPI_FILE, await renderOpenapi());
  console.log(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}`);
}
