import type { Executor } from '../../db/database.js';

/** Registered pledges of a pledgor whose secured debt ends between `from` and `to` (inclusive): for reminders. */
export async function findRegisteredPledgesEnding(db: Executor, pledgorOrgId: number, from: string, to: string) {
  return db
    .selectFrom('pledge_applications as p')
    .innerJoin('organisations as b', 'b.id', 'p.pledgee_org_id')
    .select(['p.id', 'p.registration_no', 'p.debt_ends_on', 'b.name as pledgee'])
    .where('p.pledgor_org_id', '=', pledgorOrgId)
    .where('p.status', '=', 'registered')
    .where('p.debt_ends_on', '>=', from)
    .where('p.debt_ends_on', '<=', to)
    .orderBy('p.debt_ends_on')
    .execute();
}
