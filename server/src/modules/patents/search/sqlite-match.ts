import { sql, type Expression, type SqlBool } from 'kysely';
import { combine, constant, dateCondition, legalCondition, negate } from './facts-sql.js';
import { positivePhrases, type Cond, type IndexColumn } from './plan.js';

/**
 * SQLite rendering of a plan: the largest part of the condition the FTS5 index can answer becomes ONE
 * MATCH expression (the "driver", bound as a single parameter), the rest a residual SQL condition on the
 * facts table checked for each driver hit. The MATCH text is built only from tokens this module generated
 * (letters and digits, double-quoted) and fixed syntax, so no user input reaches the FTS5 query language.
 */
export interface SqliteMatch {
  /** FTS5 MATCH expression, or null when the index cannot narrow the query (scan the facts table). */
  match: string | null;
  /** Condition on facts (alias s) that driver hits must also satisfy; null when the driver is exact. */
  residual: Expression<SqlBool> | null;
}

interface Driver {
  match: string | null;
  exact: boolean;
}

/** Splits a condition into the FTS5 driver and the residual SQL condition. */
export function toSqliteMatch(c: Cond): SqliteMatch {
  const d = driverOf(c);
  if (d.match === null) return { match: null, residual: exactCondition(c) };
  return { match: d.match, residual: d.exact ? null : residualOf(c) };
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

/** For an AND node: the drivers of its positive children and which NOT children the index can subtract. */
function splitAnd(children: readonly Cond[]) {
  const positive = children.filter((c) => c.t !== 'not').map((c) => ({ cond: c, driver: driverOf(c) }));
  const anyDriver = positive.some((p) => p.driver.match !== null);
  const negative = children
    .flatMap((c) => (c.t === 'not' ? [c.child] : []))
    .map((child) => {
      const d = driverOf(child);
      // FTS5 NOT is binary (A NOT B): usable only beside a positive driver and when B is exact.
      return { cond: child, driver: d, inIndex: anyDriver && d.match !== null && d.exact };
    });
  return { positive, negative };
}

function driverOf(c: Cond): Driver {
  switch (c.t) {
    case 'phrase':
      return { match: renderPhrase(c), exact: true };
    case 'date':
      if (!c.tokens) return { match: null, exact: false };
      return { match: `(${c.tokens.map((y) => renderPhrase({ t: 'phrase', cols: ['fl'], tokens: [y], prefix: false })).join(' OR ')})`, exact: c.tokensExact };
    case 'legal':
    case 'not':
      return { match: null, exact: false };
    case 'const':
      // After simplify() a constant only stands alone: true needs no driver, false is answered before SQL.
      return { match: null, exact: c.value };
    case 'or': {
      const ds = c.children.map(driverOf);
      if (ds.some((d) => d.match === null)) return { match: null, exact: false };
      return { match: `(${ds.map((d) => d.match).join(' OR ')})`, exact: ds.every((d) => d.exact) };
    }
    case 'and': {
      const { positive, negative } = splitAnd(c.children);
      const parts = positive.flatMap((p) => (p.driver.match === null ? [] : [p.driver.match]));
      if (parts.length === 0) return { match: null, exact: false };
      let match = parts.length === 1 ? (parts[0] as string) : `(${parts.join(' AND ')})`;
      for (const n of negative) if (n.inIndex) match = `(${match} NOT ${n.driver.match as string})`;
      const exact = positive.every((p) => p.driver.exact) && negative.every((n) => n.inIndex);
      return { match, exact };
    }
  }
}

/** What driver hits must still satisfy. Only called when the driver is inexact. */
function residualOf(c: Cond): Expression<SqlBool> {
  if (c.t !== 'and') return exactCondition(c);
  const { positive, negative } = splitAnd(c.children);
  const parts: Expression<SqlBool>[] = [];
  for (const p of positive) {
    if (p.driver.match === null) parts.push(exactCondition(p.cond));
    else if (!p.driver.exact) parts.push(residualOf(p.cond));
  }
  for (const n of negative) if (!n.inIndex) parts.push(negate(exactCondition(n.cond)));
  return combine('and', parts);
}

/** The exact condition on a facts row (alias s); index-exact subtrees become one `id in (MATCH)` subquery. */
function exactCondition(c: Cond): Expression<SqlBool> {
  const d = driverOf(c);
  if (d.match !== null && d.exact) return sql<SqlBool>`s.id in (select rowid from patent_fts where patent_fts match ${d.match})`;
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
