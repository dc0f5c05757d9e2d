import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { inForceCondition, patentDateColumns } from '../patents/api.js';
import { highValueTerms } from './high-value-sql.js';

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
      'f.pledge_credits',
      'f.awards',
    ])
    .where('p.id', '=', patentId)
    .executeTakeFirst();
}

/**
 * Per region code at or below `regionCode`: effective invention patents on the date and how many
 * meet each criterion (the caller rolls the codes up to the level it shows).
 */
export async function countHighValueByRegion(db: Executor, regionCode: string, date: string, tenYearsBefore: string) {
  const child = sql<string>`p.region_code`;
  const { strategic, overseas, tenYears, pledge, award, any } = highValueTerms(date, tenYearsBefore);
  return db
    .selectFrom('patents as p')
    .leftJoin('patent_value_facts as f', 'f.patent_id', 'p.id')
    .select([
      child.as('child'),
      sql<number>`count(*)`.as('effective'),
      sql<number>`sum(${any})`.as('high_value'),
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

/** Granted invention patents of the region whose term end is unknown (no filing date): left out of every date-based count. */
export async function countUnknownTerm(db: Executor, regionCode: string, date: string): Promise<number> {
  const r = await db
    .selectFrom('patents as p')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(regionCondition('p.region_code', regionCode))
    .where('p.kind', '=', 'invention')
    .where('p.expires_on', 'is', null)
    .where('p.grant_date', '<=', date)
    .where((eb) => eb.or([eb('p.terminated_on', 'is', null), eb('p.terminated_on', '>', date)]))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
