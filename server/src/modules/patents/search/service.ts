import type { Executor } from '../../../db/database.js';
import type { AppContext } from '../../../platform/context.js';
import { badRequest } from '../../../platform/errors.js';
import type { QueryNode } from '../query/index.js';
import { allFacetRows, computeFacets, countFacets, FACET_EXACT_LIMIT, type FacetRow, type SearchFacets } from './facets.js';
import { loadItems, type SearchItem } from './items.js';
import { compileQuery, ymd, type Plan } from './plan.js';
import { allHitIds, countHits, idsAfter, pageIds, setPgSearchSession, type SearchSort } from './search-queries.js';
import { facetSnapshot, snapshotFacets } from './facet-snapshot.js';
import { searchOnPostgres } from './pg-search.js';
import { hitSource } from './search-source.js';
import { tuneSearchConnection } from './sqlite-tuning.js';

/** A search request: the parsed query, ordering, page, and the reference date of legal states. */
export interface SearchRequest {
  ast: QueryNode;
  sort: SearchSort;
  /** 1-based page number. */
  page: number;
  /** Hits per page, at most 100. */
  pageSize: number;
  /** Also compute facet counts. */
  facets: boolean;
  /** Reference date (统计基准日) for LS= and the legalState of items and facets, YYYY-MM-DD. */
  asOf: string;
  /** Jurisdiction limit: only patents of this region and below (the caller's region). */
  within?: string | null;
}

/** A page of hits, the total, and facets when asked for. */
export interface SearchResult {
  total: number;
  items: SearchItem[];
  facets?: SearchFacets;
  /**
   * True when the query matched more than searchTuning.rankWindow (10,000) patents (generic terms such
   * as 装置): relevance order is then title/abstract/claims match weight over the newest 10,000 of them,
   * not bm25 over all. The total and the date orders stay exact.
   */
  relevanceSampled?: boolean;
}

/** Deepest page offset served (deeper results are for the streaming export). */
const MAX_OFFSET = 10_000;

