import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { combine, constant, dateCondition, legalCondition, negate } from './facts-sql.js';
import { positivePhrases, type Cond, type IndexColumn } from './plan.js';

/**
 * PostgreSQL rendering of a plan: the same tokens as the SQLite index, stored in `tsvector` columns of
 * the facts table (tx = title A / abstract B / claims C, pa, inv, ag, fl) and queried with tsquery
 * literals (`'锂电' <-> '电池'`) cast from one bound parameter each, so no text-search parser or
 * dictionary ever touches them: results are identical on both dialects.
 */

/** tsvector column of each index column. */
type Vector = 'tx' | 'pa' | 'inv' | 'ag' | 'fl';
const VECTOR: Readonly<Record<IndexColumn, Vector>> = { ti: 'tx', ab: 'tx', cl: 'tx', pa: 'pa', inv: 'inv', ag: 'ag', fl: 'fl' };
const WEIGHT: Readonly<Partial<Record<IndexColumn, string>>> = { ti: 'A', ab: 'B', cl: 'C' };

/** Single-quoted tsquery lexeme (our tokens are letters and digits; quotes and backslashes escaped anyway). */
function lexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** tsquery text of a phrase on one vector; tx subsets carry weight labels (TI = A only). */
function tsquery(c: Extract<Cond, { t: 'phrase' }>, cols: readonly IndexColumn[]): string {
  const weights = cols.length === 3 ? '' : cols.map((col) => WEIGHT[col] ?? '').join('');
  return c.tokens
    .map((t, i) => {
      const prefix = c.prefix && i === c.tokens.length - 1 ? '*' : '';
      return prefix || weights ? `${lexeme(t)}:${prefix}${weights}` : lexeme(t);
    })
    .join(' <-> ');
}

/** Groups a phrase's columns by vector: [[tx, [ti, ab]], [pa, [pa]]]. */
function byVector(cols: readonly IndexColumn[]): [Vector, IndexColumn[]][] {
  const groups = new Map<Vector, IndexColumn[]>();
  for (const col of cols) groups.set(VECTOR[col], [...(groups.get(VECTOR[col]) ?? []), col]);
  return [...groups];
}

/** The whole condition as SQL over the facts table (alias s). */
export function toPgCondition(c: Cond): Expression<SqlBool> {
  switch (c.t) {
    case 'and':
      return combine('and', c.children.map(toPgCondition));
    case 'or':
      return combine('or', c.children.map(toPgCondition));
    case 'not':
      return negate(toPgCondition(c.child));
    case 'phrase':
      return combine(
        'or',
        byVector(c.cols).map(([vector, cols]) => sql<SqlBool>`${sql.ref(`s.${vector}`)} @@ ${tsquery(c, cols)}::tsquery`),
      );
    case 'date':
      return dateCondition(c.column, c.from, c.to);
    case 'legal':
      return legalCondition(c.state, c.asOf);
    case 'const':
      return constant(c.value);
  }
}

/** Relative weight of each vector's rank; within tx, ts_rank_cd weighs title 1.0, abstract 0.4, claims 0.2. */
const VECTOR_WEIGHT: Readonly<Record<Vector, number>> = { tx: 1, pa: 0.3, inv: 0.2, ag: 0.1, fl: 0 };

/** Relevance: ts_rank_cd per vector over the OR of the positive phrases, weighted like the SQLite bm25 columns. */
export function pgRank(c: Cond): RawBuilder<number> | null {
  const queries = new Map<Vector, string[]>();
  for (const p of positivePhrases(c)) {
    for (const [vector, cols] of byVector(p.cols)) queries.set(vector, [...(queries.get(vector) ?? []), `(${tsquery(p, cols)})`]);
  }
  if (queries.size === 0) return null;
  const terms = [...queries].map(
    ([vector, qs]) =>
      sql`${VECTOR_WEIGHT[vector]}::float4 * ts_rank_cd('{0.1, 0.2, 0.4, 1.0}'::float4[], ${sql.ref(`s.${vector}`)}, ${qs.join(' | ')}::tsquery)`,
  );
  return sql<number>`(${sql.join(terms, sql` + `)})`;
}

/**
 * Relevance inside the window of a very large result: ts_rank_cd over the small inline vectors only
 * (title, parties, inventors, agency). tx holds abstract and claims too and is stored out of line
 * (TOAST); reading it for 10,000 rows costs more than the whole page budget.
 */
export function pgWindowRank(c: Cond): RawBuilder<number> | null {
  const queries = new Map<'ti' | 'pa' | 'inv' | 'ag', string[]>();
  for (const p of positivePhrases(c)) {
    for (const col of p.cols) {
      const vector = col === 'ti' ? 'ti' : col === 'pa' || col === 'inv' || col === 'ag' ? col : null;
      // All three tx columns = no weight label: these small vectors hold one field each.
      if (vector) queries.set(vector, [...(queries.get(vector) ?? []), `(${tsquery(p, ['ti', 'ab', 'cl'])})`]);
    }
  }
  if (queries.size === 0) return null;
  const weight = { ti: 1, pa: 0.3, inv: 0.2, ag: 0.1 };
  const terms = [...queries].map(([v, qs]) => sql`${weight[v]}::float4 * ts_rank_cd(${sql.ref(`s.${v}`)}, ${qs.join(' | ')}::tsquery)`);
  return sql<number>`(${sql.join(terms, sql` + `)})`;
}
