import { sql } from 'kysely';
import type { Executor } from '../../../db/database.js';
import { monthToken, yearToken } from './filter-tokens.js';
import { simplify, type Cond, type Plan } from './plan.js';
import { hitSource } from './search-source.js';

/** Index queries one walk may run before giving up (a sparse result is cheaper to sort whole). */
const MAX_QUERIES = 48;

/** Month token of patents without an application date (filterTokens adds it): they sort before all dates. */
export const NO_DATE_MONTH = monthToken('AD', 0, 0).token;

const withToken = (plan: Plan, token: string): Plan => ({
  ...plan,
  cond: simplify({ t: 'and', children: [plan.cond, { t: 'phrase', cols: ['fl'], tokens: [token], prefix: false }] }),
});

/** The application-date range the query itself imposes (top-level AD conditions), as yyyymmdd bounds. */
function ownRange(c: Cond): { from: number; to: number } {
  const leaves = c.t === 'and' ? c.children : [c];
  let from = 0;
  let to = 99991231;
  for (const l of leaves) {
    if (l.t !== 'date' || l.column !== 'app_ymd') continue;
    from = Math.max(from, l.from ?? 0);
    to = Math.min(to, l.to ?? 99991231);
  }
  return { from, to };
}

/**
 * Date order over a large hit set on SQLite, without sorting every hit: year by year from the newest
 * (or oldest) application year — a year without hits costs one `LIMIT 1` probe — and within a year month
 * by month, each month one small indexed query (the query AND that month's hidden token, sorted by
 * date), until offset + limit ids are collected. Exact; returns null when MAX_QUERIES were not enough
 * (the caller then sorts all hits).
 */
export async function walkByMonth(db: Executor, plan: Plan, dir: 'asc' | 'desc', limit: number, offset: number): Promise<number[] | null> {
  // Separate queries: SQLite answers a lone min() or max() from the index, both together by a full scan.
  const hiRow = await sql<{ d: number | null }>`select max(app_ymd) as d from patent_search_facts`.execute(db);
  const loRow = await sql<{ d: number | null }>`select min(app_ymd) as d from patent_search_facts where app_ymd > 0`.execute(db);
  const own = ownRange(plan.cond);
  const lo = Math.max(Number(loRow.rows[0]?.d ?? 0), own.from);
  const hi = Math.min(Number(hiRow.rows[0]?.d ?? 0), own.to);
  const need = offset + limit;
  const out: number[] = [];
  const order = dir === 'asc' ? sql`asc` : sql`desc`;
  let queries = 0;
  const take = async (token: string) => {
    queries++;
    const src = hitSource('sqlite', withToken(plan, token)).withFacts();
    const r = await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where}
      order by s.app_ymd ${order}, ${src.id} ${order} limit ${need - out.length}`.execute(db);
    out.push(...r.rows.map((row) => Number(row.id)));
    return out.length >= need;
  };
  const exists = async (token: string) => {
    queries++;
    const src = hitSource('sqlite', withToken(plan, token));
    const r = await sql<{ one: number }>`select 1 as one from ${src.from} where ${src.where} limit 1`.execute(db);
    return r.rows.length > 0;
  };
  if (dir === 'asc' && (await take(NO_DATE_MONTH))) return out.slice(offset, need);
  if (lo > 0 && hi >= lo) {
    const [y0, y1] = [Math.floor(lo / 10000), Math.floor(hi / 10000)];
    for (let i = 0; i <= y1 - y0; i++) {
      const year = dir === 'desc' ? y1 - i : y0 + i;
      if (queries >= MAX_QUERIES) return null;
      if (!(await exists(yearToken('AD', year).token))) continue;
      const m0 = year === y0 ? Math.floor(lo / 100) % 100 : 1;
      const m1 = year === y1 ? Math.floor(hi / 100) % 100 : 12;
      for (let j = 0; j <= m1 - m0; j++) {
        if (queries >= MAX_QUERIES) return null;
        if (await take(monthToken('AD', year, dir === 'desc' ? m1 - j : m0 + j).token)) return out.slice(offset, need);
      }
    }
  }
  // Desc: patents without a date come last.
  if (dir === 'desc') await take(NO_DATE_MONTH);
  return out.slice(offset, need);
}
