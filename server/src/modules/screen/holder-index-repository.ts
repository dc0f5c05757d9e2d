import type { AppContext } from '../../platform/context.js';

/** Holders of invention patents (the holder index's rows, holder-index.ts). */
export function holdersQuery(ctx: AppContext) {
  return ctx.db
    .selectFrom('patent_parties as pp')
    .innerJoin('patents as p', 'p.id', 'pp.patent_id')
    .select(['pp.patent_id', 'pp.name'])
    .where('pp.role', '=', 'holder')
    .where('p.kind', '=', 'invention')
    .where('p.expires_on', 'is not', null);
}
