import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { containsText } from '../../platform/text-match-sql.js';

export interface TrademarkFilter {
  q?: string;
  regionCode?: string;
  niceClass?: string;
}

function filtered(db: Executor, f: TrademarkFilter) {
  let q = db.selectFrom('trademarks');
  if (f.regionCode) q = q.where(regionCondition('region_code', f.regionCode));
  if (f.q) q = q.where((eb) => eb.or([containsText('mark', f.q ?? ''), containsText('owner_name', f.q ?? ''), eb('reg_no', '=', f.q ?? '')]));
  // Classes are a JSON array of two-digit strings: a quoted containment test matches one class exactly.
  if (f.niceClass) q = q.where(containsText('classes', `"${f.niceClass.padStart(2, '0')}"`));
  return q;
}

export async function findTrademarks(db: Executor, f: TrademarkFilter, page: number, pageSize: number) {
  const [items, count] = await Promise.all([
    filtered(db, f)
      .selectAll()
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function findTrademark(db: Executor, id: number) {
  return db.selectFrom('trademarks').selectAll().where('id', '=', id).executeTakeFirst();
}
