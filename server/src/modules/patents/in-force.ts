/**
 * "In force on date D" (有效, 统计口径): the one rule, as a TypeScript predicate and its SQL twin.
 * Used by the patent page's legal state (legal-status.ts), the search's legal-state filter and facets,
 * the indicators' patent snapshot, the high-value counts and the screen's holder index.
 *
 * In force on D = granted on or before D, not terminated (lapse, invalidation, surrender…) on or before
 * D, and its term known and not ended by D. A patent whose term end is unknown — the source gave no
 * filing date, so `expires_on` cannot be computed — is NOT in force for counting: an unknown filing date
 * never means "never expires". Such a patent's state is 'unknown' (legal-status.ts), shown with its
 * reason, and left out of every date-based count.
 *
 * Dates are compared as they are stored: ISO text ('2024-01-31') on the patents table, yyyymmdd
 * integers on the search facts table and in the in-memory snapshots (where 0 stands for "none").
 * The SQL twin lives in in-force-sql.ts (data access stays in data-access files).
 */

/** A date as stored: ISO text or a yyyymmdd integer. */
export type DateValue = string | number;

/** The three dates the rule reads; null when the patent has none. */
export interface InForceDates<D extends DateValue> {
  /** Grant announcement date (授权公告日); null while not granted. */
  grant: D | null;
  /** Termination date from the event history; null while it stands. */
  terminated: D | null;
  /** First day after the statutory term; null when the filing date is unknown. */
  expires: D | null;
}

/** The patent ended on or before `date`: terminated, or its known term over. */
export function hasEndedOn<D extends DateValue>(p: InForceDates<D>, date: D): boolean {
  return (p.terminated !== null && p.terminated <= date) || (p.expires !== null && p.expires <= date);
}

/** THE rule: in force on `date` (granted, not ended, term known). */
export function isInForceOn<D extends DateValue>(p: InForceDates<D>, date: D): boolean {
  return p.grant !== null && p.grant <= date && p.expires !== null && !hasEndedOn(p, date);
}

/**
 * The same dates read from typed arrays, where 0 means "none" (the snapshots keep yyyymmdd in
 * Int32Arrays): the rule itself, no copy of it.
 */
export function ymdDates(grant: number | undefined, terminated: number | undefined, expires: number | undefined): InForceDates<number> {
  return { grant: grant || null, terminated: terminated || null, expires: expires || null };
}
