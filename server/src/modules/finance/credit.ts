import type { Executor } from '../../db/database.js';

/**
 * Organisations listed on the IP credit management list on `onDate` (orgId → the listing's end date). Until
 * the credit module lands, the list cannot be checked: `known` is false and the rule shows "—".
 */
export async function creditListings(_db: Executor, _onDate: string): Promise<Map<number, string> & { known: boolean }> {
  return Object.assign(new Map<number, string>(), { known: false });
}
