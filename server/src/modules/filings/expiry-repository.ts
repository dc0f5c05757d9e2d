import type { Executor } from '../../db/database.js';

/** Filed (approved) licence contracts of an organisation ending between `from` and `to` (inclusive). */
export async function findLicenceFilingsEnding(db: Executor, orgId: number, from: string, to: string) {
  return db
    .selectFrom('filings')
    .select(['id', 'title', 'ends_on'])
    .where('org_id', '=', orgId)
    .where('kind', '=', 'licence_contract')
    .where('status', '=', 'approved')
    .where('ends_on', '>=', from)
    .where('ends_on', '<=', to)
    .orderBy('ends_on')
    .execute();
}
