import type { Executor } from '../../db/database.js';
import { creditListedOrgs, creditRefusal, creditRestrictions } from '../credit/api.js';

/** A credit listing as the white list names it. */
export interface CreditListing {
  behaviour: string;
  authority: string;
  endsOn: string;
}

/**
 * A white list is a recognition: the measure that excludes a listed firm from it is `award_exclusion`
 * (取消/不予评优评先、示范优势企业等资格, 知识产权信用管理规定).
 */
const MEASURE = 'award_exclusion' as const;

/** Enterprises on the IP credit list on `date` with the measure excluding them from white lists (the credit module's bulk form). */
export async function whitelistCreditListings(db: Executor, date: string): Promise<Map<number, CreditListing[]>> {
  const listed = await creditListedOrgs(db, date, MEASURE);
  return new Map([...listed].map(([orgId, rs]) => [orgId, rs.map((r) => ({ behaviour: r.behaviour, authority: r.authority, endsOn: r.endsOn }))]));
}

/** Refuses (the credit module's coded 409 naming the listing) adding a firm the credit list excludes. */
export async function assertNotCreditListed(db: Executor, orgId: number, date: string): Promise<void> {
  const [first] = await creditRestrictions(db, orgId, date, MEASURE);
  if (first) throw creditRefusal(first);
}
