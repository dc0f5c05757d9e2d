import type { Executor } from '../../db/database.js';

/** What the stored high-value facts of some patents are computed from, apart from their pledges. */
export async function loadFactSources(trx: Executor, ids: readonly number[]) {
  const [patents, ipcs, awards, concordance] = await Promise.all([
    trx
      .selectFrom('patents')
      .select(['id', 'family'])
      .where('id', 'in', [...ids])
      .execute(),
    trx
      .selectFrom('patent_ipc')
      .select(['patent_id', 'code'])
      .where('patent_id', 'in', [...ids])
      .execute(),
    trx
      .selectFrom('patent_awards')
      .select(['patent_id', 'award', 'year', 'grade'])
      .where('patent_id', 'in', [...ids])
      .execute(),
    trx.selectFrom('strategic_ipc_concordance').select(['industry_code', 'industry_name', 'ipc_prefix']).execute(),
  ]);
  return { patents, ipcs, awards, concordance };
}

/** Replaces the stored facts of the patents. */
export async function replaceValueFacts(
  trx: Executor,
  ids: readonly number[],
  rows: { patent_id: number; strategic_industries: string; overseas_granted: number; max_pledge_amount: number; awards: string }[],
): Promise<void> {
  await trx
    .deleteFrom('patent_value_facts')
    .where('patent_id', 'in', [...ids])
    .execute();
  if (rows.length > 0) await trx.insertInto('patent_value_facts').values(rows).execute();
}
