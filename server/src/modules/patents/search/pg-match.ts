import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { combine, constant, dateCondition, legalCondition, negate } from './facts-sql.js';
import { positivePhrases, type Cond, type IndexColumn } from './plan.js';

/**
 * PostgreSQL rendering of a plan. Every patent has ONE tsvector (`tx` on the facts table, one GIN index)
 * holding the same tokens as the SQLite index: title, abstract and claims tokens as they are (weights
 * A, B and C), and copies of the title tokens, the applicant, inventor and agency tokens and the hidden
 * filter tokens each behind a field mark (PG_MARKS: `t·电池`, `p·济宁`, `f·pbh01m`). So, like the FTS5
 * MATCH on SQLite, the largest part of a query the index can answer becomes ONE tsquery (`&`, `|`, `!`,
 * `<->`): the GIN index evaluates the whole boolean combination in one scan and the heap is visited only
 * for the hits, while the rest (legal state, open date ranges) is a residual condition on the facts
 * columns. Separate vectors per field made PostgreSQL test each candidate's other vectors row by row
 * (a de-TOAST each) whenever a query combined fields or used NOT.
 *
 * Exact in the index (no recheck): single tokens, prefixes, and any boolean combination of them. Phrases
 * (terms of 3+ characters) and abstract- or claims-only terms (AB=, CL=: weight labels) are rechecked by
 * PostgreSQL on each candidate's vector. The tsquery text is built only from tokens this module generated
 * (letters and digits, quoted) and fixed syntax, and is cast from one bound parameter, so no user input
 * reaches the text-search parser.
 */

/** Field marks of the tokens that are not title/abstract/claims text (U+00B7, never part of a token). */
export const PG_MARKS = { ti: 't\u00b7', pa: 'p\u00b7', inv: 'i\u00b7', ag: 'g\u00b7', fl: 'f\u00b7' } as const;

/** Weight label of the unmarked text tokens of each text column (ts_rank_cd weighs A 1.0, B 0.4, C 0.2, D 0.1). */
const WEIGHT: Readonly<Partial<Record<IndexColumn, 'A' | 'B' | 'C'>>> = { ti: 'A', ab: 'B', cl: 'C' };

/** Single-quoted tsquery lexeme (our tokens are letters and digits; quotes and backslashes escaped anyway). */
function lexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

type Phrase = Extract<Cond, { t: 'phrase' }>;

/** One phrase over marked tokens or over unmarked text tokens restricted to weight labels ('' = any). */
function phraseQuery(c: Phrase, mark: string, weights: string): string {
  return c.tokens
    .map((t, i) => {
      const prefix = c.prefix && i === c.tokens.length - 1 ? '*' : '';
      const token = lexeme(mark + t);
      return prefix || weights ? `${token}:${prefix}${weights}` : token;
    })
    .join(' <-> ');
}

/**
 * tsquery text of a phrase over its columns: TX (title + abstract + claims) is the unmarked tokens,
 * TI the marked title copies, AB / CL the unmarked tokens of that weight, the other columns their marks.
 */
