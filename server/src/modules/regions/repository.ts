import type { Executor } from '../../db/database.js';
import type { RegionTable } from '../../db/schema.js';

const COLUMNS = ['code', 'name', 'level', 'parent_code', 'full_name'] as const;

/** Children of a region (provinces when parent is null), with whether each has children. */
export async function findChildRegions(db: Executor, parent: string | null) {
  let q = db
    .selectFrom('regions as r')
    .select(COLUMNS.map((c) => `r.${c}` as const))
    .select((eb) => eb.exists(eb.selectFrom('regions as c').select('c.code').whereRef('c.parent_code', '=', 'r.code')).as('has_children'))
    .orderBy('r.code');
  q = parent === null ? q.where('r.parent_code', 'is', null) : q.where('r.parent_code', '=', parent);
  return q.execute();
}

/** One region by code. */
export async function findRegion(db: Executor, code: string) {
  return db.selectFrom('regions').select(COLUMNS).where('code', '=', code).executeTakeFirst();
}

/** Region names for a set of codes, for presenting lists. */
export async function findRegionNames(db: Executor, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('regions').select(['code', 'full_name']).where('code', 'in', unique).execute();
  return new Map(rows.map((r) => [r.code, r.full_name]));
}

export async function countRegions(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Inserts regions in batches (parents before children). */
export async function insertRegions(db: Executor, rows: RegionTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('regions')
      .values(rows.slice(i, i + 500))
      .execute();
}
