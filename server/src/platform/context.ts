import type { Config } from '../config.js';
import type { Db, Dialect } from '../db/database.js';

/** A source of the current time; tests replace it to move the clock. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** What every service needs: the database, the settings and the clock. */
export interface AppContext {
  db: Db;
  dialect: Dialect;
  config: Config;
  clock: Clock;
}

/** ISO timestamp of the context's current time. */
export function nowIso(ctx: Pick<AppContext, 'clock'>): string {
  return ctx.clock.now().toISOString();
}

/**
 * Today's date in China (UTC+8, no daylight saving): the reference date (基准日) of legal states and
 * statistics. A UTC date would still say "yesterday" until 08:00 Beijing time.
 */
export function todayIso(ctx: Pick<AppContext, 'clock'>): string {
  return new Date(ctx.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
