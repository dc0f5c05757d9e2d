import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { combine, constant } from './facts-sql.js';
import { splitForIndex, type IndexSplit, type IndexSyntax } from './index-split.js';
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

/** `s.tx @@ query` with the query text bound as one parameter. */
function matches(query: string): Expression<SqlBool> {
  return sql<SqlBool>`s.tx @@ ${query}::tsquery`;
}

/** tsquery syntax for index-split.ts. */
const TSQUERY: IndexSyntax = {
  phrase: (c) => renderPgPhrase(c),
  dateTokens: (tokens) => `(${tokens.map((y) => lexeme(PG_MARKS.fl + y)).join(' | ')})`,
  and: (parts) => `(${parts.join(' & ')})`,
  or: (parts) => `(${parts.join(' | ')})`,
  // `a & !b`: answered by the index; a negation alone would make GIN read every entry (splitForIndex never builds one).
  andNot: (query, negated) => `(${query} & !${negated})`,
  // PostgreSQL runs this once through the GIN index (a hashed subplan) instead of testing every row's vector.
  matching: (query) => sql<SqlBool>`s.id in (select f.id from patent_search_facts f where f.tx @@ ${query}::tsquery)`,
};

/** Splits a condition into its tsquery and the residual SQL condition. */
export function toPgMatch(c: Cond): IndexSplit {
  return splitForIndex(c, TSQUERY);
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
