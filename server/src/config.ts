import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  SQLITE_PATH: z.string().default('var/zhichan.db'),
  /** Where reference data (census, IPC, Nice…) is imported from; absent on a user's machine. */
  REFERENCE_DATA_DIR: z.string().optional(),
  /** Comma-separated province codes (2 digits) whose division tree is loaded; empty loads the whole country. */
  REGION_PROVINCES: z.string().default(''),
  /** The platform's city (6-digit division code): the region of work done without a session, such as command-line imports. */
  CITY_REGION: z
    .string()
    .regex(/^\d{6}$/)
    .default('370800'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  SECURE_COOKIES: z.enum(['true', 'false', 'auto']).default('auto'),
  DEMO_DATA: z.enum(['true', 'false']).default('true'),
  /** With the demo, also import the real patent samples found in REFERENCE_DATA_DIR. */
  DEMO_PATENTS: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  UPLOAD_DIR: z.string().default('var/files'),
  /** Load the city patent snapshots in the background after start (main.ts only; tests never start main). */
  WARM_CACHES: z.enum(['true', 'false']).default('true'),
});

export interface Config {
  port: number;
  host: string;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  referenceDataDir: string | null;
  regionProvinces: string[];
  /** The platform's city (division code), e.g. the region of command-line imports. */
  cityRegion: string;
  session: { idleMinutes: number; absoluteHours: number; secureCookies: boolean | 'auto' };
  login: { maxFailures: number; lockMinutes: number; ratePerMinute: number };
  demoData: boolean;
  demoPatents: boolean;
  logLevel: string;
  uploadDir: string;
  warmCaches: boolean;
  /** Version from the root package.json, reported by /api/health. */
  version: string;
}

/** The repository root (two levels above this file, in source and in the build alike). */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** Reads configuration from the environment; every setting has a working default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const e = parsed.data;
  const url = e.DATABASE_URL?.trim();
  const defaultRef = path.resolve(repoRoot, '..', 'shared', 'data');
  const refDir = e.REFERENCE_DATA_DIR ?? (existsSync(defaultRef) ? defaultRef : undefined);
  return {
    port: e.PORT,
    host: e.HOST,
    database:
      url && /^postgres(ql)?:\/\//.test(url)
        ? { kind: 'postgres', url }
        : { kind: 'sqlite', path: e.SQLITE_PATH === ':memory:' ? ':memory:' : path.resolve(repoRoot, e.SQLITE_PATH) },
    referenceDataDir: refDir ? path.resolve(refDir) : null,
    regionProvinces: e.REGION_PROVINCES.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    cityRegion: e.CITY_REGION,
    session: {
      idleMinutes: e.SESSION_IDLE_MINUTES,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
      secureCookies: e.SECURE_COOKIES === 'auto' ? 'auto' : e.SECURE_COOKIES === 'true',
    },
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES, ratePerMinute: e.LOGIN_RATE_PER_MINUTE },
    demoData: e.DEMO_DATA === 'true',
    demoPatents: e.DEMO_PATENTS === 'true',
    logLevel: e.LOG_LEVEL,
    uploadDir: path.resolve(repoRoot, e.UPLOAD_DIR),
    warmCaches: e.WARM_CACHES === 'true',
    version: (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version,
  };
}
