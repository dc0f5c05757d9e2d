import type { Expression, SqlBool } from 'kysely';
import { combine, constant, dateCondition, legalCondition, negate } from './facts-sql.js';
import type { Cond } from './plan.js';

/**
 * How a plan's condition is split between a dialect's full-text index and SQL, the same on both: the
 * largest part the index can answer becomes ONE index query (an FTS5 MATCH on SQLite, a tsquery on
 * PostgreSQL: the "driver", bound as a single parameter), the rest a residual condition on the facts
 * table (alias `s`) that the driver's hits must also satisfy. An index-exact subtree inside the residual
 * becomes one `s.id in (…index query…)` subquery. The dialect supplies only the syntax (IndexSyntax).
 */

type Phrase = Extract<Cond, { t: 'phrase' }>;

/** A dialect's index query language, built only from tokens our tokenizer made and fixed syntax. */
export interface IndexSyntax {
  phrase(c: Phrase): string;
  /** The union of a date range's covering tokens. */
  dateTokens(tokens: readonly string[]): string;
  /** AND of two or more parts. */
  and(parts: readonly string[]): string;
  /** OR of two or more parts. */
  or(parts: readonly string[]): string;
  /** `query` without the hits of `negated` (the index's binary NOT). */
  andNot(query: string, negated: string): string;
  /** The facts rows (alias `s`) whose patents the index query matches. */
  matching(query: string): Expression<SqlBool>;
}

/** The index's part of a condition (null: the index cannot narrow it) and the residual SQL condition. */
export interface IndexSplit {
  query: string | null;
  /** Condition on facts (alias s) that the driver's hits must also satisfy; null when the driver is exact. */
  residual: Expression<SqlBool> | null;
}

interface Driver {
  query: string | null;
  exact: boolean;
}

/** Splits a condition between the index (in `syntax`) and SQL. */
export function splitForIndex(c: Cond, syntax: IndexSyntax): IndexSplit {
  /** For an AND node: the drivers of its positive children and which NOT children the index can subtract. */
  const splitAnd = (children: readonly Cond[]) => {
    const positive = children.filter((x) => x.t !== 'not').map((x) => ({ cond: x, driver: driverOf(x) }));
    const anyDriver = positive.some((p) => p.driver.query !== null);
    const negative = children
      .flatMap((x) => (x.t === 'not' ? [x.child] : []))
      .map((child) => {
        const d = driverOf(child);
        // The index's NOT is binary (A NOT B): usable only beside a positive driver and when B is exact.
        return { cond: child, driver: d, inIndex: anyDriver && d.query !== null && d.exact };
      });
    return { positive, negative };
  };

  function driverOf(x: Cond): Driver {
    switch (x.t) {
      case 'phrase':
        return { query: syntax.phrase(x), exact: true };
      case 'date':
        return x.tokens ? { query: syntax.dateTokens(x.tokens), exact: x.tokensExact } : { query: null, exact: false };
      case 'legal':
      case 'not':
        return { query: null, exact: false };
      case 'const':
        // After simplify() a constant only stands alone: true needs no driver, false is answered before SQL.
        return { query: null, exact: x.value };
      case 'or': {
        const ds = x.children.map(driverOf);
        if (ds.some((d) => d.query === null)) return { query: null, exact: false };
        return { query: syntax.or(ds.map((d) => d.query as string)), exact: ds.every((d) => d.exact) };
      }
      case 'and': {
        const { positive, negative } = splitAnd(x.children);
        const parts = positive.flatMap((p) => (p.driver.query === null ? [] : [p.driver.query]));
        if (parts.length === 0) return { query: null, exact: false };
        let query = parts.length === 1 ? (parts[0] as string) : syntax.and(parts);
        for (const n of negative) if (n.inIndex) query = syntax.andNot(query, n.driver.query as string);
        return { query, exact: positive.every((p) => p.driver.exact) && negative.every((n) => n.inIndex) };
      }
    }
  }

  /** What driver hits must still satisfy. Only called when the driver is inexact. */
  function residualOf(x: Cond): Expression<SqlBool> {
    if (x.t !== 'and') return exactCondition(x);
    const { positive, negative } = splitAnd(x.children);
    const parts: Expression<SqlBool>[] = [];
    for (const p of positive) {
      if (p.driver.query === null) parts.push(exactCondition(p.cond));
      else if (!p.driver.exact) parts.push(residualOf(p.cond));
    }
    for (const n of negative) if (!n.inIndex) parts.push(negate(exactCondition(n.cond)));
    return combine('and', parts);
  }

  /** The exact condition on a facts row; index-exact subtrees become one subquery each. */
  function exactCondition(x: Cond): Expression<SqlBool> {
    const d = driverOf(x);
    if (d.query !== null && d.exact) return syntax.matching(d.query);
    switch (x.t) {
      case 'and':
        return combine('and', x.children.map(exactCondition));
      case 'or':
        return combine('or', x.children.map(exactCondition));
      case 'not':
        return negate(exactCondition(x.child));
      case 'date':
        return dateCondition(x.column, x.from, x.to);
      case 'legal':
        return legalCondition(x.state, x.asOf);
      case 'const':
        return constant(x.value);
      case 'phrase':
        return constant(false); // unreachable: a phrase always has an exact driver
    }
  }

  const d = driverOf(c);
  if (d.query === null) return { query: null, residual: exactCondition(c) };
  return { query: d.query, residual: d.exact ? null : residualOf(c) };
}
