import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';

/**
 * Pledge registrations from the registers the patents' and trademarks' histories keep (patent_pledges,
 * trademark_pledges: imported registrations and those recorded through the pledge workflow alike), one row per
 * registration (the authority's number and date; a row without a number is its own registration) and region of
 * the right's holder, registered within [from, to], in yuan.
 */
export async function findRegistrations(db: Executor, rootCode: string, from: string, to: string) {
  const patents = await db
    .selectFrom('patent_pledges as g')
    .innerJoin('patents as t', 't.id', 'g.patent_id')
    .select([
      't.region_code as code',
      sql<string>`coalesce(g.authority_no, '#' || cast(g.id as text))`.as('reg'),
      'g.registered_on',
      sql<string>`max(g.pledgee)`.as('pledgee'),
      sql<string | null>`max(g.pledgor)`.as('pledgor'),
      sql<number>`max(g.amount)`.as('amount'),
      sql<number>`count(*)`.as('rights'),
    ])
    .where('g.currency', '=', 'CNY')
    .where('g.registered_on', '>=', from)
    .where('g.registered_on', '<=', to)
    .where(regionCondition('t.region_code', rootCode))
    .groupBy(['t.region_code', sql`coalesce(g.authority_no, '#' || cast(g.id as text))`, 'g.registered_on'])
    .execute();
  const marks = await db
    .selectFrom('trademark_pledges as g')
    .innerJoin('trademarks as t', 't.id', 'g.trademark_id')
    .select([
      't.region_code as code',
      sql<string>`coalesce(g.authority_no, '#' || cast(g.id as text))`.as('reg'),
      'g.registered_on',
      sql<string>`max(g.pledgee)`.as('pledgee'),
      sql<string | null>`max(g.pledgor)`.as('pledgor'),
      sql<number>`max(g.amount)`.as('amount'),
      sql<number>`count(*)`.as('rights'),
    ])
    .where('g.currency', '=', 'CNY')
    .where('g.registered_on', '>=', from)
    .where('g.registered_on', '<=', to)
    .where(regionCondition('t.region_code', rootCode))
    .groupBy(['t.region_code', sql`coalesce(g.authority_no, '#' || cast(g.id as text))`, 'g.registered_on'])
    .execute();
  const norm = (kind: 'patent' | 'trademark') => (r: (typeof patents)[number]) => ({
    kind,
    code: r.code,
    reg: r.reg,
    registeredOn: r.registered_on,
    pledgee: r.pledgee,
    pledgor: r.pledgor,
    amount: Number(r.amount),
    rights: Number(r.rights),
  });
  return [...patents.map(norm('patent')), ...marks.map(norm('trademark'))];
}
export type Registration = Awaited<ReturnType<typeof findRegistrations>>[number];

/** The names of the regions listed (codes without a row are left out). */
export async function findRegionNames(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', 'in', [...codes])
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}
