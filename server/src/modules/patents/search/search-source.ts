import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Dialect } from '../../../db/database.js';
import { combine, constant } from './facts-sql.js';
import { pgRank, toPgCondition } from './pg-match.js';
import type { Plan } from './plan.js';
import { fieldScore, toSqliteMatch } from './sqlite-match.js';

/**
 * Where the hits of a plan come from, as SQL fragments the queries of search-queries.ts and facets.ts
 * are assembled from. Every user value in them is a bound parameter.
 */
export interface HitSource {
  /** FROM clause that yields hits (on SQLite the FTS5 index drives; `s` is the facts row when joined). */
  from: RawBuilder<unknown>;
  /** Condition of that FROM clause. */
  where: Expression<SqlBool>;
  /** The patent id of a hit. */
  id: RawBuilder<number>;
  /**
   * The patent id for id ranges and id order over a set of hits that the text index must deliver
   * (a relevance window, facet sample windows). SQLite: the rowid, which FTS5 uses to seek. PostgreSQL:
   * `s.id + 0`, which no index can answer: otherwise the planner walks the primary key and tests each
   * row's `@@` on its TOASTed tsvector (a de-TOAST per row; measured at 200,000 patents: 180–250 ms
   * for the 2,000th-newest hit of 电机) instead of taking the hits from the GIN index (≈ 10 ms).
   */
  scanFreeId: RawBuilder<number>;
  /** ORDER BY fragment for relevance (best first), or null when the query has no text to rank by. */
  relevance: RawBuilder<unknown> | null;
  /** ORDER BY fragment for relevance among the hits with id ≥ lo (the window of a very large result). */
  windowRelevance(lo: Expression<number>): RawBuilder<unknown> | null;
  /** The same hits with the facts row `s` joined (facets, date order). */
  withFacts(): HitSource;
}

/**
 * bm25 column weights: title 10, abstract 4, claims 2, applicants 3, inventors 2, agency 1; the hidden
 * filter column 0 so filters never change the ranking.
 */
const BM25 = sql`bm25(patent_fts, 10.0, 4.0, 2.0, 3.0, 2.0, 1.0, 0.0)`;

/** Builds the hit source of a plan on the given dialect. */
export function hitSource(dialect: Dialect, plan: Plan): HitSource {
  return dialect === 'postgres' ? postgresSource(plan) : sqliteSource(plan, false);
}

function sqliteSource(plan: Plan, forceFacts: boolean): HitSource {
  const m = toSqliteMatch(plan.cond);
  const residual = m.residual ?? constant(true);
  if (m.match === null) {
    const self: HitSource = {
      from: sql`patent_search_facts s`,
      where: residual,
      id: sql<number>`s.id`,
      scanFreeId: sql<number>`s.id`,
      relevance: null,
      windowRelevance: () => null,
      withFacts: () => self,
    };
    return self;
  }
  const joined = forceFacts || m.residual !== null;
  const match = sql<SqlBool>`patent_fts match ${m.match}`;
  return {
    // CROSS JOIN fixes the join order: the FTS index drives, each hit looks up its facts row by primary key.
    from: joined ? sql`patent_fts cross join patent_search_facts s` : sql`patent_fts`,
    where: joined ? combine('and', [match, sql<SqlBool>`s.id = patent_fts.rowid`, ...(m.residual ? [m.residual] : [])]) : match,
    id: sql<number>`patent_fts.rowid`,
    scanFreeId: sql<number>`patent_fts.rowid`,
    relevance: plan.ranked ? BM25 : null,
    windowRelevance: (lo) => {
      const score = plan.ranked ? fieldScore(plan.cond, lo) : null;
      return score ? sql`${score} desc` : null;
    },
    withFacts: () => sqliteSource(plan, true),
  };
}

function postgresSource(plan: Plan): HitSource {
  const rank = pgRank(plan.cond);
  const where = toPgCondition(plan.cond);
  const self: HitSource = {
    from: sql`patent_search_facts s`,
    where,
    id: sql<number>`s.id`,
    scanFreeId: sql<number>`(s.id + 0)`,
    relevance: plan.ranked && rank ? sql`${rank} desc` : null,
    // The window's hits are ranked like a small result: their vectors are read (de-TOASTed) once each.
    windowRelevance: () => (plan.ranked && rank ? sql`${rank} desc` : null),
    withFacts: () => self,
  };
  return self;
}
