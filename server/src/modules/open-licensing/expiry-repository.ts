import type { Executor } from '../../db/database.js';

/** Open-licence licences where the organisation is licensor or licensee, ending between `from` and `to` (inclusive). */
export async function findOpenLicencesEnding(db: Executor, orgId: number, from: string, to: string) {
  return db
    .selectFrom('open_licences as l')
    .innerJoin('patents as p', 'p.id', 'l.patent_id')
    .select(['l.id', 'l.filing_no', 'l.term_end', 'p.app_no'])
    .where((eb) => eb.or([eb('l.licensor_org_id', '=', orgId), eb('l.licensee_org_id', '=', orgId)]))
    .where('l.term_end', '>=', from)
    .where('l.term_end', '<=', to)
    .orderBy('l.term_end')
    .execute();
}
