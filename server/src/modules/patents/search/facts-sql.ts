import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { LegalState } from '../legal-status.js';
import type { DateColumn } from './plan.js';

/**
 * Conditions on the narrow facts table (alias `s`), the same SQL on SQLite and PostgreSQL. Every
 * condition is two-valued (never NULL), so NOT over it keeps the rows a user expects: "NOT GD=2020"
 * includes patents that were never granted.
 */

/** Far-future sentinel for a missing date: a missing termination or expiry never lapses a patent. */
const NEVER = 99991231;

/** `s.<column>` lies in [from, to] (either bound may be open). */
export function dateCondition(column: DateColumn, from: number | null, to: number | null): Expression<SqlBool> {
  const ref = sql.ref(`s.${column}`);
  const lo = from === null ? sql`` : sql` and ${ref} >= ${from}`;
  const hi = to === null ? sql`` : sql` and ${ref} <= ${to}`;
  return sql<SqlBool>`(${ref} is not null${lo}${hi})`;
}

/** 1 when the patent has lapsed on `asOf` (terminated, or past its term), else 0. */
function lapsedOn(asOf: number): RawBuilder<SqlBool> {
  return sql<SqlBool>`(coalesce(s.terminated_ymd, ${NEVER}) <= ${asOf} or coalesce(s.expires_ymd, ${NEVER}) <= ${asOf})`;
}

/**
 * Legal state on a date, the rule of legal-status.ts (`legalStateOn`) in SQL: lapsed when terminated or
 * expired by then; otherwise effective when granted by then; otherwise pending.
 */
export function legalCondition(state: LegalState, asOf: number): Expression<SqlBool> {
  const granted = sql<SqlBool>`coalesce(s.grant_ymd, ${NEVER}) <= ${asOf}`;
  if (state === 'lapsed') return lapsedOn(asOf);
  if (state === 'effective') return sql<SqlBool>`(not ${lapsedOn(asOf)} and ${granted})`;
  return sql<SqlBool>`(not ${lapsedOn(asOf)} and not ${granted})`;
}

/** The legal state as a 0/1/2 code (effective/lapsed/pending) for grouping facets. */
export function legalStateCode(asOf: number): RawBuilder<number> {
  return sql<number>`case when ${lapsedOn(asOf)} then 1 when coalesce(s.grant_ymd, ${NEVER}) <= ${asOf} then 0 else 2 end`;
}

/** Decodes legalStateCode. */
export const LEGAL_STATE_BY_CODE: readonly LegalState[] = ['effective', 'lapsed', 'pending'];

/** Boolean constant that both dialects accept. */
export function constant(value: boolean): Expression<SqlBool> {
  return value ? sql<SqlBool>`(1 = 1)` : sql<SqlBool>`(1 = 0)`;
}

/** AND / OR of conditions (empty AND is true, empty OR is false). */
export function combine(op: 'and' | 'or', parts: readonly Expression<SqlBool>[]): Expression<SqlBool> {
  if (parts.length === 0) return constant(op === 'and');
  if (parts.length === 1) return parts[0] as Expression<SqlBool>;
  return sql<SqlBool>`(${sql.join(parts, sql.raw(` ${op} `))})`;
}

/** NOT of a condition. */
export function negate(part: Expression<SqlBool>): Expression<SqlBool> {
  return sql<SqlBool>`(not ${part})`;
}
