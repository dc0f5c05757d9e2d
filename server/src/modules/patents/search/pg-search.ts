import { sql } from 'kysely';
import type { Executor } from '../../../db/database.js';
import { countFacets, facetColumns, FACET_EXACT_LIMIT, type FacetRow, type SearchFacets } from './facets.js';
import { searchTuning, type PageIds, type SearchSort } from './search-queries.js';
import type { HitSource } from './search-source.js';

/**
 * A search on PostgreSQL reads its hits ONCE. Evaluating the condition is the expensive part there:
 * a phrase (any term of 3+ characters) or an AB=/CL= restriction is rechecked on each candidate's
 * TOASTed vector (~12 µs a row), and count, relevance window, ranking and facets used to evaluate it
 * again each (at 200,000 patents, AG=知识产权 AND TX=装置 took 3 × 0.75 s). Here one statement
 * materialises the hits with their facet values and returns the total, the newest HIT_CAP hits and, for
 * larger results, an evenly spread sample of about FACET_EXACT_LIMIT hits, and the first hits of a
 * date order; facets and date-ordered pages are computed from those rows, and only the relevance window
 * is read again (its vectors, for ts_rank_cd). The export (streamPatentIds) keeps its keyset queries.
 */

/** Newest hits a search keeps at most: the deepest relevance window (offset 10,000 + 100) and the hits of exact facets. */
const HIT_CAP = 10_100;

/** A hit as readHits returns it: its facet values (FacetRow) and application date. */
interface HitRow extends FacetRow {
  d: number;
  /** Among the newest `keep` hits by id. */
  newest: boolean;
  /** Among the first `need` hits in the requested date order. */
  dated: boolean;
}

interface Hits {
  total: number;
  /** The newest hits by id, at most `keep`: all of them when total ≤ keep. */
  newest: HitRow[];
  /** The first `need` hits in date order (application date, then id), in that order. */
  dated: HitRow[];
  /** Above FACET_EXACT_LIMIT hits: every k-th hit by id, ~FACET_EXACT_LIMIT of them (else null). */
  sample: HitRow[] | null;
}

interface HitsWanted {
  /** How many of the newest hits (by id) to keep. */
  keep: number;
  /** Facets asked: their values (on this reference date, yyyymmdd) and the sample. */
  asOf: number | null;
  /** A date-ordered page asked: its direction and how many hits from the start it needs (offset + limit). */
  dated: { dir: 'asc' | 'desc'; need: number } | null;
}

/**
 * The total and the kept hits in one statement: the newest `keep` and the first of the date order
 * (a top-N sort of the hits; the planner would otherwise walk the application-date index testing each
 * row's vector — 16 s for IC=G06F AND AD=2007:2010 at a million patents), and with facets their
 * values, read from the heap rows the bitmap scan visits anyway (a lookup by id afterwards cost ~4 µs a
 * hit: 40 ms for 10,000), plus the sample for the facets of a larger result.
 */
async function readHits(db: Executor, src: HitSource, want: HitsWanted): Promise<Hits> {
  const cols = want.asOf === null ? sql`${src.id} as id` : facetColumns({ id: src.id }, want.asOf);
  const k = sql`greatest(1, floor((select n from c) / ${FACET_EXACT_LIMIT}::float8))::bigint`;
  const sampled = want.asOf === null ? sql`false` : sql`((select n from c) > ${FACET_EXACT_LIMIT} and h.id % ${k} = 0)`;
  const dir = want.dated?.dir === 'asc' ? sql`asc` : sql`desc`;
  const r = await sql<HitRow & { total: number | string; sampled: boolean }>`
    with h as materialized (select ${cols}, s.app_ymd as d from ${src.from} where ${src.where}),
      c as (select count(*) as n from h),
      newest as (select id from h order by id desc limit ${want.keep}),
      dated as (select id from h order by d ${dir}, id ${dir} limit ${want.dated?.need ?? 0})
    select h.*, (select n from c) as total, h.id in (select id from newest) as newest, h.id in (select id from dated) as dated,
      ${sampled} as sampled
    from h where h.id in (select id from newest) or h.id in (select id from dated) or ${sampled}`.execute(db);
  // No row: no hit.
  const total = Number(r.rows[0]?.total ?? 0);
  const rows = r.rows.map((x) => ({ ...x, id: Number(x.id), d: Number(x.d) }));
  const sign = want.dated?.dir === 'asc' ? 1 : -1;
  return {
    total,
    newest: rows.filter((x) => x.newest).sort((a, b) => b.id - a.id),
    dated: rows.filter((x) => x.dated).sort((a, b) => sign * (a.d - b.d || a.id - b.id)),
    sample: want.asOf !== null && total > FACET_EXACT_LIMIT ? rows.filter((x) => x.sampled) : null,
  };
}

/** One page of the window's hits by relevance (their vectors are read for ts_rank_cd). */
async function rankedPage(db: Executor, src: HitSource, window: readonly number[], limit: number, offset: number, ties: 'asc' | 'desc') {
  const r = await sql<{ id: number }>`select s.id as id from patent_search_facts s where s.id = any(${window}::bigint[])
    order by ${src.relevance}, s.id ${ties === 'asc' ? sql`asc` : sql`desc`} limit ${limit} offset ${offset}`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

/** Total, one page of ids and (when asked) facets of a search on PostgreSQL. */
export async function searchOnPostgres(
  db: Executor,
  src: HitSource,
  req: { sort: SearchSort; pageSize: number; offset: number; facets: boolean; asOf: number },
): Promise<{ total: number; page: PageIds; facets: SearchFacets | null }> {
  const { pageSize: limit, offset } = req;
  const byRelevance = req.sort === 'relevance' && src.relevance !== null;
  const window = Math.max(searchTuning.pgRankWindow, offset + limit);
  // Relevance needs the newest `window` hits; exact facets need all of them (the newest HIT_CAP).
  const keep = req.facets ? HIT_CAP : byRelevance ? window : 0;
  const dated = byRelevance ? null : { dir: req.sort === 'date_asc' ? ('asc' as const) : ('desc' as const), need: offset + limit };
  const hits = await readHits(db, src, { keep, asOf: req.facets ? req.asOf : null, dated });
  const { total } = hits;
  let page: PageIds = { ids: [], relevanceSampled: false };
  if (total > 0 && byRelevance) {
    // Up to the window every hit is ranked (ties: lower id first); above it the newest `window` hits
    // are, newest first on ties (relevanceSampled), as search-queries.ts pageIds does.
    const sampled = total > window;
    const ids = hits.newest.slice(0, window).map((h) => h.id);
    page = { ids: await rankedPage(db, src, ids, limit, offset, sampled ? 'desc' : 'asc'), relevanceSampled: sampled };
  } else if (total > 0) page = { ids: hits.dated.slice(offset, offset + limit).map((h) => h.id), relevanceSampled: false };
  if (!req.facets) return { total, page, facets: null };
  const exact = total <= FACET_EXACT_LIMIT;
  return { total, page, facets: countFacets(exact ? hits.newest : (hits.sample ?? hits.newest), total, !exact) };
}
