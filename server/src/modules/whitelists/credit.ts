import type { Executor } from '../../db/database.js';

/** A credit listing as the white list names it. */
export interface CreditListing {
  behaviour: string;
  authority: string;
  endsOn: string;
}

/**
 * Enterprises on the IP credit list on `date` with a measure excluding them from white lists
 * (award_exclusion: 取消/不予评优评先、示范优势企业等资格), from the credit module.
 */
export async function whitelistCreditListings(_db: Executor, _date: string): Promise<Map<number, CreditListing[]>> {
  // TODO(credit): wired to credit/api.ts creditListedOrgs once it lands on main.
  return Promise.resolve(new Map());
}
