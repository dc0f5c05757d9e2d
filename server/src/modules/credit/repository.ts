import type { Executor } from '../../db/database.js';

export interface CreditListingRow {
  id: number;
  org_id: number | null;
  subject_name: string;
  behaviour: string;
  measures_json: string;
  authority: string;
  decision_no: string | null;
  starts_on: string;
  ends_on: string;
}

const COLUMNS = ['id', 'org_id', 'subject_name', 'behaviour', 'measures_json', 'authority', 'decision_no', 'starts_on', 'ends_on'] as const;

/**
 * Listings in force on `onDate` (YYYY-MM-DD): started, not past their (inclusive) end date, and not ended early
 * by a repair or revocation taking effect on or before that day. The one rule of "in force" for listings.
 */
function inForceOn(db: Executor, onDate: string) {
  return db
    .selectFrom('credit_listings')
    .where('org_id', 'is not', null)
    .where('starts_on', '<=', onDate)
    .where('ends_on', '>=', onDate)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', onDate)]));
}

/** One organisation's listings in force on a date. */
export async function findListingsInForce(db: Executor, orgId: number, onDate: string): Promise<CreditListingRow[]> {
  const rows = await inForceOn(db, onDate).where('org_id', '=', orgId).select(COLUMNS).orderBy('starts_on').orderBy('id').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), org_id: r.org_id === null ? null : Number(r.org_id) }));
}

/** Every organisation's listings in force on a date (listings are few; screenings over many enterprises read them once). */
export async function findAllListingsInForce(db: Executor, onDate: string): Promise<CreditListingRow[]> {
  const rows = await inForceOn(db, onDate).select(COLUMNS).orderBy('starts_on').orderBy('id').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), org_id: r.org_id === null ? null : Number(r.org_id) }));
}
