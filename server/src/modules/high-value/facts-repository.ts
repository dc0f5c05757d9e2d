import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';

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
      .select(['patent_id', 'award', 'year', 'grade', 'level', 'awarded_on'])
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
  rows: {
    patent_id: number;
    strategic_industries: string;
    overseas_granted: number;
    max_pledge_amount: number;
    awards: string;
    pledge_credits: string;
    award_since: string | null;
    pledge_since: string | null;
  }[],
): Promise<void> {
  await trx
    .deleteFrom('patent_value_facts')
    .where('patent_id', 'in', [...ids])
    .execute();
  if (rows.length > 0) await trx.insertInto('patent_value_facts').values(rows).execute();
}

/** How many patents each pledge registration (registration number + date) covers: a portfolio pledge covers several. */
export async function pledgeRegistrationSizes(trx: Executor, numbers: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const list = [...new Set(numbers)];
  for (let i = 0; i < list.length; i += 500) {
    const rows = await trx
      .selectFrom('patent_pledges')
      .select(['authority_no', 'registered_on', (eb) => eb.fn.count<number>('patent_id').distinct().as('n')])
      .where('authority_no', 'in', list.slice(i, i + 500))
      .groupBy(['authority_no', 'registered_on'])
      .execute();
    for (const r of rows) out.set(`${r.authority_no ?? ''}|${r.registered_on}`, Number(r.n));
  }
  return out;
}

/** Whether any patent of the region has a registered pledge / an award on record (criteria 4 and 5 have data). */
export async function regionHasValueData(trx: Executor, regionCode: string): Promise<{ pledges: boolean; awards: boolean }> {
  const under = regionCondition('p.region_code', regionCode);
  const [pledge, award] = await Promise.all([
    trx.selectFrom('patent_pledges as x').innerJoin('patents as p', 'p.id', 'x.patent_id').select('x.id').where(under).limit(1).executeTakeFirst(),
    trx.selectFrom('patent_awards as x').innerJoin('patents as p', 'p.id', 'x.patent_id').select('x.id').where(under).limit(1).executeTakeFirst(),
  ]);
  return { pledges: pledge !== undefined, awards: award !== undefined };
}

/** Patents by application number (normalised), with the region their holder is in. */
export async function findPatentsByAppNos(db: Executor, appNos: readonly string[]) {
  const out: { id: number; app_no: string; region_code: string | null }[] = [];
  const list = [...new Set(appNos)];
  for (let i = 0; i < list.length; i += 500)
    out.push(
      ...(await db
        .selectFrom('patents')
        .select(['id', 'app_no', 'region_code'])
        .where('app_no', 'in', list.slice(i, i + 500))
        .execute()),
    );
  return out;
}

/** Adds award records; one already on record (same patent, award, year) is not added twice. Returns how many were added. */
export async function insertAwards(
  trx: Executor,
  rows: { patent_id: number; award: string; year: number; grade: string | null; level: string; awarded_on: string | null; source: string }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const existing = await trx
    .selectFrom('patent_awards')
    .select(['patent_id', 'award', 'year'])
    .where('patent_id', 'in', [...new Set(rows.map((r) => r.patent_id))])
    .execute();
  const seen = new Set(existing.map((e) => `${e.patent_id}|${e.award}|${e.year}`));
  const fresh = rows.filter((r) => {
    const k = `${r.patent_id}|${r.award}|${r.year}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  for (let i = 0; i < fresh.length; i += 500)
    await trx
      .insertInto('patent_awards')
      .values(fresh.slice(i, i + 500))
      .execute();
  return fresh.length;
}

/** Every patent pledged under one of these registration numbers (the patents of a portfolio pledge). */
export async function findPatentIdsByPledgeRegistration(trx: Executor, numbers: readonly string[]): Promise<number[]> {
  const out = new Set<number>();
  const list = [...new Set(numbers)];
  for (let i = 0; i < list.length; i += 500) {
    const rows = await trx
      .selectFrom('patent_pledges')
      .select('patent_id')
      .where('authority_no', 'in', list.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(Number(r.patent_id));
  }
  return [...out];
}
