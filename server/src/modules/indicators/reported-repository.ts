import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { IndicatorReportedValueTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';

export type NewFigure = Insertable<IndicatorReportedValueTable>;

/** Inserts reported figures in batches; returns their ids. */
export async function insertFigures(db: Executor, rows: NewFigure[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const r = await db
      .insertInto('indicator_reported_values')
      .values(rows.slice(i, i + 200))
      .returning('id')
      .execute();
    ids.push(...r.map((x) => Number(x.id)));
  }
  return ids;
}

export async function findFigure(db: Executor, id: number) {
  return db.selectFrom('indicator_reported_values').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface FigureFilter {
  within: string;
  status?: string;
  regionCode?: string;
  period?: string;
  indicatorKey?: string;
  id?: number;
}

/** A page of figures within a region, newest first, with author and reviewer names. */
export async function findFigures(db: Executor, f: FigureFilter, page: number, pageSize: number) {
  let q = db
    .selectFrom('indicator_reported_values as v')
    .leftJoin('users as a', 'a.id', 'v.author_id')
    .leftJoin('users as r', 'r.id', 'v.reviewer_id')
    .leftJoin('regions as g', 'g.code', 'v.region_code')
    .where(regionCondition('v.region_code', f.within));
  if (f.status) q = q.where('v.status', '=', f.status);
  if (f.regionCode) q = q.where('v.region_code', '=', f.regionCode);
  if (f.period) q = q.where('v.period', '=', f.period);
  if (f.indicatorKey) q = q.where('v.indicator_key', '=', f.indicatorKey);
  if (f.id !== undefined) q = q.where('v.id', '=', f.id);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await q
    .selectAll('v')
    .select(['a.display_name as author_name', 'r.display_name as reviewer_name', 'g.name as region_name'])
    .orderBy('v.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { total: Number(total.n), items };
}

/** Approved values of one indicator and region (for the plausibility history). */
export async function findApprovedHistory(db: Executor, keys: string[], regionCodes: string[]) {
  if (keys.length === 0 || regionCodes.length === 0) return [];
  return db
    .selectFrom('indicator_reported_values')
    .select(['indicator_key', 'region_code', 'period', 'value'])
    .where('status', '=', 'approved')
    .where('indicator_key', 'in', keys)
    .where('region_code', 'in', regionCodes)
    .execute();
}

/** Sets the review outcome. */
export async function updateFigureReview(
  db: Executor,
  id: number,
  v: { status: string; reviewer_id: number; reviewed_at: string; review_note: string | null },
) {
  await db
    .updateTable('indicator_reported_values')
    .set({ ...v, updated_at: v.reviewed_at })
    .where('id', '=', id)
    .execute();
}
