import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';

/** SQL of assessment schemes (考核方案) and their weighted items. */

export async function findSchemes(db: Executor, within: string, regionCode?: string) {
  let q = db
    .selectFrom('assessment_schemes as s')
    .leftJoin('regions as r', 'r.code', 's.region_code')
    .selectAll('s')
    .select('r.name as region_name')
    .where(regionCondition('s.region_code', within));
  if (regionCode) q = q.where('s.region_code', '=', regionCode);
  return q.orderBy('s.year', 'desc').orderBy('s.id', 'desc').execute();
}

export async function findScheme(db: Executor, id: number) {
  return db
    .selectFrom('assessment_schemes as s')
    .leftJoin('regions as r', 'r.code', 's.region_code')
    .selectAll('s')
    .select('r.name as region_name')
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function findItems(db: Executor, schemeIds: number[]) {
  if (schemeIds.length === 0) return [];
  return db.selectFrom('assessment_items').selectAll().where('scheme_id', 'in', schemeIds).orderBy('seq').execute();
}

export async function replaceItems(
  db: Executor,
  schemeId: number,
  items: { indicator_key: string; weight: number; rule: string; target_value: number | null }[],
) {
  await db.deleteFrom('assessment_items').where('scheme_id', '=', schemeId).execute();
  if (items.length > 0)
    await db
      .insertInto('assessment_items')
      .values(items.map((i, seq) => ({ ...i, scheme_id: schemeId, seq })))
      .execute();
}

/** A new scheme; its id. */
export async function insertScheme(
  trx: Executor,
  row: { name: string; region_code: string; year: number; is_demo: number; created_at: string; updated_at: string },
): Promise<number> {
  const r = await trx.insertInto('assessment_schemes').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Changes a scheme's name, region and year. */
export async function updateSchemeRow(trx: Executor, id: number, set: { name: string; region_code: string; year: number; updated_at: string }): Promise<void> {
  await trx.updateTable('assessment_schemes').set(set).where('id', '=', id).execute();
}
