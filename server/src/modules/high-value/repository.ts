import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { inForceCondition, patentDateColumns } from '../patents/api.js';

/** The concordance table (战略性新兴产业分类与国际专利分类参照关系表), ordered for display. */
export async function findConcordance(db: Executor) {
  return db
    .selectFrom('strategic_ipc_concordance')
    .select(['id', 'industry_code', 'industry_name', 'ipc_prefix'])
    .orderBy('industry_code')
    .orderBy('ipc_prefix')
    .execute();
}

/** Replaces the whole concordance table. */
export async function replaceConcordance(db: Executor, rows: { industry_code: string; industry_name: string; ipc_prefix: string }[], at: string) {
  await db.deleteFrom('strategic_ipc_concordance').execute();
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('strategic_ipc_concordance')
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, updated_at: at })))
      .execute();
  }
}

/** Ids of every patent that has value facts or should (all patents), in pages, for a full refresh. */
export async function findPatentIdsAfter(db: Executor, afterId: number, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('patents').select('id').where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** One patent's legal dates and stored value facts. */
export async function findPatentValueFacts(db: Executor, patentId: number) {
  return db
    .selectFrom('patents as p')
    .leftJoin('patent_value_facts as f', 'f.patent_id', 'p.id')
    .select([
      'p.id',
      'p.kind',
      'p.app_date',
      'p.grant_date',
      'p.expires_on',
      'p.terminated_on',
      'f.strategic_industries',
      'f.overseas_granted',
      'f.max_pledge_amount',
      'f.awards',
    ])
    .where('p.id', '=', patentId)
    .executeTakeFirst();
}

/**
 * Per region code at or below `regionCode`: effective invention patents on the date and how many
 * meet each criterion (the caller rolls the codes up to the level it shows).
 */
export async function countHighValueByRegion(db: Executor, regionCode: string, date: string, tenYearsBefore: string, threshold: number) {
  const child = sql<string>`p.region_code`;
  const strategic = sql<number>`case when f.strategic_industries <> '[]' then 1 else 0 end`;
  const overseas = sql<number>`coalesce(f.overseas_granted, 0)`;
  const tenYears = sql<number>`case when p.app_date < ${tenYearsBefore} then 1 else 0 end`;
  const pledge = sql<number>`case when coalesce(f.max_pledge_amount, 0) >= ${threshold} then 1 else 0 end`;
  const award = sql<number>`case when f.awards <> '[]' then 1 else 0 end`;
  return db
    .selectFrom('patents as p')
    .leftJoin('patent_value_facts as f', 'f.patent_id', 'p.id')
    .select([
      child.as('child'),
      sql<number>`count(*)`.as('effective'),
      sql<number>`sum(case when ${strategic} + ${overseas} + ${tenYears} + ${pledge} + ${award} > 0 then 1 else 0 end)`.as('high_value'),
      sql<number>`sum(${strategic})`.as('strategic_industry'),
      sql<number>`sum(${overseas})`.as('overseas_family'),
      sql<number>`sum(${tenYears})`.as('maintained_10_years'),
      sql<number>`sum(${pledge})`.as('high_pledge'),
      sql<number>`sum(${award})`.as('patent_award'),
    ])
    .where(regionCondition('p.region_code', regionCode))
    .where('p.kind', '=', 'invention')
    .where(inForceCondition(patentDateColumns('p'), date))
    .groupBy(child)
    .execute();
}
