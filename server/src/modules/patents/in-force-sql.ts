import { sql, type Expression, type SqlBool } from 'kysely';
import type { DateValue } from './in-force.js';

/** The SQL twin of the in-force rule (in-force.ts); a property test (in-force.test.ts) holds the two together. */

/** The columns (qualified, `p.grant_date` or `s.grant_ymd`) the SQL twin reads. */
export interface InForceColumns {
  grant: string;
  terminated: string;
  expires: string;
}

/** The patents table's legal-date columns under an alias. */
export const patentDateColumns = (alias: string): InForceColumns => ({
  grant: `${alias}.grant_date`,
  terminated: `${alias}.terminated_on`,
  expires: `${alias}.expires_on`,
});

/**
 * SQL twin of `hasEndedOn`, two-valued (never NULL), so NOT over it keeps the rows a reader expects.
 * Portable: the same text on SQLite and PostgreSQL.
 */
export function endedCondition(c: InForceColumns, date: DateValue): Expression<SqlBool> {
  const t = sql.ref(c.terminated);
  const e = sql.ref(c.expires);
  return sql<SqlBool>`((${t} is not null and ${t} <= ${date}) or (${e} is not null and ${e} <= ${date}))`;
}

/** SQL twin of `isInForceOn`, two-valued (never NULL); a property test holds the two together. */
export function inForceCondition(c: InForceColumns, date: DateValue): Expression<SqlBool> {
  const g = sql.ref(c.grant);
  const t = sql.ref(c.terminated);
  const e = sql.ref(c.expires);
  return sql<SqlBool>`(${g} is not null and ${g} <= ${date} and ${e} is not null and ${e} > ${date} and (${t} is null or ${t} > ${date}))`;
}
