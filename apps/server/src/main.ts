import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { loadAgreementFonts } from './modules/agreements/agreementFonts.ts';
import { fixedClock, systemClock, type Clock } from './clock.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase, type OpenDatabase } from './db/open.ts';
import { takeOverShutdown } from './db/embedded.ts';
import { createFieldCipher, deriveAuditKey, loadMasterKey, type FieldCipher } from './platform/crypto.ts';
import { sealAuditChain } from './platform/audit/auditLog.ts';
import { diskFileStore } from './platform/files.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_APP_PERSON,
  ensureDemoAccounts,
  ensureDemoAppPerson,
  ensureDemoPersons,
} from './seed/demo.ts';
import { ensureOrgUnits } from './seed/orgUnits.ts';
import { ensureStarterCourses } from './modules/learning/starterCourses/index.ts';

const consoleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../console/dist');
const mobileDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../mobile/dist');

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const clock = config.clock ? fixedClock(config.clock) : systemClock;
  const { key, source } = loadMasterKey(config.secretKeyHex, config.dataDir);
  const cipher = createFieldCipher(key);
  const auditKey = deriveAuditKey(key);

  const database = await openDatabase(config, (line) => {
    if (/FATAL|PANIC/.test(line)) console.error(line.trim());
  });
  let app: FastifyInstance | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await app?.close().catch(() => undefined);
    await database.close().catch((e) => console.error('Could not stop the database cleanly:', e));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // From here main.ts stops the database itself, and exits 0 when it has.
  takeOverShutdown();

  try {
    app = await serve(config, database, clock, cipher, auditKey, source, started);
  } catch (e) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw e;
  }
}

async function serve(
  config: Config,
  database: OpenDatabase,
  clock: Clock,
  cipher: FieldCipher,
  auditKey: Buffer,
  keySource: string,
  started: number,
): Promise<FastifyInstance> {
  const { db } = database;
  const applied = await migrate(db);
  // Events from before the keyed chain are sealed under the key once (platform/audit/chain.ts).
  await sealAuditChain(db, clock, auditKey);
  const orgUnits = await ensureOrgUnits(db);
  // The starter courses are product content, in every environment (once per course).
  await ensureStarterCourses(db, clock);
  let demo = { accounts: 0, persons: 0 };
  if (config.env !== 'production') {
    demo = {
      accounts: await ensureDemoAccounts(db, config.demoPassword),
      persons: await ensureDemoPersons(db, cipher, clock, config.demoPersons),
    };
  }

  const app = await buildApp({
    db,
    dbKind: database.kind,
    clock,
    cipher,
    auditKey,
    files: diskFileStore(path.join(config.dataDir, 'files')),
    consoleDir,
    mobileDir,
    logLevel: config.logLevel,
    production: config.env === 'production',
    trustProxy: config.trustProxy,
  });
  if (config.env !== 'production') {
    await ensureDemoAppPerson(app.services, db, cipher, clock, config.demoPassword);
  }
  scheduleSweep(app);
  await app.listen({ port: config.port, host: config.host });
  // Parse the agreement PDF's CJK font now, so the first print does not wait ~1–2 s for it.
  void loadAgreementFonts().catch((e: unknown) => console.error('Could not load the agreement font:', e));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`洮泊 Taobo is running at http://localhost:${config.port}  (API docs: /api/docs)`);
  console.log(
    `  database: ${database.kind === 'embedded' ? `embedded PostgreSQL, data in ${config.dataDir}` : 'external (DATABASE_URL)'}` +
      `; encryption key from ${keySource}` +
      (config.clock ? `; clock fixed at ${config.clock}` : ''),
  );
  if (applied.length || orgUnits || demo.accounts || demo.persons) {
    console.log(
      `  first start: ${applied.length} migration(s), ${orgUnits} org units, ${demo.accounts} demo accounts, ${demo.persons} demo persons`,
    );
  }
  console.log(`  started in ${seconds} s`);
  if (config.env !== 'production') {
    console.log(
      `  demo accounts (password ${config.demoPassword === 'Taobo@2026' ? 'Taobo@2026' : 'from TAOBO_DEMO_PASSWORD'}):`,
    );
    for (const a of DEMO_ACCOUNTS) console.log(`    ${a.username.padEnd(15)} ${a.note}`);
    console.log(
      `  demo person app 洮泊家园: http://localhost:${config.port}/m/  phone ${DEMO_APP_PERSON.phone} (${DEMO_APP_PERSON.name}), same password`,
    );
  }
  return app;
}

/** The daily sweep: checked at start and every 10 minutes; it runs once per business day. */
function scheduleSweep(app: FastifyInstance) {
  const tick = () =>
    app.services.sweep
      .runIfDue()
      .catch((e: unknown) => console.error('Daily sweep failed:', e instanceof Error ? e.message : e));
  void tick();
  const timer = setInterval(tick, 10 * 60_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    console.error(e.message);
  } else if ((e as { code?: string }).code === 'EADDRINUSE') {
    console.error(`Port ${(e as { port?: number }).port ?? ''} is already in use: set PORT to a free port.`);
  } else {
    console.error('Taobo could not start:', e instanceof Error ? e.message : e);
  }
  process.exit(1);
});
