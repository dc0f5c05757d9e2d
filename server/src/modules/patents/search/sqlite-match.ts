import { sql, type Expression, type SqlBool } from 'kysely';
import { splitForIndex, type IndexSyntax } from './index-split.js';
import { positivePhrases, type Cond, type IndexColumn } from './plan.js';

/**
 * SQLite rendering of a plan: the largest part of the condition the FTS5 index can answer becomes ONE
 * MATCH expression (the "driver", bound as a single parameter), the rest a residual SQL condition on the
 * facts table checked for each driver hit (the split: index-split.ts). The MATCH text is built only from
 * tokens this module generated (letters and digits, double-quoted) and fixed syntax, so no user input
 * reaches the FTS5 query language.
 */
export interface SqliteMatch {
  /** FTS5 MATCH expression, or null when the index cannot narrow the query (scan the facts table). */
  match: string | null;
  /** Condition on facts (alias s) that driver hits must also satisfy; null when the driver is exact. */
  residual: Expression<SqlBool> | null;
}

/** FTS5's query language for index-split.ts. */
const FTS5: IndexSyntax = {
  phrase: (c) => renderPhrase(c),
  dateTokens: (tokens) => `(${tokens.map((y) => renderPhrase({ t: 'phrase', cols: ['fl'], tokens: [y], prefix: false })).join(' OR ')})`,
  and: (parts) => `(${parts.join(' AND ')})`,
  or: (parts) => `(${parts.join(' OR ')})`,
  andNot: (query, negated) => `(${query} NOT ${negated})`,
  matching: (query) => sql<SqlBool>`s.id in (select rowid from patent_fts where patent_fts match ${query})`,
};

/** Splits a condition into the FTS5 driver and the residual SQL condition. */
export function toSqliteMatch(c: Cond): SqliteMatch {
  const { query, residual } = splitForIndex(c, FTS5);
  return { match: query, residual };
}

function quoteToken(token: string): string {
  return token.replace(/"/g, '""');
}

/** Column weights of relevance: the bm25 weights of search-source.ts, reused by fieldScore. */
export const COLUMN_WEIGHTS: Readonly<Record<IndexColumn, number>> = { ti: 10, ab: 4, cl: 2, pa: 3, inv: 2, ag: 1, fl: 0 };

/**
 * A cheap relevance score for very large hit sets: Σ over the query's phrases and columns of the column
 * weight when the phrase occurs in that column, each test one `rowid IN (MATCH … AND rowid >= lo)`
 * subquery bounded to the window. Unlike bm25 it needs no document-frequency pass over the whole
 * posting list (bm25 computes IDF per phrase by scanning every match: ~75 ms for 装置 at 1M patents),
 * and for terms in most documents bm25's IDF is ~0 anyway, leaving only these weights to order by.
 */
export function fieldScore(c: Cond, lo: Expression<number>): Expression<number> | null {
  const parts = positivePhrases(c).flatMap((p) =>
    p.cols.map((col) => {
      const m = renderPhrase({ ...p, cols: [col] });
      return sql<number>`${COLUMN_WEIGHTS[col]} * (patent_fts.rowid in (select rowid from patent_fts where patent_fts match ${m} and rowid >= ${lo}))`;
    }),
  );
  return parts.length ? sql<number>`(${sql.join(parts, sql` + `)})` : null;
}

/**
 * Marks the tokens of the party columns (applicants, inventors, agency) in the SQLite index, so they
 * never share a posting list with the same bigram of title/abstract/claims. `·` (U+00B7) is not a
 * letter or digit, so no text token contains it, and FTS5's ascii tokenizer keeps it inside a token.
 */
export const PARTY_MARK = '\u00b7';
const PARTY_COLUMNS: ReadonlySet<IndexColumn> = new Set(['pa', 'inv', 'ag']);
const TEXT_SET = ['ti', 'ab', 'cl'] as const;

/** Index text of a party column as the SQLite index stores it: every token marked. */
export function markPartyTokens(tokens: string): string {
  return tokens ? PARTY_MARK + tokens.split(' ').join(` ${PARTY_MARK}`) : '';
}

/**
 * Whether a phrase can be matched without a column filter, i.e. no other column holds its tokens.
 * A column filter makes FTS5 read every hit's position list to check the column (2× the cost of a
 * count for a term in most patents). Title + abstract + claims (TX, the plain query) together are the
 * only columns whose tokens are unmarked bigrams and unigrams (≤ 2 characters); hidden filter tokens
 * are 3+ ASCII characters, party tokens are marked. A 1-character prefix could reach a filter token
 * (电* cannot, a* can), so prefixes keep the filter.
 */
function unfiltered(c: Extract<Cond, { t: 'phrase' }>): boolean {
  if (c.cols.length === 1 && c.cols[0] === 'fl') return c.tokens.every((t) => t.length >= 3);
  return !c.prefix && c.cols.length === TEXT_SET.length && TEXT_SET.every((col) => c.cols.includes(col));
}

/** A phrase as FTS5 query text (column filter only where needed, party tokens marked). */
export function renderPhrase(c: Extract<Cond, { t: 'phrase' }>): string {
  const marked = c.cols.every((col) => PARTY_COLUMNS.has(col));
  const tokens = (marked ? c.tokens.map((t) => PARTY_MARK + t) : c.tokens).map(quoteToken).join(' ');
  const phrase = `"${tokens}"${c.prefix ? ' *' : ''}`;
  if (unfiltered(c)) return phrase;
  const cols = c.cols.length === 1 ? c.cols[0] : `{${c.cols.join(' ')}}`;
  return `${cols} : ${phrase}`;
}
