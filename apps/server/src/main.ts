import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { loadAgreementFonts } from './modules/agreements/agreementFonts.ts';
import { fixedClock, systemClock, type Clock } from './clock.ts';
import { loadConfig, type Config } from './config.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase, type OpenDatabase } from './db/open.ts';
import {
  createFieldCipher,
  deriveAuditKey,
  keyFingerprint,
  loadMasterKey,
  type FieldCipher,
} from './platform/crypto.ts';
import { sealAuditChain } from './platform/audit/auditLog.ts';
import { checkKeyFingerprint } from './platform/keyFingerprint.ts';
import { describeStartError, StartError } from './startError.ts';
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

const debug = !!(process.env.TAOBO_DEBUG || process.env.DEBUG);
let stopping = false;

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const clock = config.clock ? fixedClock(config.clock) : systemClock;
  const { key, source } = loadMasterKey({
    secretKeyHex: config.secretKeyHex,
    secretKeyFile: config.secretKeyFile,
    dataDir: config.dataDir,
    create: !config.secretKeyFileMustExist,
  });
  const cipher = createFieldCipher(key);
  const auditKey = deriveAuditKey(key);

  let up = false;
  let app: FastifyInstance | undefined;
  // A signal during the start (initdb, a wait for the previous server, migrations) also stops the
  // database this process started: the handlers are in place before it opens.
  const opening = openDatabase(config, 'app', {
    log: (line) => console.log(`  ${line}`),
    serverLog: (line) => {
      if ((up || debug) && /FATAL|PANIC/.test(line)) console.error(line.trim());
      else if (debug) console.error(line.trim());
    },
  });
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    const database = await opening.catch(() => undefined);
    database?.announceClose();
    await app?.close().catch(() => undefined);
    await database
      ?.close()
      .catch((e: unknown) => console.error('Could not stop the database cleanly:', describeStartError(e)));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const database = await opening;
  try {
    app = await serve(config, database, clock, cipher, key, auditKey, source, started);
    up = true;
  } catch (e) {
    if (stopping) return;
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
  key: Buffer,
  auditKey: Buffer,
  keySource: string,
  started: number,
): Promise<FastifyInstance> {
  const { db } = database;
  const applied = await migrate(db);
  await checkKeyFingerprint(db, keyFingerprint(key), keySource);
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
  const startSweep = scheduleSweep(app);
  await listen(app, config);
  const { port: listening } = app.server.address() as net.AddressInfo;
  startSweep();
  // Parse the agreement PDF's CJK font now, so the first print does not wait ~1–2 s for it.
  void loadAgreementFonts().catch((e: unknown) => console.error('Could not load the agreement font:', e));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`洮泊 Taobo is running at http://localhost:${listening}  (API docs: /api/docs)`);
  const lan = lanAddresses(config.host);
  if (lan.length)
    console.log(`  on the local network: ${lan.map((a) => `http://${a}:${listening}/m/`).join('  ')}`);
  else console.log('  this machine only (HOST=0.0.0.0 npm start opens it to phones on the local network)');
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
      `  demo person app 洮泊家园: http://localhost:${listening}/m/  phone ${DEMO_APP_PERSON.phone} (${DEMO_APP_PERSON.name}), same password`,
    );
  }
  return app;
}

/**
 * The daily sweep: checked once the app listens (a start that fails never runs it) and every 10
 * minutes; it runs once per business day. Returns the function that starts it.
 */
function scheduleSweep(app: FastifyInstance): () => void {
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onClose', async () => clearInterval(timer));
  const tick = () =>
    app.services.sweep
      .runIfDue()
      .catch((e: unknown) => console.error('Daily sweep failed:', e instanceof Error ? e.message : e));
  return () => {
    void tick();
    timer = setInterval(tick, 10 * 60_000);
    timer.unref();
  };
}

/** PORT unset: 3000, or the next free one up to 3019, so a second checkout starts beside the first. */
async function listen(app: FastifyInstance, config: Config) {
  const last = config.portFixed ? config.port : config.port + 19;
  for (let port = config.port; ; port++) {
    try {
      return await app.listen({ port, host: config.host });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port >= last) {
        if (port > config.port)
          throw new StartError(`Ports ${config.port}–${last} are all in use: set PORT to a free port.`);
        throw e;
      }
    }
  }
}

/** The IPv4 addresses phones on the LAN can open, when HOST listens beyond this machine. */
function lanAddresses(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

// Until the app listens, any failure, thrown or not, ends with one sentence naming its cause.
const failStart = (e: unknown) => {
  if (stopping) return;
  console.error(describeStartError(e, process.env.DATABASE_URL));
  if (debug) console.error(e);
  process.exit(1);
};
process.on('uncaughtException', failStart);
main().then(() => process.off('uncaughtException', failStart), failStart);
