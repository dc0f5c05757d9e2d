import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../src/config.js';
import { bootstrap } from '../src/bootstrap.js';
import { buildApp } from '../src/app.js';
import type { AppContext, Clock } from '../src/platform/context.js';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private t = Date.parse('2026-03-02T01:00:00.000Z');
  now(): Date {
    return new Date(this.t);
  }
  advanceMinutes(m: number): void {
    this.t += m * 60_000;
  }
  /** Moves the clock to an instant (ISO 8601); sessions idle past their limit end, as they would. */
  setTo(iso: string): void {
    this.t = Date.parse(iso);
  }
}

export interface TestEnv {
  ctx: AppContext;
  app: FastifyInstance;
  clock: TestClock;
  close(): Promise<void>;
}

/** Creates an empty PostgreSQL database on the server named by DATABASE_URL; returns its URL and a dropper. */
async function createPgDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `zc_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * A fresh, migrated database (SQLite file, or a throwaway PostgreSQL database when DATABASE_URL
 * is set) with Shandong's division tree, and the HTTP app on top of it. Real storage, no mocks.
 */
export async function createTestEnv(overrides: Partial<NodeJS.ProcessEnv> = {}): Promise<TestEnv> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zc-test-'));
  const pgUrl = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;
  const pgDb = pgUrl ? await createPgDatabase(pgUrl) : undefined;
  const config: Config = loadConfig({
    ...process.env,
    DATABASE_URL: pgDb?.url ?? '',
    SQLITE_PATH: path.join(dir, 'test.db'),
    REGION_PROVINCES: '37',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DEMO_DATA: 'false',
    // Many sign-ins from one test IP; the limit itself is tested with its own setting.
    LOGIN_RATE_PER_MINUTE: '100000',
    ...overrides,
  });
  const clock = new TestClock();
  const { ctx, close } = await bootstrap(config, clock);
  const app = await buildApp(ctx);
  await app.ready();
  return {
    ctx,
    app,
    clock,
    close: async () => {
      await app.close();
      await close();
      await pgDb?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
