import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from './actor.js';
import { forbidden, notFound } from './errors.js';

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

/** A record as the jurisdiction check sees it. */
export interface Scoped {
  regionCode: string;
  orgId: number | null;
}

/** May this actor see the record? Region roles: within their region; own-org roles: their organisation only. */
export function canAccess(actor: Actor, record: Scoped): boolean {
  if (actor.scope === 'own-org') return record.orgId !== null && record.orgId === actor.orgId;
  return isWithinRegion(record.regionCode, actor.regionCode);
}

/** Throws 404 when the record is outside the actor's reach (existence is not revealed). */
export function assertCanAccess(actor: Actor, record: Scoped | undefined, what: string): asserts record is Scoped {
  if (!record || !canAccess(actor, record)) throw notFound(what);
}

/** Throws 403 when an explicit region filter asks for a region outside the actor's jurisdiction. */
export function assertRegionInJurisdiction(actor: Actor, regionCode: string): void {
  if (actor.scope !== 'region' || !isWithinRegion(regionCode, actor.regionCode)) {
    throw forbidden(`行政区划 ${regionCode} 不在您的管辖范围内`);
  }
}
