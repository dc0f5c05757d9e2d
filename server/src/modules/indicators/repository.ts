import { sql } from 'kysely';
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

/** Registered trademarks per region code and status, registered by `end` and in term on it. */
export async function countTrademarksInTerm(db: Executor, rootCode: string, end: string) {
  return db
    .selectFrom('trademarks')
    .select(['region_code as code', 'status', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('reg_date', '<=', end)
    .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', end)]))
    .groupBy(['region_code', 'status'])
    .execute();
}

/** Active geographical indications per region code approved by `end` (of one kind, or all). */
export async function countGeoIndications(db: Executor, rootCode: string, end: string, kind: string | null) {
  let q = db
    .selectFrom('geo_indications')
    .select(['region_code as code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('approved_on', 'is', null), eb('approved_on', '<=', end)]));
  if (kind) q = q.where('kind', '=', kind);
  return q.groupBy('region_code').execute();
}

/** Fingerprint of the organisations table (newest change and newest row; each one index read). */
export async function organisationsFingerprint(db: Executor): Promise<string> {
  const [at, id] = await Promise.all([
    db
      .selectFrom('organisations')
      .select((eb) => eb.fn.max('updated_at').as('v'))
      .executeTakeFirst(),
    db
      .selectFrom('organisations')
      .select((eb) => eb.fn.max('id').as('v'))
      .executeTakeFirst(),
  ]);
  return `${String(at?.v ?? '')}|${String(id?.v ?? '')}`;
}

/** Active enterprises per region and registration day under a scope. */
export async function countEnterprisesByDay(db: Executor, scope: string) {
  const day = sql<string>`substr(created_at, 1, 10)`;
  return db
    .selectFrom('organisations')
    .select(['region_code', day.as('day'), sql<number>`count(*)`.as('n')])
    .where('kind', '=', 'enterprise')
    .where('status', '=', 'active')
    .where(regionCondition('region_code', scope))
    .groupBy(['region_code', day])
    .execute();
}

/** Regions of the active IP bureaus (the scopes warmed at start). */
export async function findBureauRegions(db: Executor) {
  return db.selectFrom('organisations').select('region_code').distinct().where('kind', '=', 'ip_bureau').where('status', '=', 'active').execute();
}

/** Which of the given codes (6 or 9 digits) are regions of the division tree. */
export async function findKnownRegions(db: Executor, candidates: Iterable<string>): Promise<Set<string>> {
  const known = new Set<string>();
  const codes = [...new Set(candidates)].filter((c) => /^(\d{6}|\d{9})$/.test(c));
  for (let i = 0; i < codes.length; i += 500) {
    const rows = await db
      .selectFrom('regions')
      .select('code')
      .where('code', 'in', codes.slice(i, i + 500))
      .execute();
    for (const r of rows) known.add(r.code);
  }
  return known;
}
