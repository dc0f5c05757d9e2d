import type { Db } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';

/** Holders of invention patents (the holder index's rows, holder-index.ts). */
function holdersQuery(db: Db) {
  return db
    .selectFrom('patent_parties as pp')
    .innerJoin('patents as p', 'p.id', 'pp.patent_id')
    .select(['pp.patent_id', 'pp.name'])
    .where('pp.role', '=', 'holder')
    .where('p.kind', '=', 'invention')
    .where('p.expires_on', 'is not', null);
}

/** Every holder row of the invention patents within a region scope, in patent and holder order. */
export function findHolders(db: Db, scope: string) {
  return holdersQuery(db).where(regionCondition('p.region_code', scope)).orderBy('pp.patent_id').orderBy('pp.seq').execute();
}

/** The holder rows of the given patents (patching the index after writes). */
export function findHoldersOf(db: Db, ids: readonly number[]) {
  return holdersQuery(db)
    .where('pp.patent_id', 'in', [...ids])
    .execute();
}
