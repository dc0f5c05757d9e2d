import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import type { AppContext, Clock } from './platform/context.js';
import { systemClock } from './platform/context.js';
import { ensureRegionsLoaded } from './modules/regions/service.js';
import { registerModules } from './modules/index.js';
import { loadHolidayCalendar } from './modules/calendar/index.js';

/**
 * Registers every module's contributions (`registerModules`, unless `opts.registerModules` is false: the
 * ingest benchmark's split run measures the importer without the write hooks), opens the database,
 * migrates it to the latest schema, loads the division tree on first run and the holiday calendar. Used by the server, the CLI
 * scripts and the tests alike.
 */
export async function bootstrap(
  config: Config,
  clock: Clock = systemClock,
  opts: { registerModules?: boolean } = {},
): Promise<{ ctx: AppContext; close: () => Promise<void> }> {
  if (opts.registerModules !== false) registerModules();
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const ctx: AppContext = { db: database.db, dialect: database.dialect, config, clock };
    await ensureRegionsLoaded(ctx);
    // Working-day clocks count on the holiday calendar: seed it and load it before anything runs.
    await loadHolidayCalendar(ctx);
    return { ctx, close: () => database.destroy() };
  } catch (err) {
    await database.destroy();
    throw err;
  }
}
