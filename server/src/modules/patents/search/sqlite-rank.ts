import { sql } from 'kysely';
import type { Executor } from '../../../db/database.js';
import { positivePhrases, type Cond, type IndexColumn, type Plan } from './plan.js';
import { indexText } from './tokenizer.js';
import type { HitSource } from './search-source.js';
import { idParam } from './id-param.js';
import { COLUMN_WEIGHTS, renderPhrase, toSqliteMatch } from './sqlite-match.js';

/**
 * SQLite relevance for a result small enough to rank whole (≤ searchTuning.rankWindow hits) whose
 * phrases are not: FTS5's bm25() first computes each phrase's IDF by walking that phrase's posting list
 * across the whole index. A filter (IC=H01 AND AD=2010:2020 is 12 hidden-token phrases) or a generic
 * term beside a rare one (装置 钢筋) makes that walk hundreds of thousands of rows — 100–300 ms at a
 * million patents — for a result of a few thousand hits. Those results are ranked by the column-weight
 * score instead (fieldScore's weights, over every hit), which reads only the hits.
 */

export const rankTuning = {
  /**
   * Hits up to which each hit is looked up in the index by id instead (17–50 µs a hit, phrase and
   * column at a million patents, where walking a generic phrase's posting list costs tens of milliseconds).
   */
  seekHitsMax: 100,
  /** Patents indexed (anywhere in the process) after which cached phrase list lengths are counted again. */
  recountAfter: 5_000,
};

/** Posting rows of a phrase up to which its column presence is read from its own posting list. */
const SCAN_PHRASE_MAX = 50_000;

/** Patents indexed so far by this process (index-writer.ts reports each batch). */
let indexedSoFar = 0;
export function noteIndexed(count: number): void {
  indexedSoFar += count;
}

/**
 * Lengths of phrases' posting lists, capped at SCAN_PHRASE_MAX + 1, per database: whether a phrase is
 * "short" changes only as the index grows, and counting a generic phrase walks 50,000 rows (~15 ms at a
 * million patents) for every query it appears in.
 */
const listLengths = new WeakMap<object, { at: number; lengths: Map<string, number> }>();

async function listLength(db: Executor, phrase: string): Promise<number> {
  let cache = listLengths.get(db);
  if (!cache || indexedSoFar - cache.at > rankTuning.recountAfter) {
    cache = { at: indexedSoFar, lengths: new Map() };
    listLengths.set(db, cache);
  }
  const known = cache.lengths.get(phrase);
  if (known !== undefined) return known;
  const r = await sql<{ n: number }>`select count(*) as n from (select 1 from patent_fts where patent_fts match ${phrase}
    limit ${SCAN_PHRASE_MAX + 1})`.execute(db);
  const n = Number(r.rows[0]?.n ?? 0);
  if (cache.lengths.size > 10_000) cache.lengths.clear();
  cache.lengths.set(phrase, n);
  return n;
}

/** Posting-list rows bm25 may walk for its IDFs before the column-weight score is used instead. */
export const BM25_IDF_BUDGET = 100_000;

/** Every hit of a result, when the caller already read them: ids, and their titles (null: none) if read too. */
export interface KnownHits {
  ids: readonly number[];
  titles?: readonly (string | null)[];
}

/**
 * Whether the phrase's tokens occur consecutively in a column's index tokens (FTS5's phrase match;
 * `prefix`: the last token only starts one). The tokens are tokenizer.ts indexText's, as in the index.
 */
export function containsPhrase(tokens: readonly string[], phrase: readonly string[], prefix: boolean): boolean {
  const n = phrase.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      const t = tokens[i + j] as string;
      const q = phrase[j] as string;
      ok = prefix && j === n - 1 ? t.startsWith(q) : t === q;
    }
    if (ok) return true;
  }
  return false;
}

/** Every phrase leaf of the condition (NOT included: bm25 computes an IDF for each phrase of the MATCH). */
function phrases(c: Cond, out: Extract<Cond, { t: 'phrase' }>[] = []): Extract<Cond, { t: 'phrase' }>[] {
  if (c.t === 'phrase') out.push(c);
  if (c.t === 'and' || c.t === 'or') for (const child of c.children) phrases(child, out);
  if (c.t === 'not') phrases(c.child, out);
  return out;
}

function hasFilterTokens(c: Cond): boolean {
  if (c.t === 'date') return c.tokens !== null;
  if (c.t === 'phrase') return c.cols.includes('fl');
  if (c.t === 'and' || c.t === 'or') return c.children.some(hasFilterTokens);
  if (c.t === 'not') return hasFilterTokens(c.child);
  return false;
}

