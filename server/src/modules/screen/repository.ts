import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { inForceCondition, patentDateColumns } from '../patents/api.js';

/** Weights stored for any of the given regions (the caller picks the nearest). */
export async function findIndexWeights(db: Executor, regionCodes: string[]) {
  if (regionCodes.length === 0) return [];
  return db
    .selectFrom('screen_index_weights')
    .select(['region_code', 'indicator_key', 'weight'])
    .where('region_code', 'in', regionCodes)
    .orderBy('indicator_key')
    .execute();
}

/** Replaces a region's weights. */
export async function replaceIndexWeights(db: Executor, regionCode: string, weights: { key: string; weight: number }[], at: string) {
  await db.deleteFrom('screen_index_weights').where('region_code', '=', regionCode).execute();
  await db
    .insertInto('screen_index_weights')
    .values(weights.map((w) => ({ region_code: regionCode, indicator_key: w.key, weight: w.weight, updated_at: at })))
    .execute();
}

/**
 * Holders with the most effective invention patents in a region on a date (top list of the screen).
 * "Effective" is the registry's in-force rule (patents/in-force.ts).
 */
export async function findTopHolders(db: Executor, regionCode: string, date: string, limit: number) {
  const rows = await db
    .selectFrom('patents as p')
    .innerJoin('patent_parties as pp', 'pp.patent_id', 'p.id')
    .select(['pp.name', sql<number>`count(distinct p.id)`.as('n')])
    .where(regionCondition('p.region_code', regionCode))
    .where('pp.role', '=', 'holder')
    .where('p.kind', '=', 'invention')
    .where(inForceCondition(patentDateColumns('p'), date))
    .groupBy('pp.name')
    .orderBy(sql`count(distinct p.id)`, 'desc')
    .orderBy('pp.name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ name: r.name, count: Number(r.n) }));
}

/** Regions whose parent is one of `parents`, by code. */
export async function findRegionsUnder(db: Executor, parents: string[]) {
  if (parents.length === 0) return [];
  return db.selectFrom('regions').select(['code', 'name', 'level', 'parent_code']).where('parent_code', 'in', parents).orderBy('code').execute();
}

/** The latest year with an approved yearly figure of the region itself (the default year of the screen and bulletin). */
export async function findLatestFigureYear(db: Executor, regionCode: string): Promise<number | null> {
  const row = await db
    .selectFrom('indicator_reported_values')
    .select((eb) => eb.fn.max('period').as('period'))
    .where('region_code', '=', regionCode)
    .where('status', '=', 'approved')
    .where(sql<boolean>`length(period) = 4`)
    .executeTakeFirst();
  return row?.period ? Number(row.period) : null;
}
