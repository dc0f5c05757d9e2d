import { sql } from 'kysely';
import type { Executor } from '../../../db/database.js';
import { positivePhrases, type Cond, type Plan } from './plan.js';
import type { HitSource } from './search-source.js';
import { idParam } from './search-queries.js';
import { COLUMN_WEIGHTS, renderPhrase, toSqliteMatch } from './sqlite-match.js';

/**
 * SQLite relevance for a result small enough to rank whole (≤ searchTuning.rankWindow hits) whose
 * phrases are not: FTS5's bm25() first computes each phrase's IDF by walking that phrase's posting list
 * across the whole index. A filter (IC=H01 AND AD=2010:2020 is 12 hidden-token phrases) or a generic
 * term beside a rare one (装置 钢筋) makes that walk hundreds of thousands of rows — 100–300 ms at a
 * million patents — for a result of a few thousand hits. Those results are ranked by the column-weight
 * score instead (fieldScore's weights, over every hit), which reads only the hits.
 */

/** Posting-list rows bm25 may walk for its IDFs before the column-weight score is used instead. */
export const BM25_IDF_BUDGET = 100_000;

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

/** Whether bm25's IDF pass stays within budget: posting lists counted up to what is left of it. */
export async function bm25Affordable(db: Executor, plan: Plan): Promise<boolean> {
  if (hasFilterTokens(plan.cond)) return false;
  const list = phrases(plan.cond);
  if (list.length <= 1) return true; // one phrase: its posting list is the result, which is small
  let left = BM25_IDF_BUDGET;
  for (const p of list) {
    const r = await sql<{ n: number }>`select count(*) as n from (select 1 from patent_fts where patent_fts match ${renderPhrase(p)}
      limit ${left + 1})`.execute(db);
    left -= Number(r.rows[0]?.n ?? 0);
    if (left < 0) return false;
  }
  return true;
}

/** Posting rows of a phrase up to which its column presence is read from its own posting list. */
const SCAN_PHRASE_MAX = 50_000;

/**
 * One page of all hits ordered by the column-weight score (Σ weight of each column a positive phrase
 * occurs in), newest first on ties. Which hits have a phrase in a column is read from the phrase's own
 * posting list within the hits' id range when that list is short (≤ 50,000 rows); for a generic phrase,
 * by an FTS5 AND of the phrase in the title with the whole query (which re-evaluates the query, so only
 * the title, the heaviest weight, is scored for it).
 */
export async function fieldRankedPage(db: Executor, plan: Plan, src: HitSource, limit: number, offset: number): Promise<number[]> {
  const all = await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where}`.execute(db);
  const score = new Map<number, number>(all.rows.map((r) => [Number(r.id), 0]));
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
    for (const p of positivePhrases(plan.cond)) {
      const probe = await sql<{ n: number }>`select count(*) as n from (select 1 from patent_fts where patent_fts match ${renderPhrase(p)}
        and rowid between ${idParam(lo)} and ${idParam(hi)} limit ${SCAN_PHRASE_MAX + 1})`.execute(db);
      const short = Number(probe.rows[0]?.n ?? 0) <= SCAN_PHRASE_MAX;
      for (const col of short ? p.cols : p.cols.filter((c) => c === 'ti' || p.cols.length === 1)) {
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
