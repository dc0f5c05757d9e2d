import type { AppContext } from '../../platform/context.js';
import { type QueryNode, compileQuery, hitSource, tuneSearchConnection } from '../patents/api.js';
import { countHitsUpTo, countIndexedPatents, topHitIds } from './match-repository.js';

/**
 * Candidate generation from the patents' full-text index (never a scan of the patents table): document
 * frequencies of the demand's terms, bounded so a generic term costs no more than a rare one, then the
 * top hits by the index's own relevance (bm25 on SQLite, ts_rank_cd on PostgreSQL) of the OR of the
 * most discriminative terms.
 */

/** Tuning of candidate generation (tests and the benchmark may change it). */
export const candidateTuning = {
  /** Counting stops here: a term found in this many patents is "common" whatever its exact count. */
  dfCap: 2_000,
  /** At most this many terms are OR-ed into the candidate query. */
  queryTerms: 6,
  /** Candidates taken from the index for re-ranking. */
  pool: 150,
  /** New patents taken per demand in an incremental re-match (they compete with the stored top 20). */
  incrementalPool: 40,
};

const AS_OF = '2000-01-01'; // no legal-state leaf is compiled; the plan only needs a well-formed date

function textNode(value: string): QueryNode {
  return { kind: 'text', field: 'TX', value, phrase: true, position: 0 };
}

/** The plan's hit source for an OR of `any` terms, with the `all` terms AND-ed as one more alternative (TX=). */
function sourceOf(ctx: Pick<AppContext, 'dialect'>, any: readonly string[], all: readonly string[] = []) {
  const children: QueryNode[] = any.map(textNode);
  if (all.length === 1) children.push(textNode(all[0] as string));
  if (all.length > 1) children.push({ kind: 'and', children: all.map(textNode) });
  if (children.length === 0) return null;
  const ast: QueryNode = children.length === 1 ? (children[0] as QueryNode) : { kind: 'or', children };
  const plan = compileQuery(ast, { asOf: AS_OF });
  if (plan.cond.t === 'const') return null;
  return hitSource(ctx.dialect, plan);
}

/**
 * Document-frequency cache of one database: term → bounded df, filled at `cachedAtTotal` indexed patents.
 * Frequencies are weights, not counts anyone reads: after a write they stay until the index has grown or
 * shrunk by 5 %, so an import of a few thousand patents does not make every demand's terms be counted again.
 */
interface FrequencyCache {
  df: Map<string, number>;
  cachedAtTotal: number;
  total: number | null;
}
const caches = new WeakMap<object, FrequencyCache>();
function cacheOf(ctx: Pick<AppContext, 'db'>): FrequencyCache {
  let c = caches.get(ctx.db);
  if (!c) {
    c = { df: new Map(), cachedAtTotal: 0, total: null };
    caches.set(ctx.db, c);
  }
  return c;
}

/** Forgets every cached frequency (the benchmark measures cold runs with it). */
export function clearFrequencyCache(ctx: Pick<AppContext, 'db'>): void {
  caches.delete(ctx.db);
}

/** Patents were written: recount the index size on next use (the frequencies follow when it moved by 5 %). */
export function patentsChanged(ctx: Pick<AppContext, 'db'>): void {
  cacheOf(ctx).total = null;
}

/** Number of indexed patents (cached until the next write). */
export async function indexedPatents(ctx: AppContext): Promise<number> {
  const c = cacheOf(ctx);
  if (c.total !== null) return c.total;
  c.total = await countIndexedPatents(ctx.db);
  if (Math.abs(c.total - c.cachedAtTotal) > 0.05 * Math.max(c.cachedAtTotal, 1)) {
    c.df.clear();
    c.cachedAtTotal = c.total;
  }
  return c.total;
}

/** How many patents contain the term (title, abstract or claim), counted up to dfCap. */
export async function documentFrequency(ctx: AppContext, term: string): Promise<number> {
  const cache = cacheOf(ctx).df;
  const cached = cache.get(term);
  if (cached !== undefined) return cached;
  const src = sourceOf(ctx, [term]);
  let n = 0;
  if (src) {
    n = await countHitsUpTo(ctx.db, src, candidateTuning.dfCap);
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(term, n);
  return n;
}

/** A term with its (bounded) document frequency and inverse document frequency. */
export interface WeightedTerm {
  term: string;
  df: number;
  idf: number;
}

/** Weights the terms by IDF = ln(1 + N / df); terms absent from the index get the highest weight but are never queried. */
export async function weighTerms(ctx: AppContext, terms: readonly string[]): Promise<WeightedTerm[]> {
  await tuneSearchConnection(ctx);
  const total = Math.max(1, await indexedPatents(ctx));
  const out: WeightedTerm[] = [];
  for (const term of terms) {
    const df = await documentFrequency(ctx, term);
    out.push({ term, df, idf: Math.log(1 + total / Math.max(1, df)) });
  }
  return out;
}

/**
 * The candidate query of a demand: the rarest terms (found in fewer than dfCap patents), at most
 * queryTerms, OR-ed. A demand with fewer than two such terms adds its two least common other terms as
 * one AND group: patents with both of two common words, rather than every patent with either (at a
 * million patents an OR of two common words ranks 100,000+ hits).
 */
export interface CandidateQuery {
  any: string[];
  all: string[];
}

export function candidateQueryOf(weighted: readonly WeightedTerm[]): CandidateQuery {
  const present = weighted.filter((w) => w.df > 0).sort((a, b) => a.df - b.df || a.term.localeCompare(b.term));
  const rare = present.filter((w) => w.df < candidateTuning.dfCap).slice(0, candidateTuning.queryTerms);
  const any = rare.map((w) => w.term);
  if (rare.length >= 2) return { any, all: [] };
  const common = present.filter((w) => w.df >= candidateTuning.dfCap).map((w) => w.term);
  if (common.length >= 2) return { any, all: common.slice(0, 2) };
  return rare.length === 1 ? { any, all: [] } : { any: common.slice(0, 1), all: [] };
}

/** The terms of the candidate query, rarest first (shown to the user; tested against new patents). */
export function queryTermsOf(weighted: readonly WeightedTerm[]): string[] {
  const q = candidateQueryOf(weighted);
  return [...q.any, ...q.all];
}

/**
 * Top patent ids for the OR of the terms, best first by the index's relevance. With `queuedFrom`, only
 * patents from that id up are considered: the ones written since the last re-match.
 */
export async function candidatePatentIds(ctx: AppContext, query: CandidateQuery, opts: { limit?: number; queuedFrom?: number } = {}): Promise<number[]> {
  const src = sourceOf(ctx, query.any, query.all);
  if (!src) return [];
  const limit = opts.limit ?? (opts.queuedFrom === undefined ? candidateTuning.pool : candidateTuning.incrementalPool);
  return topHitIds(ctx.db, src, { fromId: opts.queuedFrom, limit });
}
