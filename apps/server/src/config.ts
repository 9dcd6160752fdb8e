import path from 'node:path';
import { z } from 'zod';

/** Every setting the server reads, parsed once at boot. A bad value stops the process with one sentence. */
const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Unset: 3000, or the next free port up to 3019 when another copy already holds it.
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  // Loopback by default: the app holds sensitive personal data, so opening it to the network is a choice.
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  TAOBO_DATA_DIR: z.string().default('./data'),
  TAOBO_SECRET_KEY: z
    .string()
    .regex(
      /^[0-9a-fA-F]{64}$/,
      'TAOBO_SECRET_KEY must be 64 hex characters (32 bytes), e.g. from `openssl rand -hex 32`',
    )
    .optional(),
  TAOBO_SECRET_KEY_FILE: z.string().optional(),
  TAOBO_DEMO_PASSWORD: z
    .string()
    .min(8, 'TAOBO_DEMO_PASSWORD must be at least 8 characters')
    .default('Taobo@2026'),
  TAOBO_DEMO_PERSONS: z.coerce.number().int().min(0).max(200_000).default(2000),
  TAOBO_CLOCK: z
    .string()
    .refine(
      (s) => !Number.isNaN(Date.parse(s)),
      'TAOBO_CLOCK must be an ISO date-time such as 2027-01-15T09:00:00+08:00',
    )
    .optional(),
  TAOBO_TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
      'TAOBO_TRUST_PROXY must be true, false, a number of proxy hops, or proxy addresses (e.g. 127.0.0.1,10.0.0.0/8)',
    )
    .default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /** PORT was set: a busy port stops the start instead of moving to the next one. */
  portFixed: boolean;
  host: string;
  /** An external PostgreSQL; without it the app starts its own embedded server. */
  databaseUrl: string | undefined;
  dataDir: string;
  secretKeyHex: string | undefined;
  /** Where the generated key lives: TAOBO_SECRET_KEY_FILE, else secret.key in the data directory. */
  secretKeyFile: string;
  /** The key file must already exist (production): a missing one is a wrong path, not a first start. */
  secretKeyFileMustExist: boolean;
  demoPassword: string;
  demoPersons: number;
  clock: string | undefined;
  logLevel: string;
  /** Fastify's `trustProxy`: false, true, a hop count, or the proxies' addresses. */
  trustProxy: boolean | number | string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (`DATABASE_URL= npm start` runs on the embedded server).
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid setting ${String(first.path[0])}: ${first.message}.`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    if (e.TAOBO_CLOCK)
      throw new ConfigError('TAOBO_CLOCK is refused when NODE_ENV=production: production runs on real time.');
    if (!e.TAOBO_SECRET_KEY && !e.TAOBO_SECRET_KEY_FILE)
      throw new ConfigError(
        'Set TAOBO_SECRET_KEY (64 hex characters) or TAOBO_SECRET_KEY_FILE when NODE_ENV=production: it encrypts personal data.',
      );
  }
  const dataDir = path.resolve(e.TAOBO_DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT ?? 3000,
    portFixed: e.PORT !== undefined,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    secretKeyHex: e.TAOBO_SECRET_KEY,
    secretKeyFile: e.TAOBO_SECRET_KEY_FILE
      ? path.resolve(e.TAOBO_SECRET_KEY_FILE)
      : path.join(dataDir, 'secret.key'),
    secretKeyFileMustExist: e.NODE_ENV === 'production',
    demoPassword: e.TAOBO_DEMO_PASSWORD,
    demoPersons: e.TAOBO_DEMO_PERSONS,
    clock: e.TAOBO_CLOCK,
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TAOBO_TRUST_PROXY),
  };
}

function parseTrustProxy(v: string): boolean | number | string {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v.replace(/\s+/g, '');
}