function checkAsOf(asOf: string): number {
  const d = ymd(asOf);
  if (d === null || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw badRequest('基准日格式应为 YYYY-MM-DD', { asOf: '格式应为 YYYY-MM-DD' });
  return d;
}

function compile(ast: QueryNode, asOf: string, within: string | null | undefined): Plan {
  checkAsOf(asOf);
  return compileQuery(ast, { asOf, within: within ?? null });
}

const EMPTY_FACETS: SearchFacets = { ipcSection: [], ipcClass: [], year: [], kind: [], legalState: [], region: [], applicant: [], facetsSampled: false };

/**
 * Full-text patent search (专利检索): count, one page of hits with snippet and highlights, and optional
 * facets. One parameterised query per step; see plan.ts for how a query is compiled.
 */
export async function searchPatents(ctx: AppContext, req: SearchRequest): Promise<SearchResult> {
  const pageSize = Math.trunc(req.pageSize);
  const page = Math.trunc(req.page);
  if (!(pageSize >= 1 && pageSize <= 100)) throw badRequest('每页条数应为 1–100', { pageSize: '应为 1–100' });
  if (!(page >= 1) || (page - 1) * pageSize > MAX_OFFSET) throw badRequest(`页码应为 1–${Math.floor(MAX_OFFSET / pageSize) + 1}`, { page: '超出范围' });
  const plan = compile(req.ast, req.asOf, req.within);
  if (plan.cond.t === 'const' && !plan.cond.value) return { total: 0, items: [], ...(req.facets ? { facets: EMPTY_FACETS } : {}) };
  await tuneSearchConnection(ctx);
  const src = hitSource(ctx.dialect, plan);
  const asOf = checkAsOf(req.asOf);
  const offset = (page - 1) * pageSize;
  return withSearchSession(ctx, async (db) => {
    if (ctx.dialect === 'postgres') {
      const r = await searchOnPostgres(db, src, { sort: req.sort, pageSize, offset, facets: req.facets, asOf });
      const items = await loadItems(db, r.page.ids, plan.terms, req.asOf);
      return { total: r.total, items, ...(r.facets ? { facets: r.facets } : {}), ...(r.page.relevanceSampled ? { relevanceSampled: true } : {}) };
    }
    // Facets from the in-memory snapshot: the hit ids are read once (they give the total too) and the
    // facets are counted over all of them; while the snapshot loads, the SQL path below.
    const snapshot = req.facets ? await facetSnapshot(ctx) : null;
    if (snapshot) {
      const ids = await allHitIds(db, src);
      const total = ids.length;
      const page1 = total > 0 ? await pageIds(db, ctx.dialect, plan, src, req.sort, total, pageSize, offset, { ids }) : { ids: [], relevanceSampled: false };
      const items = await loadItems(db, page1.ids, plan.terms, req.asOf);
      return { total, items, facets: snapshotFacets(snapshot, ids, asOf), ...(page1.relevanceSampled ? { relevanceSampled: true } : {}) };
    }
    const total = await countHits(db, src);
    // A faceted search of up to FACET_EXACT_LIMIT hits reads them once, with their facts: the facets are
    // counted from those rows and the ranking starts from their ids.
    const rows: FacetRow[] | null = req.facets && total > 0 && total <= FACET_EXACT_LIMIT ? await allFacetRows(db, src, asOf) : null;
    const page1 =
      total > 0
        ? await pageIds(
            db,
            ctx.dialect,
            plan,
            src,
            req.sort,
            total,
            pageSize,
            offset,
            rows ? { ids: rows.map((r) => Number(r.id)), titles: rows.map((r) => r.t ?? null) } : undefined,
          )
        : { ids: [], relevanceSampled: false };
    const items = await loadItems(db, page1.ids, plan.terms, req.asOf);
    const sampled = page1.relevanceSampled ? { relevanceSampled: true } : {};
    if (!req.facets) return { total, items, ...sampled };
    const facets = total === 0 ? EMPTY_FACETS : rows ? countFacets(rows, total, false) : await computeFacets(db, src, total, asOf);
    return { total, items, facets, ...sampled };
  });
}

/**
 * Runs a search's statements. On PostgreSQL inside one read transaction with planner settings for text
 * search (measured at 1M patents): work_mem 64 MB, because with 4 MB a bitmap over 100,000+ hits turns
 * lossy and every row of a lossy page is rechecked by decompressing its tsvector (2 s → 0.2 s); no
 * sequential scans, because the planner does not know that evaluating `@@` on each row means
 * decompressing a 5 KB tsvector and picks a parallel seq scan for common terms (3.5 s → 0.6 s); no JIT
 * (25 ms of compilation a statement).
 */
async function withSearchSession<T>(ctx: AppContext, run: (db: Executor) => Promise<T>): Promise<T> {
  if (ctx.dialect !== 'postgres') return run(ctx.db);
  return ctx.db.transaction().execute(async (trx) => {
    await setPgSearchSession(trx);
    return run(trx);
  });
}

/** Number of patents matching the query. */
export async function countPatents(ctx: AppContext, ast: QueryNode, asOf: string, within?: string | null): Promise<number> {
  const plan = compile(ast, asOf, within);
  if (plan.cond.t === 'const' && !plan.cond.value) return 0;
  return withSearchSession(ctx, (db) => countHits(db, hitSource(ctx.dialect, plan)));
}

/**
 * Every matching patent id, ascending, in batches (for unlimited exports): each batch is a fresh keyset
 * query (`id > last`), so memory stays constant and no cursor is held open between batches.
 */
export async function* streamPatentIds(
  ctx: AppContext,
  ast: QueryNode,
  asOf: string,
  opts: { within?: string | null; batchSize?: number } = {},
): AsyncGenerator<number[]> {
  const plan = compile(ast, asOf, opts.within);
  if (plan.cond.t === 'const' && !plan.cond.value) return;
  const src = hitSource(ctx.dialect, plan);
  const size = Math.max(1, Math.min(opts.batchSize ?? 5000, 50_000));
  let after = 0;
  for (;;) {
    const ids = await withSearchSession(ctx, (db) => idsAfter(db, src, after, size));
    if (ids.length === 0) return;
    yield ids;
    if (ids.length < size) return;
    after = ids[ids.length - 1] as number;
  }
}
