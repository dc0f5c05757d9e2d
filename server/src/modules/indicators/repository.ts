import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';

/** SQL of the indicators module: regions of a panel, approved reported figures, population rows. */

const REGION_COLUMNS = ['code', 'name', 'full_name', 'level', 'parent_code'] as const;

/** One region and its children (and grandchildren with depth 2), in code order. */
export async function findPanelRegions(db: Executor, rootCode: string, depth: 0 | 1 | 2) {
  const root = await db.selectFrom('regions').select(REGION_COLUMNS).where('code', '=', rootCode).executeTakeFirst();
  if (!root) return [];
  const out = [{ ...root, depth: 0 }];
  let parents = [rootCode];
  for (let d = 1; d <= depth && parents.length > 0; d++) {
    const rows = await db.selectFrom('regions').select(REGION_COLUMNS).where('parent_code', 'in', parents).orderBy('code').execute();
    out.push(...rows.map((r) => ({ ...r, depth: d })));
    parents = rows.map((r) => r.code);
  }
  return out;
}

/** Approved reported figures for these regions, periods and keys (latest review first). */
export async function findApprovedFigures(db: Executor, regionCodes: string[], periods: string[], keys: string[]) {
  if (regionCodes.length === 0 || keys.length === 0) return [];
  return db
    .selectFrom('indicator_reported_values')
    .selectAll()
    .where('status', '=', 'approved')
    .where('region_code', 'in', regionCodes)
    .where('period', 'in', periods)
    .where('indicator_key', 'in', keys)
    .orderBy('reviewed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Population rows of these regions up to a year (any basis). */
export async function findPopulation(db: Executor, regionCodes: string[], maxYear: number) {
  if (regionCodes.length === 0) return [];
  return db.selectFrom('population_series').selectAll().where('region_code', 'in', regionCodes).where('year', '<=', maxYear).execute();
}

/** Population rows at or below a region. */
export async function findPopulationWithin(db: Executor, regionCode: string) {
  return db
    .selectFrom('population_series')
    .selectAll()
    .where(regionCondition('region_code', regionCode))
    .orderBy('region_code')
    .orderBy('year', 'desc')
    .orderBy('basis')
    .execute();
}

/** Chosen population bases of these regions (a region without a row inherits its ancestor's). */
export async function findPopulationBases(db: Executor, regionCodes: string[]) {
  if (regionCodes.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('population_bases').select(['region_code', 'basis']).where('region_code', 'in', regionCodes).execute();
  return new Map(rows.map((r) => [r.region_code, r.basis]));
}

/** Inserts or replaces one population figure. */
export async function upsertPopulation(
  db: Executor,
  row: { region_code: string; year: number; basis: string; population: number; source: string; updated_at: string },
) {
  return db
    .insertInto('population_series')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['region_code', 'year', 'basis']).doUpdateSet({ population: row.population, source: row.source, updated_at: row.updated_at }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Sets the population basis of a region. */
export async function upsertPopulationBasis(db: Executor, regionCode: string, basis: string, at: string) {
  await db
    .insertInto('population_bases')
    .values({ region_code: regionCode, basis, updated_at: at })
    .onConflict((oc) => oc.column('region_code').doUpdateSet({ basis, updated_at: at }))
    .execute();
}
