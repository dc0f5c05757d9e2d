import { sql } from 'kysely';
import type { Dialect, Executor } from '../../../db/database.js';
import { walkByMonth } from './date-walk.js';
import type { Plan } from './plan.js';
import type { HitSource } from './search-source.js';
import { bm25Affordable, fieldRankedPage, type KnownHits } from './sqlite-rank.js';
import { idParam } from './id-param.js';

/** Result order: relevance (bm25 / ts_rank_cd), or application date newest or oldest first. */
export type SearchSort = 'relevance' | 'date_desc' | 'date_asc';

/** Thresholds that bound the work of one search (tests lower them to exercise both paths). */
export const searchTuning = {
  /**
   * Relevance is bm25 over all hits up to this many; above it, the column-weight score of fieldScore()
   * over the newest `rankWindow` hits (by id, i.e. the most recently added patents). bm25 scans every
   * match of each phrase for its IDF before scoring (a generic term like 装置 matches most of a million
   * patents), so this bounds a page to a few tens of milliseconds.
   */
  rankWindow: 10_000,
  /** The same on PostgreSQL, where ranking reads each hit's toasted tsvector (~30 µs a hit). */
  pgRankWindow: 2_000,
  /** Above this many hits, SQLite date order walks month by month instead of sorting every hit (date-walk.ts). */
  dateWalkMin: 20_000,
  /** SQLite: rank small results by the column-weight score when bm25's IDF pass would cost more (sqlite-rank.ts). */
  bm25Budget: true,
};

/** Number of hits. */
export async function countHits(db: Executor, src: HitSource): Promise<number> {
  const r = await sql<{ n: number | string }>`select count(*) as n from ${src.from} where ${src.where}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** A page of ids, and whether relevance was ranked within the newest-hits window only. */
export interface PageIds {
  ids: number[];
  relevanceSampled: boolean;
}

const ids = (rows: readonly { id: number | string }[]) => rows.map((r) => Number(r.id));

/**
 * One page of hit ids in the requested order; ties break on the id so pages never overlap. Relevance
 * falls back to date order when the query has no text term (filters only).
 */
export async function pageIds(
  db: Executor,
  dialect: Dialect,
  plan: Plan,
  src: HitSource,
  sort: SearchSort,
  total: number,
  limit: number,
  offset: number,
  /** Every hit, when the caller already read them (a faceted search): spares the ranking passes over the index. */
  hits?: KnownHits,
): Promise<PageIds> {
  if (sort === 'relevance' && src.relevance) {
    // Deep pages widen the window so every page of it exists.
    const window = Math.max(dialect === 'postgres' ? searchTuning.pgRankWindow : searchTuning.rankWindow, offset + limit);
    if (total <= window) {
      if (dialect === 'sqlite' && searchTuning.bm25Budget && !(await bm25Affordable(db, plan, total)))
        return { ids: await fieldRankedPage(db, plan, src, limit, offset, hits), relevanceSampled: false };
      const r = await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where}
        order by ${src.relevance}, ${src.id} limit ${limit} offset ${offset}`.execute(db);
      return { ids: ids(r.rows), relevanceSampled: false };
    }
    // The id of the window-th newest hit: from the hits at hand, else walking the index backwards stops there.
    const known = hits && hits.ids.length === total ? windowEdge(hits.ids, window) : null;
    const edge =
      known === null
        ? await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where}
      order by ${src.scanFreeId} desc limit 1 offset ${window - 1}`.execute(db)
        : null;
    const lo = idParam(known ?? Number(edge?.rows[0]?.id ?? 0));
    const r = await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where} and ${src.scanFreeId} >= ${lo}
      order by ${src.windowRelevance(lo) ?? sql`1`}, ${src.id} desc limit ${limit} offset ${offset}`.execute(db);
    return { ids: ids(r.rows), relevanceSampled: true };
  }
  const dir = sort === 'date_asc' ? sql`asc` : sql`desc`;
  if (dialect === 'sqlite' && total > searchTuning.dateWalkMin) {
    const walked = await walkByMonth(db, plan, sort === 'date_asc' ? 'asc' : 'desc', limit, offset);
    if (walked) return { ids: walked, relevanceSampled: false };
  }
  // PostgreSQL's planner picks between the date index (checking each row) and sorting the hits itself.
  const f = src.withFacts();
  const r = await sql<{ id: number }>`select ${f.id} as id from ${f.from} where ${f.where}
    order by s.app_ymd ${dir}, ${f.id} ${dir} limit ${limit} offset ${offset}`.execute(db);
  return { ids: ids(r.rows), relevanceSampled: false };
}

/** The id of the window-th newest of the hits: the oldest hit of the newest-hits window. */
function windowEdge(ids: readonly number[], window: number): number {
  // The index returns its hits in id order; sorting 870,000 ids would cost ~100 ms.
  let ascending = true;
  for (let i = 1; i < ids.length && ascending; i++) ascending = (ids[i] as number) > (ids[i - 1] as number);
  const sorted = ascending ? ids : [...ids].sort((a, b) => a - b);
  return sorted[Math.max(0, sorted.length - window)] ?? 0;
}

/** The next `limit` hit ids above `afterId`, ascending (keyset pagination for streaming exports). */
export async function idsAfter(db: Executor, src: HitSource, afterId: number, limit: number): Promise<number[]> {
  const r = await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where} and ${src.id} > ${idParam(afterId)}
    order by ${src.id} limit ${limit}`.execute(db);
  return ids(r.rows);
}

/** Every hit id of the source (the caller counts facets over them in memory). */
export async function allHitIds(db: Executor, src: HitSource): Promise<number[]> {
  return (await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where}`.execute(db)).rows.map((r) => Number(r.id));
}

/** PostgreSQL planner settings of a search's read transaction (see withSearchSession in service.ts). */
export async function setPgSearchSession(trx: Executor): Promise<void> {
  await sql`select set_config('work_mem', '64MB', true), set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)`.execute(trx);
}
