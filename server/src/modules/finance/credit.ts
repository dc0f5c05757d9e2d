import type { Executor } from '../../db/database.js';
import { creditListedOrgs } from '../credit/api.js';

/**
 * Organisations whose listing on the IP credit management list restricts finance support on `onDate`
 * (measure `funding_review`: 从严审查资助、奖励和费用减缴, finance support included) → the last day the latest such
 * listing applies. `known`: the list is kept on the platform, so an organisation not in the map is not listed.
 */
export async function creditListings(db: Executor, onDate: string): Promise<Map<number, string> & { known: boolean }> {
  const listed = await creditListedOrgs(db, onDate, 'funding_review');
  const out = new Map<number, string>();
  for (const [orgId, rs] of listed)
    out.set(
      orgId,
      rs
        .map((r) => r.endsOn)
        .sort()
        .at(-1) ?? onDate,
    );
  return Object.assign(out, { known: true });
}
