import type { Region } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { countRegions, findChildRegions, findRegion, insertRegions } from './repository.js';
import { readDivisionTree } from './division-tree.js';

type RegionRow = { code: string; name: string; level: number; parent_code: string | null; full_name: string };

const present = (r: RegionRow, hasChildren: boolean): Region => ({
  code: r.code,
  name: r.name,
  level: r.level as Region['level'],
  parentCode: r.parent_code,
  fullName: r.full_name,
  hasChildren,
});

/** Children of a region, or the provinces; public reference data. */
export async function listChildRegions(ctx: AppContext, parent: string | undefined) {
  if (parent && !(await findRegion(ctx.db, parent))) throw notFound('行政区划');
  const rows = await findChildRegions(ctx.db, parent ?? null);
  return { items: rows.map((r) => present(r, Boolean(r.has_children))) };
}

/** A region with its chain of ancestors (province first). */
export async function getRegionPath(ctx: AppContext, code: string) {
  const items: Region[] = [];
  let cur = await findRegion(ctx.db, code);
  if (!cur) throw notFound('行政区划');
  while (cur) {
    items.unshift(present(cur, cur.level < 4));
    cur = cur.parent_code ? await findRegion(ctx.db, cur.parent_code) : undefined;
  }
  return { items };
}

/** Loads the division tree when the table is empty (first start); returns how many rows were added. */
export async function ensureRegionsLoaded(ctx: AppContext): Promise<number> {
  if ((await countRegions(ctx.db)) > 0) return 0;
  const rows = readDivisionTree(ctx.config.regionProvinces);
  await ctx.db.transaction().execute((trx) => insertRegions(trx, rows));
  return rows.length;
}
