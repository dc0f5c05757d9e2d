import { sql, type Expression, type SqlBool } from 'kysely';
import { message } from '@zhichan/contract';
import type { Actor } from './actor.js';
import { forbidden, notFound } from './errors.js';
import { partyCondition } from './parties-repository.js';

/**
 * Jurisdiction (管辖范围): a user acts on their organisation's region and every region below it,
 * never on siblings or a parent's other children. Region codes are hierarchical by prefix:
 * province 37xxxx → "37", city 3708xx → "3708", county 370811 → "370811", town 370811002 → itself.
 * This file is the only place that rule is written; modules call it.
 */
export function regionPrefix(code: string): string {
  if (code.length === 9) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** The smallest digit string greater than every string that starts with `prefix` (null if none). */
function prefixUpperBound(prefix: string): string | null {
  const digits = prefix.split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = digits[i] ?? '9';
    if (d !== '9') {
      digits[i] = String(Number(d) + 1);
      return digits.slice(0, i + 1).join('');
    }
  }
  return null;
}

/** True when `code` is `ancestor` itself or lies below it. */
export function isWithinRegion(code: string, ancestor: string): boolean {
  return code.startsWith(regionPrefix(ancestor));
}

/**
 * SQL condition: `column` holds a region at or below `regionCode`. Written as a range on the
 * code so both SQLite and PostgreSQL (code columns use the "C" collation) answer it from an index.
 */
export function regionCondition(column: string, regionCode: string): Expression<SqlBool> {
  const lo = regionPrefix(regionCode);
  const hi = prefixUpperBound(lo);
  const ref = sql.ref(column);
  return hi === null ? sql<SqlBool>`${ref} >= ${lo}` : sql<SqlBool>`(${ref} >= ${lo} and ${ref} < ${hi})`;
}

/**
 * A record as the access check sees it: its region, its owning organisation and — for records several
 * organisations act on — its standing parties (`platform/parties.ts`).
 */
export interface Scoped {
  regionCode: string;
  orgId: number | null;
  parties?: readonly { orgId: number }[];
}

/**
 * Inside the actor's jurisdiction: region roles, within their region; own-org roles (enterprises, banks,
 * police …), records of their own organisation.
 */
export function inJurisdiction(actor: Actor, record: Pick<Scoped, 'regionCode' | 'orgId'>): boolean {
  if (actor.scope === 'own-org') return record.orgId !== null && record.orgId === actor.orgId;
  return isWithinRegion(record.regionCode, actor.regionCode);
}

/**
 * May this actor see the record? Inside their jurisdiction, or their organisation is a standing party of
 * it (a Jinan bank's Jining branch sees the 邹城 enterprise's application it serves, and nothing else
 * of 邹城). `accessCondition` is the same rule for lists.
 */
export function canAccess(actor: Actor, record: Scoped): boolean {
  return inJurisdiction(actor, record) || (record.parties ?? []).some((p) => p.orgId === actor.orgId);
}

/** Throws 404 when the record is outside the actor's reach (existence is not revealed). */
export function assertCanAccess(actor: Actor, record: Scoped | undefined, what: string): asserts record is Scoped {
  if (!record || !canAccess(actor, record)) throw notFound(what);
}

/**
 * SQL twin of `canAccess` for lists: the row's region is in the actor's jurisdiction (region roles) or its
 * owner column is the actor's organisation (own-org roles), or the actor's organisation is a standing party
 * of the row's record (`parties`: the record type and its id column).
 */
export function accessCondition(
  actor: Actor,
  cols: { region: string; owner?: string; parties?: { recordType: string; idColumn: string } },
): Expression<SqlBool> {
  const ors: Expression<SqlBool>[] = [];
  if (actor.scope === 'region') ors.push(regionCondition(cols.region, actor.regionCode));
  else if (cols.owner) ors.push(sql<SqlBool>`${sql.ref(cols.owner)} = ${actor.orgId}`);
  if (cols.parties) ors.push(partyCondition(cols.parties.recordType, cols.parties.idColumn, actor.orgId));
  if (ors.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(ors, sql` or `)})`;
}

/** Throws 403 when an explicit region filter asks for a region outside the actor's jurisdiction. */
export function assertRegionInJurisdiction(actor: Actor, regionCode: string): void {
  if (actor.scope !== 'region' || !isWithinRegion(regionCode, actor.regionCode)) {
    throw forbidden(message('error.region_outside', { region: regionCode }));
  }
}