/**
 * Whether bm25's IDF pass stays within budget: posting lists counted up to what is left of it. A result
 * of a handful of hits (≤ rankTuning.seekHitsMax) of several phrases is ranked by the column weights
 * without counting anything: looking its hits up one by one costs less than a single generic phrase's walk.
 */
export async function bm25Affordable(db: Executor, plan: Plan, total: number): Promise<boolean> {
  if (hasFilterTokens(plan.cond)) return false;
  const list = phrases(plan.cond);
  if (list.length <= 1) return true; // one phrase: its posting list is the result, which is small
  if (total <= rankTuning.seekHitsMax) return false;
  let left = BM25_IDF_BUDGET;
  for (const p of list) {
    const r = await sql<{ n: number }>`select count(*) as n from (select 1 from patent_fts where patent_fts match ${renderPhrase(p)}
      limit ${left + 1})`.execute(db);
    left -= Number(r.rows[0]?.n ?? 0);
    if (left < 0) return false;
  }
  return true;
}

/**
 * One page of all hits ordered by the column-weight score (Σ weight of each column a positive phrase
 * occurs in), newest first on ties. Which hits have a phrase in a column is looked up hit by hit for a
 * handful of hits (≤ 100), else read from the phrase's own posting list within the hits' id range when
 * that list is short (≤ 50,000 rows over the whole index, a cached count); for a generic phrase,
 * by an FTS5 AND of the phrase in the title with the whole query (which re-evaluates the query, so only
 * the title, the heaviest weight, is scored for it).
 */
export async function fieldRankedPage(db: Executor, plan: Plan, src: HitSource, limit: number, offset: number, hits?: KnownHits): Promise<number[]> {
  const all = hits?.ids ?? (await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where}`.execute(db)).rows.map((r) => Number(r.id));
  const score = new Map<number, number>(all.map((id) => [id, 0]));
  // Titles at hand: the title column is scored here, for every phrase (long ones included), without a query.
  const titles = hits?.titles;
  const titleTokens = titles ? all.map((id, i) => ({ id, tokens: titles[i] ? indexText(titles[i] as string).split(' ') : [] })) : null;
  const queried = (cols: readonly IndexColumn[]) => (titleTokens ? cols.filter((c) => c !== 'ti') : cols);
  if (titleTokens)
    for (const p of positivePhrases(plan.cond)) {
      if (!p.cols.includes('ti')) continue;
      for (const h of titleTokens) if (containsPhrase(h.tokens, p.tokens, p.prefix)) score.set(h.id, (score.get(h.id) ?? 0) + COLUMN_WEIGHTS.ti);
    }
  const full = toSqliteMatch(plan.cond).match;
  if (full !== null && score.size > 0) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const id of score.keys()) {
      if (id < lo) lo = id;
      if (id > hi) hi = id;
    }
    const add = (rows: readonly { id: number }[], weight: number) => {
      for (const { id } of rows) {
        const s = score.get(Number(id));
        if (s !== undefined) score.set(Number(id), s + weight);
      }
    };
    if (score.size <= rankTuning.seekHitsMax) {
      const ids = JSON.stringify([...score.keys()]);
      for (const p of positivePhrases(plan.cond))
        for (const col of queried(p.cols)) {
          const weight = COLUMN_WEIGHTS[col];
          if (!weight) continue;
          const one = renderPhrase({ ...p, cols: [col] });
          // A prefix phrase (IN=张) stands for every token it starts: looked up per hit it merges all of
          // their lists each time (250 ms for 50 hits at a million), so it is intersected with the query once.
          const r = p.prefix
            ? await sql<{ id: number }>`select rowid as id from patent_fts where patent_fts match ${`(${one}) AND (${full})`}`.execute(db)
            : await sql<{ id: number }>`select rowid as id from patent_fts where patent_fts match ${one}
            and rowid in (select cast(value as integer) from json_each(${ids}))`.execute(db);
          add(r.rows, weight);
        }
    } else
      for (const p of positivePhrases(plan.cond)) {
        const short = (await listLength(db, renderPhrase(p))) <= SCAN_PHRASE_MAX;
        for (const col of queried(short ? p.cols : p.cols.filter((c) => c === 'ti' || p.cols.length === 1))) {
          const weight = COLUMN_WEIGHTS[col];
          if (!weight) continue;
          const one = renderPhrase({ ...p, cols: [col] });
          const r = short
            ? await sql<{
                id: number;
              }>`select rowid as id from patent_fts where patent_fts match ${one} and rowid between ${idParam(lo)} and ${idParam(hi)}`.execute(db)
            : await sql<{ id: number }>`select rowid as id from patent_fts where patent_fts match ${`(${one}) AND (${full})`}`.execute(db);
          add(r.rows, weight);
        }
      }
  }
  return [...score]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(offset, offset + limit)
    .map(([id]) => id);
}
