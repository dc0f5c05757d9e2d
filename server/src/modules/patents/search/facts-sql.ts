import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { LegalState } from '../legal-status.js';
import { endedCondition, inForceCondition, type InForceColumns } from '../in-force-sql.js';
import type { DateColumn } from './plan.js';

/**
 * Conditions on the narrow facts table (alias `s`), the same SQL on SQLite and PostgreSQL. Every
 * condition is two-valued (never NULL), so NOT over it keeps the rows a user expects: "NOT GD=2020"
 * includes patents that were never granted.
 */

/** The facts table's legal-date columns (yyyymmdd integers) for the in-force rule. */
const FACT_DATES: InForceColumns = { grant: 's.grant_ymd', terminated: 's.terminated_ymd', expires: 's.expires_ymd' };

/** `s.<column>` lies in [from, to] (either bound may be open). */
export function dateCondition(column: DateColumn, from: number | null, to: number | null): Expression<SqlBool> {
  const ref = sql.ref(`s.${column}`);
  const lo = from === null ? sql`` : sql` and ${ref} >= ${from}`;
  const hi = to === null ? sql`` : sql` and ${ref} <= ${to}`;
  return sql<SqlBool>`(${ref} is not null${lo}${hi})`;
}

/** Granted on or before `asOf`. */
const grantedBy = (asOf: number) => sql<SqlBool>`(s.grant_ymd is not null and s.grant_ymd <= ${asOf})`;

/**
 * Legal state on a date, the rule of legal-status.ts (`legalStateOn`) in SQL, built from the in-force
 * rule's twin (in-force.ts): lapsed when ended by then; effective when in force; unknown when granted but
 * its term end is unknown; otherwise pending.
 */
export function legalCondition(state: LegalState, asOf: number): Expression<SqlBool> {
  const ended = endedCondition(FACT_DATES, asOf);
  if (state === 'lapsed') return ended;
  if (state === 'effective') return inForceCondition(FACT_DATES, asOf);
  if (state === 'unknown') return sql<SqlBool>`(not ${ended} and ${grantedBy(asOf)} and s.expires_ymd is null)`;
  return sql<SqlBool>`(not ${ended} and not ${grantedBy(asOf)})`;
}

/** The legal state as a code (LEGAL_STATE_BY_CODE) for grouping facets. */
export function legalStateCode(asOf: number): RawBuilder<number> {
  return sql<number>`case when ${endedCondition(FACT_DATES, asOf)} then 1 when ${inForceCondition(FACT_DATES, asOf)} then 0 when ${grantedBy(asOf)} then 3 else 2 end`;
}

/** Decodes legalStateCode. */
export const LEGAL_STATE_BY_CODE: readonly LegalState[] = ['effective', 'lapsed', 'pending', 'unknown'];

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