export function renderPgPhrase(c: Phrase): string {
  const text = c.cols.filter((col) => col === 'ab' || col === 'cl' || col === 'ti');
  const parts: string[] = [];
  if (text.length === 3) parts.push(phraseQuery(c, '', ''));
  else for (const col of text) parts.push(col === 'ti' ? phraseQuery(c, PG_MARKS.ti, '') : phraseQuery(c, '', WEIGHT[col] ?? ''));
  for (const col of c.cols) if (col === 'pa' || col === 'inv' || col === 'ag' || col === 'fl') parts.push(phraseQuery(c, PG_MARKS[col], ''));
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' | ')})`;
}

interface Driver {
  query: string | null;
  exact: boolean;
}

/** For an AND node: the drivers of its positive children and which NOT children the index can subtract. */
function splitAnd(children: readonly Cond[]) {
  const positive = children.filter((c) => c.t !== 'not').map((c) => ({ cond: c, driver: driverOf(c) }));
  const anyDriver = positive.some((p) => p.driver.query !== null);
  const negative = children
    .flatMap((c) => (c.t === 'not' ? [c.child] : []))
    .map((child) => {
      const d = driverOf(child);
      // `a & !b` is answered by the index when b is exact; a negation alone would make GIN read every entry.
      return { cond: child, driver: d, inIndex: anyDriver && d.query !== null && d.exact };
    });
  return { positive, negative };
}

function driverOf(c: Cond): Driver {
  switch (c.t) {
    case 'phrase':
      return { query: renderPgPhrase(c), exact: true };
    case 'date':
      if (!c.tokens) return { query: null, exact: false };
      return { query: `(${c.tokens.map((y) => lexeme(PG_MARKS.fl + y)).join(' | ')})`, exact: c.tokensExact };
    case 'legal':
    case 'not':
      return { query: null, exact: false };
    case 'const':
      return { query: null, exact: c.value };
    case 'or': {
      const ds = c.children.map(driverOf);
      if (ds.some((d) => d.query === null)) return { query: null, exact: false };
      return { query: `(${ds.map((d) => d.query).join(' | ')})`, exact: ds.every((d) => d.exact) };
    }
    case 'and': {
      const { positive, negative } = splitAnd(c.children);
      const parts = positive.flatMap((p) => (p.driver.query === null ? [] : [p.driver.query]));
      if (parts.length === 0) return { query: null, exact: false };
      let query = parts.length === 1 ? (parts[0] as string) : `(${parts.join(' & ')})`;
      for (const n of negative) if (n.inIndex) query = `(${query} & !${n.driver.query as string})`;
      const exact = positive.every((p) => p.driver.exact) && negative.every((n) => n.inIndex);
      return { query, exact };
    }
  }
}

/** `s.tx @@ query` with the query text bound as one parameter. */
function matches(query: string): Expression<SqlBool> {
  return sql<SqlBool>`s.tx @@ ${query}::tsquery`;
}

/** What driver hits must still satisfy. Only called when the driver is inexact. */
function residualOf(c: Cond): Expression<SqlBool> {
  if (c.t !== 'and') return exactCondition(c);
  const { positive, negative } = splitAnd(c.children);
  const parts: Expression<SqlBool>[] = [];
  for (const p of positive) {
    if (p.driver.query === null) parts.push(exactCondition(p.cond));
    else if (!p.driver.exact) parts.push(residualOf(p.cond));
  }
  for (const n of negative) if (!n.inIndex) parts.push(negate(exactCondition(n.cond)));
  return combine('and', parts);
}

/**
 * The exact condition on a facts row; a subtree the index answers exactly becomes `s.id in (select id …
 * where tx @@ …)`, which PostgreSQL runs once through the GIN index (a hashed subplan) instead of
 * testing the vector of every row.
 */
function exactCondition(c: Cond): Expression<SqlBool> {
  const d = driverOf(c);
  if (d.query !== null && d.exact) return sql<SqlBool>`s.id in (select f.id from patent_search_facts f where f.tx @@ ${d.query}::tsquery)`;
  switch (c.t) {
    case 'and':
      return combine('and', c.children.map(exactCondition));
    case 'or':
      return combine('or', c.children.map(exactCondition));
    case 'not':
      return negate(exactCondition(c.child));
    case 'date':
      return dateCondition(c.column, c.from, c.to);
    case 'legal':
      return legalCondition(c.state, c.asOf);
    case 'const':
      return constant(c.value);
    case 'phrase':
      return constant(false); // unreachable: a phrase always has an exact driver
  }
}

/** The index's part of a condition (one tsquery, or null when the index cannot narrow it) and the residual SQL. */
export interface PgMatch {
  query: string | null;
  /** Condition on facts (alias s) that the index's hits must also satisfy; null when the tsquery is exact. */
  residual: Expression<SqlBool> | null;
}

/** Splits a condition into its tsquery and the residual SQL condition. */
export function toPgMatch(c: Cond): PgMatch {
  const d = driverOf(c);
  if (d.query === null) return { query: null, residual: exactCondition(c) };
  return { query: d.query, residual: d.exact ? null : residualOf(c) };
}

/** The whole condition as SQL over the facts table (alias s): the index's tsquery and the residual. */
export function toPgCondition(c: Cond): Expression<SqlBool> {
  const m = toPgMatch(c);
  if (m.query === null) return m.residual ?? constant(true);
  return m.residual ? combine('and', [matches(m.query), m.residual]) : matches(m.query);
}

/**
 * Relevance: ts_rank_cd over the one vector with the positive phrases OR-ed; title tokens weigh 1.0,
 * abstract 0.4, claims 0.2, marked tokens (parties, agency, title copies) 0.1. Null when nothing ranks.
 */
export function pgRank(c: Cond): RawBuilder<number> | null {
  const phrases = positivePhrases(c);
  if (phrases.length === 0) return null;
  const query = phrases.map((p) => `(${renderPgPhrase(p)})`).join(' | ');
  return sql<number>`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}'::float4[], s.tx, ${query}::tsquery)`;
}
